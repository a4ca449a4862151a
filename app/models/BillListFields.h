#pragma once

#include "domain/EnumLabels.h"
#include "models/BillRow.h"

#include <QLatin1StringView>

#include <iterator>
#include <type_traits>

namespace m3ter {

// How a bill-list field is read from JSON and kept: the parser dispatches on it, BillRowStore
// picks its compact storage from it, and a column without special rules is shown and sorted by it.
enum class BillFieldKind : quint8 {
    Id,           // the bill id: required; a canonical UUID is kept as its 16 bytes (BillId)
    Text,         // text unique to a bill (invoice number): in the store's per-chunk text buffer
    InternedText, // text that repeats across bills (account id, currency): one shared copy
    Enum,         // a raw enum value: interned like InternedText, shown through its label
    Date,         // "YYYY-MM-DD": a day number
    DateTime,     // ISO 8601 date-time: UTC milliseconds since the epoch, 0 when absent
    Amount,       // a JSON number as an exact Decimal, and whether it was present
    Flag,         // a boolean: one bit
};

// One field of a `GET …/bills` element that the bill list keeps: its JSON name, its kind and the
// BillRow member that holds it (one of the member pointers, chosen by the kind).
struct BillListField {
    QLatin1StringView json;
    BillFieldKind kind;
    BillId BillRow::*id = nullptr;
    QString BillRow::*text = nullptr; // Text, InternedText, Enum
    QDate BillRow::*date = nullptr;
    qint64 BillRow::*msecs = nullptr;               // DateTime
    Decimal BillRow::*amount = nullptr;             // Amount: the value
    bool BillRow::*flag = nullptr;                  // Flag; Amount: whether it was present
    QString (*label)(const QString &raw) = nullptr; // Enum: the text a person reads

