#include "ProxySettings.h"

#include "api/ApiLogging.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace m3ter {

namespace {
const QString kMode = QStringLiteral("network/proxyMode");
const QString kHost = QStringLiteral("network/proxyHost");
const QString kPort = QStringLiteral("network/proxyPort");
} // namespace

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

ProxySettings ProxySettings::load(QSettings &settings) {
    ProxySettings out;
    const QString mode = settings.value(kMode).toString();
    if (mode == QLatin1String("none"))
        out.mode = Mode::None;
    else if (mode == QLatin1String("manual"))
        out.mode = Mode::Manual;
    out.host = settings.value(kHost).toString();
    out.port = settings.value(kPort, 8080).toInt();
    return out;
}

void ProxySettings::save(QSettings &settings) const {
    settings.setValue(kMode, mode == Mode::None     ? QStringLiteral("none")
                             : mode == Mode::Manual ? QStringLiteral("manual")
                                                    : QStringLiteral("system"));
    settings.setValue(kHost, host.trimmed());
    settings.setValue(kPort, port);
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
