#pragma once

#include "bills/ChangedRowDelegate.h"

namespace m3ter {

// Marks stale statements in the bill table: amber text and a warning sign in the statement
// column, so they stand out before anyone sends an outdated statement on. A changed bill's
// row is marked here too (ChangedRowDelegate).
class StaleStatementDelegate : public ChangedRowDelegate {
public:
    using ChangedRowDelegate::ChangedRowDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace m3ter
