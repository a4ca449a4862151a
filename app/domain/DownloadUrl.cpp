#include "domain/DownloadUrl.h"

#include "domain/JsonReader.h"

namespace m3ter {

using namespace Qt::Literals::StringLiterals;

Parsed<DownloadUrl> DownloadUrl::fromJson(const QJsonObject &json) {
    JsonReader r(json);
    DownloadUrl result;
    result.downloadUrl = r.url("downloadUrl"_L1);
    if (!r.ok())
        return r.error();
    return result;
}

} // namespace m3ter
