#include "statements/StatementQueueJsonCache.h"

#include "statements/StatementQueueSnapshot.h"

#include <QJsonDocument>
#include <QMutexLocker>

namespace m3ter {

QByteArray StatementQueueJsonCache::entryText(const StatementEntry &entry) {
    // The entry as a document of its own, every line moved two levels in (QJsonDocument indents
    // by four spaces a level; strings never hold a raw line break), without the last newline.
    const QByteArray document = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
    QByteArray text;
    text.reserve(document.size() + 8 * 24);
    qsizetype start = 0;
    while (start < document.size()) {
        qsizetype end = document.indexOf('\n', start);
        if (end < 0)
            end = document.size();
        if (start > 0)
            text += '\n';
        text += "        ";
        text += QByteArrayView(document).sliced(start, end - start);
        start = end + 1;
    }
    return text;
}

QByteArray StatementQueueJsonCache::toJson(const StatementQueueSnapshot &snapshot) {
    QMutexLocker lock(&m_mutex);
    QHash<int, Cached> byId;
    byId.reserve(snapshot.entries.size());
    QByteArray json;
    // The layout QJsonDocument::Indented gives the snapshot's object (keys in sorted order), so
    // the file reads the same as before.
    json += "{\n    \"entries\": [\n";
    for (qsizetype i = 0; i < snapshot.entries.size(); ++i) {
        const StatementEntry &entry = snapshot.entries.at(i);
        Cached cached;
        const auto it = m_byId.find(entry.id);
        if (it != m_byId.end() && it->entry.persistsAs(entry)) {
            cached = std::move(*it);
        } else {
            cached.entry = entry;
            cached.text = entryText(entry);
        }
        if (json.capacity() < json.size() + cached.text.size() + 2)
            json.reserve(qMax(2 * json.capacity(), json.size() + (snapshot.entries.size() - i) *
                                                                     (cached.text.size() + 2)));
        json += cached.text;
        json += i + 1 < snapshot.entries.size() ? ",\n" : "\n";
        byId.insert(entry.id, std::move(cached));
    }
    json += "    ],\n";
    json += "    \"format\": \"";
    json += StatementQueueSnapshot::kFormat;
    json += "\",\n    \"nextEntryId\": ";
    json += QByteArray::number(snapshot.nextEntryId);
    json += ",\n    \"nextSubmissionId\": ";
    json += QByteArray::number(snapshot.nextSubmissionId);
    json += "\n}\n";
    m_byId = std::move(byId);
    return json;
}

} // namespace m3ter
