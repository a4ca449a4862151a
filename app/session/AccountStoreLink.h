#pragma once

#include <QObject>

namespace m3ter {

class AccountDirectory;
class BillStore;

// Connects the account directory to the local bill store: every page of accounts m3ter sends is
// kept, and when a load fails (m3ter cannot be reached) the kept accounts fill the directory, so
// the bill list, the filter bar and the Changes view still show account codes and names offline.
class AccountStoreLink : public QObject {
    Q_OBJECT

public:
    AccountStoreLink(AccountDirectory *accounts, BillStore *store, QObject *parent = nullptr);

private:
    void onLoadFinished(bool ok);

    AccountDirectory *m_accounts;
    BillStore *m_store;
};

} // namespace m3ter
