#pragma once

#include "auth/Profile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace m3ter {

// The user's connection profiles, persisted in QSettings under the group "profiles".
// Only the fields of Profile are written; a Profile has no secret, so none can end up here.
// Removing a profile does not touch its keychain entry: the caller also calls
// CredentialStore::deleteSecret(), because the two stores fail independently.
class ProfileStore : public QObject {
    Q_OBJECT

public:
    // The application's default QSettings (organization/application names must be set).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file at `settingsPath`; tests use a temporary file.
    explicit ProfileStore(const QString &settingsPath, QObject *parent = nullptr);
    // Borrows `settings`, which must outlive the store.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Sorted by display name (locale-aware), then id, so every view lists them the same way.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // For --profile: an exact id, else a case-insensitive display name (unique match only).
    std::optional<Profile> find(const QString &idOrName) const;
    bool contains(const QString &id) const;

    // Empty when no profile is active or the active one was removed.
    QString activeProfileId() const;
    bool setActiveProfileId(const QString &id);

    // Gives the profile an id when it has none and returns it; empty on failure.
    // The store does not validate: the dialog does, and a profile that a later version's rules
    // reject must still load so the user can fix it.
    QString add(Profile profile);
    // False when no profile with that id exists or the settings cannot be written.
    bool update(const Profile &profile);
    bool remove(const QString &id);

    // A translated description of the last write failure, for the UI.
    QString lastError() const;

signals:
    void profileAdded(const QString &id);
    void profileUpdated(const QString &id);
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id);

private:
    Profile read(const QString &id) const;
    void write(const Profile &profile);
    bool commit();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QString m_lastError;
};

} // namespace m3ter
