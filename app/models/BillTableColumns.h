#pragma once

#include "models/BillListFields.h"

#include <Qt>

namespace m3ter {

// How a column of the bill table presents (and sorts) what it shows.
enum class BillColumnShows : quint8 {
    Field,          // its field, by kind: date, date-time, text, enum label; sorted by the value
    AccountCode,    // the account code, or the account directory's when the API sent none
    AccountName,    // the account directory's name for the account id
    ServicePeriod,  // "start – end" (field and endField); sorted by the start
    FlagText,       // a word when the flag is set ("Locked"); sorted no before yes
    Total,          // the amount in its currency; sorted by currency, then exact amount
    StatementState, // JSON / CSV / stale, from the three statement flags
};

// One column of the bill table (BillTableModel::Column is the index into the list). What it
// shows, its title, whether a new window shows it: the model's data(), headerData() and sort keys
// (BillSortJob), the column menu and the CSV export all derive from this list.
struct BillTableColumn {
    const char *title; // source text of the title, translated in the m3ter::BillTableModel context
    int field;         // index in kBillListFields of the field it shows and sorts by
    BillColumnShows shows = BillColumnShows::Field;
    bool shownByDefault = true;
    int endField = -1; // ServicePeriod: the end date
};

const BillTableColumn &billTableColumn(int column);
int billTableColumnCount();

} // namespace m3ter
