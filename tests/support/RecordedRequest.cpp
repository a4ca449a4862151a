#include "support/RecordedRequest.h"

namespace m3ter::test {

QUrlQuery RecordedRequest::query() const {
    return QUrlQuery(QString::fromLatin1(rawQuery));
}

QByteArray RecordedRequest::header(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace m3ter::test
