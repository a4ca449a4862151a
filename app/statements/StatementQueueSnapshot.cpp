#include "statements/StatementQueueSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter {

namespace {
const QLatin1String kFormat("m3ter-bills/statement-queue/1");
}

QByteArray StatementQueueSnapshot::toJson() const {
    QJsonArray list;
    for (const StatementEntry &entry : entries)
        list.append(entry.toJson());
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("nextEntryId"), nextEntryId},
        {QStringLiteral("nextSubmissionId"), nextSubmissionId},
        {QStringLiteral("entries"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool StatementQueueSnapshot::fromJson(const QByteArray &json, StatementQueueSnapshot *out,
                                      QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = tr("The saved statement queue is damaged or from an unknown version.");
        return false;
    }
    const QJsonObject root = doc.object();
    StatementQueueSnapshot snapshot;
    int maxEntry = 0;
    int maxSubmission = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        std::optional<StatementEntry> entry = StatementEntry::fromJson(value.toObject());
        if (!entry)
            continue;
        maxEntry = qMax(maxEntry, entry->id);
        maxSubmission = qMax(maxSubmission, entry->submissionId);
        snapshot.entries.append(*entry);
    }
    // Never hand out an id twice, even if the counters in the file were damaged.
    snapshot.nextEntryId = qMax(root.value(QStringLiteral("nextEntryId")).toInt(1), maxEntry + 1);
    snapshot.nextSubmissionId =
        qMax(root.value(QStringLiteral("nextSubmissionId")).toInt(1), maxSubmission + 1);
    *out = std::move(snapshot);
    return true;
}

} // namespace m3ter
