#include "auth/ProfileStore.h"

#include "auth/AuthLogging.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

namespace m3ter {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kActiveKey = QStringLiteral("profiles/active");
const QString kDisplayName = QStringLiteral("displayName");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kOrgId = QStringLiteral("orgId");
const QString kClientId = QStringLiteral("clientId");
const QString kProduction = QStringLiteral("production");
const QString kKeepLocalCopy = QStringLiteral("keepLocalCopy");

// Ids become QSettings group names: a slash would create nested groups and an empty id would
// write into the "profiles" group itself.
bool isUsableId(const QString &id) {
    return !id.trimmed().isEmpty() && !id.contains(QLatin1Char('/')) &&
           !id.contains(QLatin1Char('\\'));
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get()) {}

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get()) {}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    Q_ASSERT(settings);
}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const {
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(read(id));

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(result.begin(), result.end(), [&](const Profile &a, const Profile &b) {
        const int c = collator.compare(a.displayName, b.displayName);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const {
    if (!contains(id))
        return std::nullopt;
    return read(id);
}

std::optional<Profile> ProfileStore::find(const QString &idOrName) const {
    const QString wanted = idOrName.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    if (auto byId = profile(wanted))
        return byId;
    std::optional<Profile> match;
    for (const Profile &p : profiles()) {
        if (p.displayName.trimmed().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        // Two profiles with the same name: refusing is safer than picking one that might be
        // the production organization.
        if (match)
            return std::nullopt;
        match = p;
    }
    return match;
}

bool ProfileStore::contains(const QString &id) const {
    if (!isUsableId(id))
        return false;
    m_settings->beginGroup(kGroup);
    const bool found = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    return found;
}

QString ProfileStore::activeProfileId() const {
    const QString id = m_settings->value(kActiveKey).toString();
    return contains(id) ? id : QString();
}

bool ProfileStore::setActiveProfileId(const QString &id) {
    if (!id.isEmpty() && !contains(id)) {
        m_lastError = tr("The profile no longer exists.");
        return false;
    }
    if (m_settings->value(kActiveKey).toString() == id)
        return true;
    if (id.isEmpty())
        m_settings->remove(kActiveKey);
    else
        m_settings->setValue(kActiveKey, id);
    if (!commit())
        return false;
    emit activeProfileChanged(id);
    return true;
}

QString ProfileStore::add(Profile profile) {
    profile = profile.normalized();
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (!isUsableId(profile.id) || contains(profile.id)) {
        m_lastError = tr("A profile with this id already exists.");
        return {};
    }
    write(profile);
    if (!commit()) {
        // Forget it in memory too, so the store does not list a profile it reported as failed.
        m_settings->remove(kGroup + QLatin1Char('/') + profile.id);
        return {};
    }
    emit profileAdded(profile.id);
    return profile.id;
}

bool ProfileStore::update(const Profile &profile) {
    const Profile p = profile.normalized();
    if (!contains(p.id)) {
        m_lastError = tr("The profile no longer exists.");
        return false;
    }
    write(p);
    if (!commit())
        return false;
    emit profileUpdated(p.id);
    return true;
}

bool ProfileStore::remove(const QString &id) {
    if (!contains(id)) {
        m_lastError = tr("The profile no longer exists.");
        return false;
    }
    const bool wasActive = m_settings->value(kActiveKey).toString() == id;
    m_settings->remove(kGroup + QLatin1Char('/') + id);
    if (wasActive)
        m_settings->remove(kActiveKey);
    if (!commit())
        return false;
    emit profileRemoved(id);
    if (wasActive)
        emit activeProfileChanged(QString());
    return true;
}

QString ProfileStore::lastError() const {
    return m_lastError;
}

Profile ProfileStore::read(const QString &id) const {
    Profile p;
    p.id = id;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + id);
    p.displayName = m_settings->value(kDisplayName).toString();
    p.baseUrl = QUrl(m_settings->value(kBaseUrl, Profile::defaultBaseUrl().toString()).toString());
    p.orgId = m_settings->value(kOrgId).toString();
    p.clientId = m_settings->value(kClientId).toString();
    p.production = m_settings->value(kProduction, false).toBool();
    p.keepLocalCopy = m_settings->value(kKeepLocalCopy, true).toBool();
    m_settings->endGroup();
    return p;
}

void ProfileStore::write(const Profile &profile) {
    // Field by field on purpose: nothing but these values may ever reach the settings file.
    m_settings->beginGroup(kGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(kDisplayName, profile.displayName);
    m_settings->setValue(kBaseUrl, profile.baseUrl.toString());
    m_settings->setValue(kOrgId, profile.orgId);
    m_settings->setValue(kClientId, profile.clientId);
    m_settings->setValue(kProduction, profile.production);
    m_settings->setValue(kKeepLocalCopy, profile.keepLocalCopy);
    m_settings->endGroup();
}

bool ProfileStore::commit() {
    // sync() now rather than at exit, so a failure is reported while the user can still act.
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError) {
        m_lastError.clear();
        return true;
    }
    m_lastError = m_settings->status() == QSettings::AccessError
                      ? tr("The profile settings could not be saved: the settings file is not "
                           "writable (%1).")
                            .arg(m_settings->fileName())
                      : tr("The profile settings could not be saved: the settings file is "
                           "damaged (%1).")
                            .arg(m_settings->fileName());
    qCWarning(lcAuth) << "Saving profiles failed:" << m_settings->status()
                      << m_settings->fileName();
    return false;
}

} // namespace m3ter
