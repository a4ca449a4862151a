#include "ProxySettings.h"

#include "api/ApiLogging.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace m3ter {

QString ProxySettings::problem() const {
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return tr("Enter the proxy's host name.");
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')) ||
        host.trimmed().contains(QLatin1Char(' ')))
        return tr("Enter only the proxy's host name, without http:// or a user name.");
    if (port < 1 || port > 65535)
        return tr("The proxy port must be between 1 and 65535.");
    return {};
}

void ProxySettings::apply() const {
    switch (mode) {
    case Mode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        qCDebug(lcApi) << "proxy: system configuration";
        break;
    case Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        qCDebug(lcApi) << "proxy: none";
        break;
    case Mode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, host.trimmed(), quint16(port)));
        qCDebug(lcApi).noquote() << "proxy: manual" << host.trimmed() << port;
        break;
    }
}

} // namespace m3ter
