#pragma once

#include "domain/BillFilter.h"
#include "session/ProxySettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace m3ter {

// Every preference and remembered state of the app, typed, with all QSettings keys in this one
// class (ProfileStore keeps the connection profiles under "profiles" itself). A default-built
// AppSettings reads and writes the application's QSettings; tests hand it a file of their own
// (e.g. in a QTemporaryDir) so they never touch the user's. Cheap to build: make one where it is
// needed rather than keeping one around.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(m3ter::AppSettings)

public:
    AppSettings();
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QSettings &qsettings() const { return *m_settings; }

    // ---- interface language ("de"; empty: follow the system)
    QString language() const;
    void setLanguage(const QString &code);

    // ---- network proxy
    ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);

    // ---- the statements folder
    // <Documents>/<"m3ter statements" in the language of the first run>, or the English name
    // where earlier versions already saved statements.
    QString defaultStatementsFolder() const;
    // The chosen folder, else the default (which is then pinned, see the .cpp).
    QString statementsFolder() const;
    // Empty or the default: follow the default again.
    void setStatementsFolder(const QString &folder);
    // The folder of one organization's statements under the statements folder: the profile's
    // name, with the start of the organization id only when another organization already has
    // that name. Chosen once per organization and kept (renaming a profile moves nothing).
    QString organizationFolder(const QString &profileName, const QString &orgId) const;
    // The Generate statements dialog's "also CSV" choice.
    bool includeCsvStatements() const;
    void setIncludeCsvStatements(bool include);

    // ---- the bill table and the window
    std::optional<BillFilter> billFilter() const;
    void setBillFilter(const BillFilter &filter);
    QByteArray billTableHeader() const;
    void setBillTableHeader(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // ---- saved views: a filter and the table's columns under a name the user chose
    struct SavedView {
        BillFilter filter;
        QByteArray header;
    };
    QStringList savedViewNames() const;
    std::optional<SavedView> savedView(const QString &name) const;
    void setSavedView(const QString &name, const SavedView &view);
    void removeSavedView(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace m3ter
