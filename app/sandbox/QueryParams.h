#pragma once

#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace m3ter::sandbox {

// Typed, validating access to a request's query string. Values are fully percent-decoded (SDKs
// send `ids=a%2Cb`), empty values count as absent, and array parameters accept both comma-joined
// values and repeated keys (docs/m3ter-api.md, "Conventions").
class QueryParams {
public:
    explicit QueryParams(const QUrlQuery &query)
        : m_query(query) {}

    bool has(const QString &key) const { return !value(key).isEmpty(); }
    QString value(const QString &key) const;
    QStringList list(const QString &key) const;

    // Each parser returns false with a message naming the parameter when the value is invalid,
    // and leaves *out empty when the parameter is absent.
    bool boolean(const QString &key, std::optional<bool> *out, QString *error) const;
    bool date(const QString &key, std::optional<qint64> *julianDay, QString *error) const;
    bool pageSize(int defaultSize, int maxSize, int *out, QString *error) const;

private:
    QUrlQuery m_query;
};

} // namespace m3ter::sandbox
