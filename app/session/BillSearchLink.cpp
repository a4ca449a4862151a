#include "session/BillSearchLink.h"

#include "models/BillTableModel.h"
#include "store/BillSearch.h"
#include "store/BillStore.h"

namespace m3ter {

BillSearchLink::BillSearchLink(BillTableModel *model, BillStore *store, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store) {
    m_again.setSingleShot(true);
    m_again.setInterval(1000);
    connect(&m_again, &QTimer::timeout, this, &BillSearchLink::run);
    auto runAgain = [this] {
        if (!m_text.isEmpty() && !m_again.isActive())
            m_again.start();
    };
    // The store writes a page after the model took it in; a search made then sees it.
    connect(model, &BillTableModel::pageAccepted, this, runAgain);
    connect(store, &BillStore::refreshCompleted, this, &BillSearchLink::run);
}

void BillSearchLink::setText(const QString &text) {
    const QString wanted = BillSearch::matchExpression(text).isEmpty() ? QString() : text;
    if (wanted == m_text)
        return;
    m_text = wanted;
    m_again.stop();
    if (m_text.isEmpty()) {
        m_model->clearSearch();
        return;
    }
    run();
}

void BillSearchLink::run() {
    if (m_text.isEmpty())
        return;
    const QString text = m_text;
    // Over every stored bill: the model keeps the rows of its own filter.
    m_store->search(text, QString(), this, [this, text](const QSet<QString> &ids) {
        if (text != m_text)
            return; // typed on since
        m_model->setSearch(text, ids);
        emit searched(text, m_model->rowCount());
    });
}

} // namespace m3ter
