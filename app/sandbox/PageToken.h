#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace m3ter::sandbox {

// Opaque nextToken values: the position of the last item served plus a MAC over (scope,
// position). The scope is the canonical text of the list's filters, so a token replayed with
// other filters, edited, or made up fails to decode and the request gets a 400.
class PageToken {
public:
    explicit PageToken(QByteArray key)
        : m_key(std::move(key)) {}

    QString encode(const QString &scope, qint64 position) const;
    std::optional<qint64> decode(const QString &scope, const QString &token) const;

private:
    QByteArray mac(const QString &scope, qint64 position) const;

    QByteArray m_key;
};

} // namespace m3ter::sandbox
