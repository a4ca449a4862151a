#include "AccountEndpoints.h"

#include "BillListQuery.h"
#include "JsonRenderer.h"
#include "ListPager.h"
#include "QueryParams.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QSet>

namespace m3ter::sandbox {

HttpReply AccountEndpoints::list(const RequestContext &request) {
    const QueryParams params(request.query);
    QString error;
    int pageSize = 0;
    if (!params.pageSize(BillListQuery::kDefaultPageSize, BillListQuery::kMaxPageSize, &pageSize,
                         &error))
        return HttpReply::error(400, error);

    QStringList ids;
    for (const QString &id : params.list(QStringLiteral("ids")))
        ids.append(id.toLower());
    const QStringList codes = params.list(QStringLiteral("codes"));
    const bool idsFilter = !ids.isEmpty();
    const bool codesFilter = !codes.isEmpty();
    QSet<int> byId;
    QSet<int> byCode;
    for (const QString &id : ids)
        byId.insert(m_context.store.accountIndex(id));
    for (const QString &code : codes)
        byCode.insert(m_context.store.accountIndexByCode(code));

    QStringList sortedIds = ids;
    sortedIds.sort();
    QStringList sortedCodes = codes;
    sortedCodes.sort();
    const QString scope = QStringLiteral("accounts|ids=") + sortedIds.join(QLatin1Char(',')) +
                          QStringLiteral("|codes=") + sortedCodes.join(QLatin1Char(','));
    qint64 after = -1;
    const QString token = params.value(QStringLiteral("nextToken"));
    if (!token.isEmpty()) {
        const std::optional<qint64> p = m_context.pageTokens.decode(scope, token);
        if (!p)
            return HttpReply::error(400, QStringLiteral("Invalid nextToken"));
        after = *p;
    }

    const QList<int> &order = m_context.store.accountsByCode();
    const ListPage page = ListPager::page(int(order.size()), after, pageSize, [&](int i) {
        const int account = order.at(i);
        return (!idsFilter || byId.contains(account)) && (!codesFilter || byCode.contains(account));
    });
    QJsonArray data;
    for (int i : page.positions)
        data.append(JsonRenderer::account(m_context.store.accounts().at(order.at(i))));
    QJsonObject body{{QStringLiteral("data"), data}};
    if (page.more)
        body.insert(QStringLiteral("nextToken"),
                    m_context.pageTokens.encode(scope, page.positions.last()));
    return HttpReply::json(body);
}

HttpReply AccountEndpoints::get(const RequestContext &request) {
    const QString &id = request.params.at(1);
    const int index = m_context.store.accountIndex(id);
    if (index < 0)
        return HttpReply::error(404, QStringLiteral("Account not found: %1").arg(id));
    return HttpReply::json(JsonRenderer::account(m_context.store.accounts().at(index)));
}

} // namespace m3ter::sandbox
