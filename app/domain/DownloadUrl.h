#pragma once

#include "domain/Parsed.h"

#include <QJsonObject>
#include <QUrl>

namespace m3ter {

// ObjectURL (docs/m3ter-api.md, "Download URL"): a presigned, time-limited download link. It
// carries its own authorisation, so it is fetched without the bearer token, used at once, never
// persisted or logged.
struct DownloadUrl {
    QUrl downloadUrl; // optional in the model; empty when absent

    static Parsed<DownloadUrl> fromJson(const QJsonObject &json);
};

} // namespace m3ter
