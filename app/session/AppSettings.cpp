#include "AppSettings.h"

#include "statements/StatementFileNames.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace m3ter {

namespace {

const QString kLanguage = QStringLiteral("ui/language");

const QString kProxyMode = QStringLiteral("network/proxyMode");
const QString kProxyHost = QStringLiteral("network/proxyHost");
const QString kProxyPort = QStringLiteral("network/proxyPort");

const QString kStatementsFolder = QStringLiteral("statements/folder");
// The default folder as first resolved (see statementsFolder()).
const QString kDefaultStatementsFolder = QStringLiteral("statements/defaultFolder");
// Organization id -> its folder under the statements folder, chosen once (organizationFolder()).
const QString kOrganizationFoldersGroup = QStringLiteral("statements/organizationFolders");
const QString kIncludeCsv = QStringLiteral("statements/includeCsv");

const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString kWindowState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kBillTableHeader = QStringLiteral("billTable/header");
const QString kBillFilter = QStringLiteral("billTable/filter");

const QString kSavedViews = QStringLiteral("savedViews");
const QString kViewFilter = QStringLiteral("filter");
const QString kViewHeader = QStringLiteral("header");

// QSettings group names may not contain '/' or '\\'; percent-encoding keeps any name the user
// types intact.
QString viewGroup(const QString &name) {
    return kSavedViews + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const {
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code) {
    if (code.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, code);
}

ProxySettings AppSettings::proxy() const {
    ProxySettings out;
    const QString mode = m_settings->value(kProxyMode).toString();
    if (mode == QLatin1String("none"))
        out.mode = ProxySettings::Mode::None;
    else if (mode == QLatin1String("manual"))
        out.mode = ProxySettings::Mode::Manual;
    out.host = m_settings->value(kProxyHost).toString();
    out.port = m_settings->value(kProxyPort, 8080).toInt();
    return out;
}

void AppSettings::setProxy(const ProxySettings &proxy) {
    using Mode = ProxySettings::Mode;
    m_settings->setValue(kProxyMode, proxy.mode == Mode::None     ? QStringLiteral("none")
                                     : proxy.mode == Mode::Manual ? QStringLiteral("manual")
                                                                  : QStringLiteral("system"));
    m_settings->setValue(kProxyHost, proxy.host.trimmed());
    m_settings->setValue(kProxyPort, proxy.port);
}

QString AppSettings::defaultStatementsFolder() const {
    const QString pinned = m_settings->value(kDefaultStatementsFolder).toString();
    if (!pinned.isEmpty())
        return pinned;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Earlier versions saved under this English name in every language: keep using it.
    const QString legacy = documents + QStringLiteral("/m3ter statements");
    if (QFileInfo(legacy).isDir())
        return legacy;
    // The context of the statements panel, where this text was first translated.
    //: Name of the folder under Documents that statements are saved in (a folder name: no
    //: slashes or colons).
    const QString name = StatementFileNames::sanitizeComponent(
        QCoreApplication::translate("m3ter::StatementPanel", "m3ter statements"));
    return documents + QLatin1Char('/') + name;
}

QString AppSettings::statementsFolder() const {
    const QString folder = m_settings->value(kStatementsFolder).toString().trimmed();
    if (!folder.isEmpty())
        return folder;
    // The default is named in the language of the first run and then kept, so changing the
    // language later does not scatter statements over two folders.
    const QString fallback = defaultStatementsFolder();
    if (!m_settings->contains(kDefaultStatementsFolder))
        m_settings->setValue(kDefaultStatementsFolder, fallback);
    return fallback;
}

void AppSettings::setStatementsFolder(const QString &folder) {
    if (folder.trimmed().isEmpty() ||
        QDir::cleanPath(folder) == QDir::cleanPath(defaultStatementsFolder()))
        m_settings->remove(kStatementsFolder);
    else
        m_settings->setValue(kStatementsFolder, QDir::cleanPath(folder.trimmed()));
}

QString AppSettings::organizationFolder(const QString &profileName, const QString &orgId) const {
    QSettings &settings = *m_settings;
    settings.beginGroup(kOrganizationFoldersGroup);
    const QString key = QString::fromLatin1(QUrl::toPercentEncoding(orgId));
    QString folder = settings.value(key).toString();
    if (folder.isEmpty()) {
        QStringList taken;
        for (const QString &other : settings.childKeys())
            taken.append(settings.value(other).toString().toCaseFolded());
        const QString name = StatementFileNames::sanitizeComponent(profileName.trimmed());
        folder = name.isEmpty() ? StatementFileNames::sanitizeComponent(orgId) : name;
        // Two profiles of the same name (two organizations called "Production"): the start of
        // the organization id keeps them apart, the whole id if even that is taken.
        if (taken.contains(folder.toCaseFolded()))
            folder = QStringLiteral("%1 (%2)").arg(
                name, StatementFileNames::sanitizeComponent(orgId.left(8)));
        if (taken.contains(folder.toCaseFolded()))
            folder =
                QStringLiteral("%1 (%2)").arg(name, StatementFileNames::sanitizeComponent(orgId));
        settings.setValue(key, folder);
    }
    settings.endGroup();
    return folder;
}

bool AppSettings::includeCsvStatements() const {
    return m_settings->value(kIncludeCsv, false).toBool();
}

void AppSettings::setIncludeCsvStatements(bool include) {
    m_settings->setValue(kIncludeCsv, include);
}

std::optional<BillFilter> AppSettings::billFilter() const {
    const QVariant stored = m_settings->value(kBillFilter);
    if (!stored.isValid())
        return std::nullopt;
    return BillFilter::fromVariantMap(stored.toMap());
}

void AppSettings::setBillFilter(const BillFilter &filter) {
    m_settings->setValue(kBillFilter, filter.toVariantMap());
}

QByteArray AppSettings::billTableHeader() const {
    return m_settings->value(kBillTableHeader).toByteArray();
}

void AppSettings::setBillTableHeader(const QByteArray &state) {
    m_settings->setValue(kBillTableHeader, state);
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(kWindowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry) {
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray AppSettings::windowState() const {
    return m_settings->value(kWindowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state) {
    m_settings->setValue(kWindowState, state);
}

QByteArray AppSettings::splitterState() const {
    return m_settings->value(kSplitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state) {
    m_settings->setValue(kSplitter, state);
}

QStringList AppSettings::savedViewNames() const {
    QSettings &settings = *m_settings;
    settings.beginGroup(kSavedViews);
    QStringList names;
    for (const QString &key : settings.childGroups())
        names.append(QUrl::fromPercentEncoding(key.toLatin1()));
    settings.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<AppSettings::SavedView> AppSettings::savedView(const QString &name) const {
    QSettings &settings = *m_settings;
    settings.beginGroup(viewGroup(name));
    std::optional<SavedView> view;
    if (settings.contains(kViewFilter))
        view = SavedView{BillFilter::fromVariantMap(settings.value(kViewFilter).toMap()),
                         settings.value(kViewHeader).toByteArray()};
    settings.endGroup();
    return view;
}

void AppSettings::setSavedView(const QString &name, const SavedView &view) {
    QSettings &settings = *m_settings;
    settings.beginGroup(viewGroup(name));
    settings.setValue(kViewFilter, view.filter.toVariantMap());
    settings.setValue(kViewHeader, view.header);
    settings.endGroup();
}

void AppSettings::removeSavedView(const QString &name) {
    m_settings->remove(viewGroup(name));
}

} // namespace m3ter