    static constexpr BillListField idField(QLatin1StringView json, BillId BillRow::*member) {
        BillListField f{json, BillFieldKind::Id};
        f.id = member;
        return f;
    }
    static constexpr BillListField textField(QLatin1StringView json, BillFieldKind kind,
                                             QString BillRow::*member) {
        BillListField f{json, kind};
        f.text = member;
        return f;
    }
    static constexpr BillListField enumField(QLatin1StringView json, QString BillRow::*member,
                                             QString (*label)(const QString &)) {
        BillListField f{json, BillFieldKind::Enum};
        f.text = member;
        f.label = label;
        return f;
    }
    static constexpr BillListField dateField(QLatin1StringView json, QDate BillRow::*member) {
        BillListField f{json, BillFieldKind::Date};
        f.date = member;
        return f;
    }
    static constexpr BillListField dateTimeField(QLatin1StringView json, qint64 BillRow::*member) {
        BillListField f{json, BillFieldKind::DateTime};
        f.msecs = member;
        return f;
    }
    static constexpr BillListField amountField(QLatin1StringView json, Decimal BillRow::*member,
                                               bool BillRow::*present) {
        BillListField f{json, BillFieldKind::Amount};
        f.amount = member;
        f.flag = present;
        return f;
    }
    static constexpr BillListField flagField(QLatin1StringView json, bool BillRow::*member) {
        BillListField f{json, BillFieldKind::Flag};
        f.flag = member;
        return f;
    }
};

// The one list of bill-list fields. BillPageParser reads these and only these, BillRowStore keeps
// them, and BillTableColumns names them. Adding a field of an existing kind: a BillRow member and
// a line here (and a column in BillTableColumns.cpp if the table shows it).
//
// Listed in the order Bill::fromJson reads them: the first error stops a bill, so when several
// fields are wrong the list and the detail pane report the same one.
inline constexpr BillListField kBillListFields[] = {
    BillListField::idField(QLatin1StringView("id"), &BillRow::id),
    BillListField::textField(QLatin1StringView("accountId"), BillFieldKind::InternedText,
                             &BillRow::accountId),
    BillListField::textField(QLatin1StringView("accountCode"), BillFieldKind::InternedText,
                             &BillRow::accountCode),
    BillListField::dateField(QLatin1StringView("startDate"), &BillRow::startDate),
    BillListField::dateField(QLatin1StringView("endDate"), &BillRow::endDate),
    BillListField::dateField(QLatin1StringView("billDate"), &BillRow::billDate),
    BillListField::dateField(QLatin1StringView("dueDate"), &BillRow::dueDate),
    BillListField::enumField(QLatin1StringView("billingFrequency"), &BillRow::billingFrequency,
                             &billingFrequencyLabel),
    BillListField::textField(QLatin1StringView("currency"), BillFieldKind::InternedText,
                             &BillRow::currency),
    BillListField::flagField(QLatin1StringView("locked"), &BillRow::locked),
    BillListField::enumField(QLatin1StringView("status"), &BillRow::status, &billStatusLabel),
    BillListField::dateTimeField(QLatin1StringView("lastCalculatedDate"),
                                 &BillRow::lastCalculatedMSecs),
    BillListField::amountField(QLatin1StringView("billTotal"), &BillRow::total, &BillRow::hasTotal),
    BillListField::dateField(QLatin1StringView("externalInvoiceDate"),
                             &BillRow::externalInvoiceDate),
    BillListField::textField(QLatin1StringView("externalInvoiceReference"), BillFieldKind::Text,
                             &BillRow::externalInvoiceReference),
    BillListField::textField(QLatin1StringView("sequentialInvoiceNumber"), BillFieldKind::Text,
                             &BillRow::invoiceNumber),
    BillListField::flagField(QLatin1StringView("jsonStatementGenerated"),
                             &BillRow::jsonStatementGenerated),
    BillListField::flagField(QLatin1StringView("csvStatementGenerated"),
                             &BillRow::csvStatementGenerated),
    BillListField::flagField(QLatin1StringView("statementStale"), &BillRow::statementStale),
};

inline constexpr int kBillListFieldCount = int(std::size(kBillListFields));

// Where BillRowStore keeps a field: kinds that share a representation share a storage class
// (Enum is interned text), and each field has a slot among the fields of its class.
enum class BillFieldStorage : quint8 { Id, Text, Interned, Day, MSecs, Amount, Flag };

constexpr BillFieldStorage storageOf(BillFieldKind kind) {
    switch (kind) {
    case BillFieldKind::Id:
        return BillFieldStorage::Id;
    case BillFieldKind::Text:
        return BillFieldStorage::Text;
    case BillFieldKind::InternedText:
    case BillFieldKind::Enum:
        return BillFieldStorage::Interned;
    case BillFieldKind::Date:
        return BillFieldStorage::Day;
    case BillFieldKind::DateTime:
        return BillFieldStorage::MSecs;
    case BillFieldKind::Amount:
        return BillFieldStorage::Amount;
    case BillFieldKind::Flag:
        return BillFieldStorage::Flag;
    }
    return BillFieldStorage::Id;
}

// Slot of field `index` among the fields of its storage class.
constexpr int billFieldSlot(int index) {
    const BillFieldStorage storage = storageOf(kBillListFields[index].kind);
    int slot = 0;
    for (int i = 0; i < index; ++i)
        slot += storageOf(kBillListFields[i].kind) == storage ? 1 : 0;
    return slot;
}

// How many fields a storage class holds.
constexpr int billFieldCount(BillFieldStorage storage) {
    int count = 0;
    for (const BillListField &f : kBillListFields)
        count += storageOf(f.kind) == storage ? 1 : 0;
    return count;
}

// Index in kBillListFields of the field a BillRow member holds; -1 if none.
template <class T>
constexpr int billFieldIndex(T BillRow::*member) {
    for (int i = 0; i < kBillListFieldCount; ++i) {
        const BillListField &f = kBillListFields[i];
        if constexpr (std::is_same_v<T, BillId>) {
            if (f.id == member)
                return i;
        } else if constexpr (std::is_same_v<T, QString>) {
            if (f.text == member)
                return i;
        } else if constexpr (std::is_same_v<T, QDate>) {
            if (f.date == member)
                return i;
        } else if constexpr (std::is_same_v<T, qint64>) {
            if (f.msecs == member)
                return i;
        } else if constexpr (std::is_same_v<T, Decimal>) {
            if (f.amount == member)
                return i;
        } else if constexpr (std::is_same_v<T, bool>) {
            if (f.flag == member && f.kind == BillFieldKind::Flag)
                return i;
        }
    }
    return -1;
}

// The slot of the field a BillRow member holds (a compile-time constant where it is used so).
template <class T>
constexpr int billFieldSlotOf(T BillRow::*member) {
    return billFieldSlot(billFieldIndex(member));
}

} // namespace m3ter
