#pragma once

#include "HttpReply.h"
#include "RequestContext.h"

#include <QJsonObject>
#include <QStringList>

namespace m3ter::sandbox {

struct SandboxContext;

// The statement-job endpoints: POST …/statementjobs (create), POST …/statementjobs/batch (1-10
// bills, bare array reply), GET …/statementjobs/{id}, GET …/statementjobs (at most one of
// active/status/billId) and POST …/statementjobs/{id}/cancel.
class StatementJobEndpoints {
public:
    static constexpr int kMaxBatch = 10;

    explicit StatementJobEndpoints(SandboxContext &context)
        : m_context(context) {}

    HttpReply create(const RequestContext &request);
    HttpReply createBatch(const RequestContext &request);
    HttpReply get(const RequestContext &request);
    HttpReply list(const RequestContext &request);
    HttpReply cancel(const RequestContext &request);

private:
    struct Options {
        bool includeCsv = false;
        bool hasFilters = false;
        QStringList meterIds;
    };
    static bool parseOptions(const QJsonObject &body, Options *options, QString *error);

    SandboxContext &m_context;
};

} // namespace m3ter::sandbox
