#include "models/BillSortJob.h"

#include "models/BillTableColumns.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace m3ter {

quint32 BillSortJob::addLabel(const QString &text) {
    const auto buffer = quint32(m_buffers.size());
    m_buffers.append(text);
    m_texts.append({buffer, 0, quint32(text.size())});
    return quint32(m_texts.size() - 1);
}

BillSortJob BillSortJob::prepare(const BillRowStore &store, int column, Qt::SortOrder order,
                                 const Labels &labels) {
    BillSortJob job;
    job.m_column = column;
    job.m_order = order;
    const int n = store.size();
    job.m_numbers.resize(n);
    const QVector<QString> &texts = store.texts();

    // Text columns whose value is a function of one string of the store: one label per distinct
    // string, looked up by the string's index, so the work per row is an array read.
    auto byStoreText = [&](auto keyOf, auto labelOf) {
        job.m_byText = true;
        job.m_textOf.resize(n);
        QVector<qint64> labelOfKey(texts.size(), -1);
        for (int i = 0; i < n; ++i) {
            const quint32 key = keyOf(i);
            if (labelOfKey[key] < 0)
                labelOfKey[key] = job.addLabel(labelOf(i));
            job.m_textOf[i] = quint32(labelOfKey[key]);
        }
    };
    // Amount columns: rows without an amount first, then by the exact amount (not its text).
    auto byAmount = [&](int slot) {
        job.m_byAmount = true;
        job.m_amounts.resize(n);
        for (int i = 0; i < n; ++i) {
            job.m_numbers[i] = store.hasAmount(i, slot) ? 1 : 0;
            if (store.hasAmount(i, slot))
                job.m_amounts[i] = store.amount(i, slot);
        }
    };
    if (column < 0 || column >= billTableColumnCount())
        return job;
    const BillTableColumn &sorted = billTableColumn(column);
    const BillListField &field = kBillListFields[sorted.field];
    const int slot = billFieldSlot(sorted.field);
    switch (sorted.shows) {
    case BillColumnShows::AccountCode: {
        // The row's code, or the directory's when the API sent none: distinct per (code, id).
        job.m_byText = true;
        job.m_textOf.resize(n);
        QVector<qint64> labelOfCode(texts.size(), -1);
        QVector<qint64> labelOfAccount(texts.size(), -1);
        for (int i = 0; i < n; ++i) {
            const quint32 code = store.accountCodeKey(i);
            if (code != 0) {
                if (labelOfCode[code] < 0)
                    labelOfCode[code] = job.addLabel(texts.at(code));
                job.m_textOf[i] = quint32(labelOfCode[code]);
            } else {
                const quint32 account = store.accountIdKey(i);
                if (labelOfAccount[account] < 0)
                    labelOfAccount[account] = job.addLabel(labels.accountCode(texts.at(account)));
                job.m_textOf[i] = quint32(labelOfAccount[account]);
            }
        }
        return job;
    }
    case BillColumnShows::AccountName:
        byStoreText([&](int i) { return store.accountIdKey(i); },
                    [&](int i) { return labels.accountName(store.accountId(i)); });
        return job;
    case BillColumnShows::StatementState: {
        job.m_byText = true;
        job.m_textOf.resize(n);
        qint64 labelOfState[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
        for (int i = 0; i < n; ++i) {
            const bool json = store.jsonStatementGenerated(i);
            const bool csv = store.csvStatementGenerated(i);
            const bool stale = store.statementStale(i);
            const int state = (json ? 1 : 0) | (csv ? 2 : 0) | (stale ? 4 : 0);
            if (labelOfState[state] < 0)
                labelOfState[state] = job.addLabel(labels.statementState(json, csv, stale));
            job.m_textOf[i] = quint32(labelOfState[state]);
        }
        return job;
    }
    case BillColumnShows::Total:
        // Currency first (as the Currency column sorts), then no total, then the exact amount.
        byStoreText([&](int i) { return store.currencyKey(i); },
                    [&](int i) { return store.currency(i); });
        byAmount(slot);
        return job;
    case BillColumnShows::Field:
    case BillColumnShows::ServicePeriod: // by its start
    case BillColumnShows::FlagText:
        break;
    }
    switch (field.kind) {
    case BillFieldKind::InternedText:
        byStoreText([&](int i) { return store.internedKey(i, slot); },
                    [&](int i) { return store.interned(i, slot); });
        break;
    case BillFieldKind::Enum:
        byStoreText([&](int i) { return store.internedKey(i, slot); },
                    [&](int i) { return field.label(store.interned(i, slot)); });
        break;
    case BillFieldKind::Text:
        // Unique per bill, read in place from the chunks' buffers.
        job.m_byText = true;
        job.m_textOf.resize(n);
        job.m_texts.resize(n);
        for (int c = 0; c < store.chunkCount(); ++c)
            job.m_buffers.append(store.chunkText(c));
        for (int i = 0; i < n; ++i) {
            const BillRowStore::TextSlice s = store.freeTextSlice(i, slot);
            job.m_texts[i] = {s.chunk, s.offset, s.length};
            job.m_textOf[i] = quint32(i);
        }
        break;
    case BillFieldKind::Date:
        for (int i = 0; i < n; ++i)
            job.m_numbers[i] = store.day(i, slot);
        break;
    case BillFieldKind::DateTime:
        for (int i = 0; i < n; ++i)
            job.m_numbers[i] = store.msecs(i, slot);
        break;
    case BillFieldKind::Flag:
        for (int i = 0; i < n; ++i)
            job.m_numbers[i] = store.flag(i, slot) ? 1 : 0;
        break;
    case BillFieldKind::Amount:
        byAmount(slot);
        break;
    case BillFieldKind::Id:
        break; // not a column
    }
    return job;
}

// Rank of every distinct text: equal under localeAwareCompare, equal rank.
QVector<quint32> BillSortJob::rankTexts() const {
    auto view = [this](quint32 t) {
        const Slice &s = m_texts.at(t);
        return QStringView(m_buffers.at(s.buffer)).mid(s.offset, s.length);
    };
    QVector<quint32> byText(m_texts.size());
    std::iota(byText.begin(), byText.end(), 0u);
    std::sort(byText.begin(), byText.end(), [&](quint32 a, quint32 b) {
        return QString::localeAwareCompare(view(a), view(b)) < 0;
    });
    QVector<quint32> rank(m_texts.size());
    quint32 current = 0;
    for (qsizetype i = 0; i < byText.size(); ++i) {
        if (i > 0 && QString::localeAwareCompare(view(byText.at(i - 1)), view(byText.at(i))) != 0)
            ++current;
        rank[byText.at(i)] = current;
    }
    return rank;
}

QVector<int> BillSortJob::run() const {
    const int n = rowCount();
    QVector<quint32> rankOfRow;
    if (m_byText) {
        const QVector<quint32> rank = rankTexts();
        rankOfRow.resize(n);
        for (int i = 0; i < n; ++i)
            rankOfRow[i] = rank.at(m_textOf.at(i));
    }
    auto compare = [&](int a, int b) -> int {
        if (m_byText && rankOfRow.at(a) != rankOfRow.at(b))
            return rankOfRow.at(a) < rankOfRow.at(b) ? -1 : 1;
        const qint64 x = m_numbers.at(a);
        const qint64 y = m_numbers.at(b);
        if (x != y)
            return x < y ? -1 : 1;
        if (m_byAmount && x != 0)
            return Decimal::compare(m_amounts.at(a), m_amounts.at(b));
        return 0;
    };
    const bool descending = m_order == Qt::DescendingOrder;
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a < b; // storage index = API order: ties stay in API order
    });
    return order;
}

} // namespace m3ter
