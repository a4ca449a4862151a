#include "domain/StatementJob.h"

#include "domain/JsonParse.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

bool StatementJobStatus::isTerminal(QStringView raw) {
    return raw == Complete || raw == Cancelled || raw == Failed;
}

bool StatementJob::isTerminal() const {
    return StatementJobStatus::isTerminal(statementJobStatus);
}

Parsed<StatementJob> StatementJob::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    StatementJob job;
    job.id = r.requiredString("id"_L1);
    job.version = r.int64("version"_L1);
    job.statementJobStatus = r.string("statementJobStatus"_L1);
    job.billId = r.string("billId"_L1);
    job.orgId = r.string("orgId"_L1);
    job.includeCsvFormat = r.boolean("includeCsvFormat"_L1);

    const QJsonObject filters = r.jsonObject("filters"_L1);
    if (r.ok() && !filters.isEmpty()) {
        JsonReader f(filters);
        const QJsonValue meterIds = f.value("meterIds"_L1);
        if (meterIds.isString()) {
            const QString single = meterIds.toString();
            if (!single.isEmpty())
                job.filterMeterIds = QStringList{single};
        } else {
            job.filterMeterIds = f.stringList("meterIds"_L1);
        }
        if (!f.ok())
            r.failNested(u"filters"_s, f.error());
    }

    job.presignedJsonStatementUrl = r.url("presignedJsonStatementUrl"_L1);
    job.jsonStatementStatus = r.string("jsonStatementStatus"_L1);
    job.presignedCsvStatementUrl = r.url("presignedCsvStatementUrl"_L1);
    job.csvStatementStatus = r.string("csvStatementStatus"_L1);
    job.dtCreated = r.dateTime("dtCreated"_L1);
    job.dtLastModified = r.dateTime("dtLastModified"_L1);
    job.createdBy = r.string("createdBy"_L1);
    job.lastModifiedBy = r.string("lastModifiedBy"_L1);
    if (!r.ok())
        return r.error();
    return job;
}

Parsed<QList<StatementJob>> parseStatementJobBatch(const QByteArray &json) {
    Parsed<QJsonArray> array = parseJsonArray(json);
    if (!array.ok())
        return array.error();
    return parseObjectArray<StatementJob>(array.value(), QString(), &StatementJob::fromJson);
}

} // namespace m3ter
