#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace m3ter {

// One difference a completed refresh found between a bill as stored before it and as the API
// returned it: what the Changes view lists until the user marks it reviewed.
struct BillChange {
    enum class Kind {
        Added,                // the filter returns a bill it did not before
        Removed,              // the filter no longer returns the bill
        TotalChanged,         // oldValue → newValue in currency (oldCurrency when that changed)
        StatusChanged,        // raw status, e.g. APPROVED → PENDING
        LockedChanged,        // "true"/"false"
        StatementStale,       // the generated statements no longer match the bill
        StatementInvalidated, // a statement that was generated is no longer
        // A bill opened again whose line items differ from those stored when it was last
        // opened (LineItemChangeDetector), by line item id: lineItemId and lineItem say which.
        LineItemAdded,              // newValue: its amount (subtotal)
        LineItemRemoved,            // oldValue: its amount (subtotal)
        LineItemAmountChanged,      // subtotal oldValue → newValue in currency
        LineItemQuantityChanged,    // quantity oldValue → newValue
        LineItemDescriptionChanged, // description
        LineItemProductChanged,     // product (name, else code, else id)
    };
    // Every kind, in the order the Changes view offers them.
    static const QVector<Kind> &allKinds();

    qint64 id = 0; // order of detection; 0 until stored
    Kind kind = Kind::Added;
    QString billId;
    QString accountId;
    QString filterKey;
    QString oldValue;
    QString newValue;
    QString currency;    // of the bill after the refresh (Removed: before it)
    QString oldCurrency; // TotalChanged: the currency before, when it changed
    QString lineItemId;  // line-item kinds: the line item's id
    QString lineItem;    // line-item kinds: its description when found, for people
    QDateTime detectedAt;
    bool reviewed = false;

    // Stable names for the database and CSV: "added", "removed", "total", "status", "locked",
    // "statementStale", "statementInvalidated", "lineItemAdded", "lineItemRemoved",
    // "lineItemAmount", "lineItemQuantity", "lineItemDescription", "lineItemProduct".
    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace m3ter

Q_DECLARE_METATYPE(m3ter::BillChange)
