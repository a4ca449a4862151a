#pragma once

#include "PageToken.h"
#include "SandboxConfig.h"
#include "SandboxStore.h"
#include "UrlSigner.h"

#include <QUrl>

namespace m3ter::sandbox {

// What the endpoint classes share: the data, the resolved config and the signing keys. Owned by
// SandboxServer; endpoints hold a reference.
struct SandboxContext {
    SandboxConfig config;
    SandboxStore store;
    UrlSigner urlSigner;
    PageToken pageTokens;
    QUrl downloadOrigin;

    // A fresh presigned URL for a bill's statement file ("json" or "csv").
    QUrl statementUrl(int billPosition, const QString &format, qint64 nowMs) const {
        const QString path = QStringLiteral("/_files/%1/%2/statement.%3")
                                 .arg(config.orgId, store.billId(billPosition), format);
        return urlSigner.sign(downloadOrigin, path,
                              nowMs / 1000 + qMax(1, config.downloadUrlLifetimeSeconds));
    }
};

} // namespace m3ter::sandbox
