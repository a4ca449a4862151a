#include "AccountStoreLink.h"

#include "models/AccountDirectory.h"
#include "store/BillStore.h"

namespace m3ter {

AccountStoreLink::AccountStoreLink(AccountDirectory *accounts, BillStore *store, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_store(store) {
    connect(accounts, &AccountDirectory::pageLoaded, this,
            [this](const QVector<Account> &page) { m_store->storeAccounts(page); });
    connect(accounts, &AccountDirectory::loadFinished, this, &AccountStoreLink::onLoadFinished);
}

void AccountStoreLink::onLoadFinished(bool ok) {
    if (ok)
        return;
    // addStored() ignores the kept accounts if a new load started in the meantime.
    m_store->readAccounts(
        this, [this](const QVector<Account> &accounts) { m_accounts->addStored(accounts); });
}

} // namespace m3ter
