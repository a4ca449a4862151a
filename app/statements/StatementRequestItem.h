#pragma once

#include <QDate>
#include <QString>

namespace m3ter {

// One bill to produce (or download) a statement for: what the bill list already knows about it.
// The account code and bill date only name the folder and file the statement is saved to
// (<root>/<org>/<account code>/<bill date>_<bill id>.json|csv), so the queue never has to fetch
// the bill or its account.
struct StatementRequestItem {
    QString billId;
    QString accountCode;
    QDate billDate;

    friend bool operator==(const StatementRequestItem &a, const StatementRequestItem &b) {
        return a.billId == b.billId && a.accountCode == b.accountCode && a.billDate == b.billDate;
    }
};

} // namespace m3ter
