#include "statements/StatementQueueSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace m3ter {

QByteArray StatementQueueSnapshot::toJson() const {
    QJsonArray list;
    for (const StatementEntry &entry : entries)
        list.append(entry.toJson());
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},
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
    if (!doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        if (error)
            *error = tr("The saved statement queue is damaged or from an unknown version.");
        return false;
    }
    const QJsonObject root = doc.object();
    StatementQueueSnapshot snapshot;
    qint64 maxEntry = 0;
    qint64 maxSubmission = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("entries")).toArray()) {
        std::optional<StatementEntry> entry = StatementEntry::fromJson(value.toObject());
        if (!entry)
            continue;
        maxEntry = qMax(maxEntry, qint64(entry->id));
        maxSubmission = qMax(maxSubmission, qint64(entry->submissionId));
        snapshot.entries.append(*entry);
    }
    // Never hand out an id twice, even if the counters in the file were damaged. Counted in 64
    // bits: an id of INT_MAX in the file must not wrap the next one around to a used one.
    const qint64 nextEntry =
        qMax(qint64(root.value(QStringLiteral("nextEntryId")).toInt(1)), maxEntry + 1);
    const qint64 nextSubmission =
        qMax(qint64(root.value(QStringLiteral("nextSubmissionId")).toInt(1)), maxSubmission + 1);
    if (nextEntry > kRenumberAbove || nextSubmission > kRenumberAbove) {
        snapshot.renumber();
    } else {
        snapshot.nextEntryId = int(nextEntry);
        snapshot.nextSubmissionId = int(nextSubmission);
    }
    *out = std::move(snapshot);
    return true;
}

void StatementQueueSnapshot::renumber() {
    QHash<int, int> submissions; // old -> new, in order of first appearance
    int entryId = 0;
    for (StatementEntry &e : entries) {
        e.id = ++entryId;
        auto it = submissions.find(e.submissionId);
        if (it == submissions.end())
            it = submissions.insert(e.submissionId, int(submissions.size()) + 1);
        e.submissionId = it.value();
    }
    nextEntryId = entryId + 1;
    nextSubmissionId = int(submissions.size()) + 1;
}

} // namespace m3ter
