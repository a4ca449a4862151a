#include "BillEndpoints.h"

#include "BillListQuery.h"
#include "BillPager.h"
#include "JsonRenderer.h"
#include "SandboxContext.h"

#include <QJsonArray>

namespace m3ter::sandbox {

namespace {

HttpReply billNotFound(const QString &id) {
    return HttpReply::error(404, QStringLiteral("Bill not found: %1").arg(id));
}

HttpReply invalidToken() {
    return HttpReply::error(400, QStringLiteral("Invalid nextToken: it is malformed or was issued "
                                                "for different filters"));
}

} // namespace

HttpReply BillEndpoints::list(const RequestContext &request) {
    QString error;
    const BillListQuery query =
        BillListQuery::parse(QueryParams(request.query), m_context.store, &error);
    if (!error.isEmpty())
        return HttpReply::error(400, error);

    qint64 after = -1;
    if (!query.nextToken.isEmpty()) {
        const std::optional<qint64> pos =
            m_context.pageTokens.decode(query.scope(), query.nextToken);
        if (!pos)
            return invalidToken();
        after = *pos;
    }
    const ListPage page = BillPager::page(m_context.store, query, after, query.pageSize);
    QJsonArray data;
    for (int pos : page.positions)
        data.append(JsonRenderer::bill(m_context.store, pos, query.includeBillTotal,
                                       !query.excludeLineItems));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (page.more)
        body.insert(QStringLiteral("nextToken"),
                    m_context.pageTokens.encode(query.scope(), page.positions.last()));
    return HttpReply::json(body);
}

HttpReply BillEndpoints::get(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int pos = m_context.store.billPosition(id);
    if (pos < 0)
        return billNotFound(id);
    QString error;
    std::optional<bool> includeTotal;
    if (!QueryParams(request.query)
             .boolean(QStringLiteral("includeBillTotal"), &includeTotal, &error))
        return HttpReply::error(400, error);
    return HttpReply::json(
        JsonRenderer::bill(m_context.store, pos, includeTotal.value_or(false), true));
}

HttpReply BillEndpoints::listLineItems(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int pos = m_context.store.billPosition(id);
    if (pos < 0)
        return billNotFound(id);
    const QueryParams params(request.query);
    QString error;
    int pageSize = 0;
    if (!params.pageSize(BillListQuery::kDefaultPageSize, BillListQuery::kMaxPageSize, &pageSize,
                         &error))
        return HttpReply::error(400, error);
    const QString scope = QStringLiteral("lineitems|") + m_context.store.billId(pos);
    qint64 after = -1;
    const QString token = params.value(QStringLiteral("nextToken"));
    if (!token.isEmpty()) {
        const std::optional<qint64> p = m_context.pageTokens.decode(scope, token);
        if (!p)
            return invalidToken();
        after = *p;
    }
    const QList<LineItemRecord> items = m_context.store.lineItems(pos);
    const ListPage page =
        ListPager::page(int(items.size()), after, pageSize, [](int) { return true; });
    QJsonArray data;
    for (int i : page.positions)
        data.append(JsonRenderer::lineItem(m_context.store, pos, items.at(i), false));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (page.more)
        body.insert(QStringLiteral("nextToken"),
                    m_context.pageTokens.encode(scope, page.positions.last()));
    return HttpReply::json(body);
}

HttpReply BillEndpoints::getLineItem(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int pos = m_context.store.billPosition(id);
    if (pos < 0)
        return billNotFound(id);
    const QUuid itemId = QUuid::fromString(request.params.at(2));
    for (const LineItemRecord &li : m_context.store.lineItems(pos)) {
        if (!itemId.isNull() && li.id == itemId)
            return HttpReply::json(JsonRenderer::lineItem(m_context.store, pos, li, false));
    }
    return HttpReply::error(404,
                            QStringLiteral("Line item not found: %1").arg(request.params.at(2)));
}

} // namespace m3ter::sandbox
