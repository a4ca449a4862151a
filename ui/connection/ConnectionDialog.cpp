#include "ConnectionDialog.h"

#include "auth/CredentialStore.h"
#include "auth/ProfileStore.h"
#include "common/MessageBox.h"
#include "session/Session.h"
#include "store/StoreFile.h"
#include "theme/PaletteFollower.h"
#include "theme/ThemeColors.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace m3ter {

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, CredentialStore *credentials,
                                   const std::optional<Profile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_existing(existing)
    , m_tester(new ConnectionTester(this))
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_orgId(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_revealSecret(nullptr)
    //: Production: the live m3ter organization that bills real customers (not a test one).
    , m_production(
          new QCheckBox(tr("This is a &production organization (real customer data)"), this))
    , m_keepLocalCopy(new QCheckBox(tr("Keep a copy of the bills on this computer"), this))
    //: Connection dialog: deletes the copy of the bills kept on this computer for the profile.
    , m_forgetButton(new QPushButton(tr("&Forget local data…"), this))
    , m_forgetLocalData(&Session::forgetLocalDataOf)
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_statusFrame(new QFrame(this))
    , m_statusIcon(new QLabel(m_statusFrame))
    , m_status(new QLabel(m_statusFrame))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_demoButton(new QPushButton(tr("Try the &demo"), this)) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(existing ? tr("Edit connection") : tr("New connection"));

    auto *title = new QLabel(existing ? tr("Edit the connection to m3ter")
                                      : tr("Connect to your m3ter organization"),
                             this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Use the access key of an m3ter service user (m3ter Console → Settings → Access → "
           "Service users). The API secret is stored in the system keychain, never in the "
           "settings."),
        this);
    subtitle->setWordWrap(true);
    PaletteFollower::useSecondaryText(subtitle);

    m_intro->setObjectName(QStringLiteral("connectionIntro"));
    m_intro->setWordWrap(true);
    m_intro->setFrameShape(QFrame::StyledPanel);
    m_intro->setAutoFillBackground(true);
    m_intro->setBackgroundRole(QPalette::AlternateBase);
    m_intro->setMargin(8);
    m_intro->hide();

    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. Acme production"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(Profile::defaultBaseUrl().toString());
    m_orgId->setObjectName(QStringLiteral("orgId"));
    m_orgId->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("Access key id of the service user"));
    m_secretEdit->setObjectName(QStringLiteral("clientSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                      Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    m_secretEdit->setPlaceholderText(existing ? tr("Saved in the keychain — leave empty to keep")
                                              : tr("API secret of the access key"));
    m_revealSecret = m_secretEdit->addAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    m_revealSecret->setCheckable(true);
    m_revealSecret->setObjectName(QStringLiteral("revealSecret"));
    m_revealSecret->setText(tr("Show secret"));
    // The eye icon in the field takes no focus: the shortcut is the keyboard's way to it.
    m_revealSecret->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_revealSecret->setToolTip(
        tr("Show the secret while typing (%1)")
            .arg(m_revealSecret->shortcut().toString(QKeySequence::NativeText)));
    m_secretEdit->setAccessibleDescription(
        tr("Hidden while typed. %1 shows or hides it.")
            .arg(m_revealSecret->shortcut().toString(QKeySequence::NativeText)));
    connect(m_revealSecret, &QAction::toggled, this, [this](bool on) {
        m_secretEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_production->setObjectName(QStringLiteral("production"));
    m_keepLocalCopy->setObjectName(QStringLiteral("keepLocalCopy"));
    m_keepLocalCopy->setToolTip(
        tr("Bills show at once when the app starts, stay readable without a connection, and "
           "each refresh tells what changed. Turning it off removes the copy."));
    m_forgetButton->setObjectName(QStringLiteral("forgetLocalData"));
    m_forgetButton->setToolTip(tr("Delete the bills, accounts and changes kept on this computer "
                                  "for this connection; m3ter is not affected."));
    connect(m_forgetButton, &QPushButton::clicked, this, &ConnectionDialog::forgetLocalData);
    m_production->setToolTip(
        tr("The main window shows a red banner while connected to a production organization."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &address:"), m_baseUrl);
    //: The ID of the m3ter organization (the company account in m3ter), a UUID.
    form->addRow(tr("&Organization ID:"), m_orgId);
    //: Access key: the credentials of an m3ter service user (key ID and API secret).
    form->addRow(tr("Access &key ID:"), m_clientId);
    form->addRow(tr("API s&ecret:"), m_secretEdit);
    form->addRow(QString(), m_production);
    form->addRow(QString(), m_keepLocalCopy);
    // Under the choice it goes with, on a row of its own: beside it, German text made the
    // dialog wider than its other rows need.
    auto *forgetRow = new QHBoxLayout;
    forgetRow->addWidget(m_forgetButton);
    forgetRow->addStretch(1);
    form->addRow(QString(), forgetRow);

    m_statusFrame->setObjectName(QStringLiteral("connectionStatusFrame"));
    m_statusFrame->setFrameShape(QFrame::StyledPanel);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_statusIcon->setFixedSize(24, 24);
    m_statusIcon->setAlignment(Qt::AlignCenter);
    // Colours from the palette, again whenever it changes (light or dark theme).
    m_statusStyle = PaletteFollower::follow(
        m_statusFrame, [this](QWidget *, const QPalette &palette) { applyStatusColors(palette); });
    auto *statusLayout = new QHBoxLayout(m_statusFrame);
    statusLayout->setContentsMargins(10, 8, 10, 8);
    statusLayout->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusLayout->addWidget(m_status, 1);

    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setAccessibleName(tr("Certificate details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setFixedHeight(m_details->fontMetrics().lineSpacing() * 8 + 12);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->hide();

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Get an access token and read one page of bills; nothing is "
                                "saved."));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_statusFrame, 1);

    m_demoButton->setObjectName(QStringLiteral("tryDemoButton"));
    m_demoButton->setToolTip(tr("Explore the app with generated bills on a sandbox that runs on "
                                "this computer; no m3ter account needed."));
    m_buttons->addButton(m_demoButton, QDialogButtonBox::ResetRole);
    m_demoButton->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Connect"));
    connect(m_demoButton, &QPushButton::clicked, this, [this] {
        m_tester->cancel();
        emit demoRequested();
        done(DemoRequested);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_intro);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addLayout(testRow);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_tester, &ConnectionTester::stageChanged, this, &ConnectionDialog::onStageChanged);

    const Profile shown = existing ? *existing : Profile();
    m_name->setText(shown.displayName);
    m_baseUrl->setText(shown.baseUrl.toString());
    m_orgId->setText(shown.orgId);
    m_clientId->setText(shown.clientId);
    m_production->setChecked(shown.production);
    m_keepLocalCopy->setChecked(shown.keepLocalCopy);
    updateForgetButton();
    showStatus(Tone::Neutral, tr("Test the connection before saving to find problems early."));
    resize(620, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() {
    m_secretEdit->clear();
}

void ConnectionDialog::setDemoOffered(bool offered) {
    m_demoButton->setVisible(offered);
}

void ConnectionDialog::setIntroMessage(const QString &text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString ConnectionDialog::statusText() const {
    return m_status->text();
}

QString ConnectionDialog::certificateDetails() const {
    return m_details->isVisibleTo(this) ? m_details->toPlainText() : QString();
}

QUrl ConnectionDialog::baseUrlFromText() const {
    QString text = m_baseUrl->text().trimmed();
    // "api.m3ter.com" means https, never plain http.
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    // A trailing slash would only produce "//organizations".
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

Profile ConnectionDialog::profileFromFields() const {
    Profile p = m_existing ? *m_existing : Profile::create();
    p.displayName = m_name->text();
    p.baseUrl = baseUrlFromText();
    p.orgId = m_orgId->text();
    p.clientId = m_clientId->text();
    p.production = m_production->isChecked();
    p.keepLocalCopy = m_keepLocalCopy->isChecked();
    return p.normalized();
}

QString ConnectionDialog::storePath() const {
    return m_existing ? Session::storePathFor(QString(), *m_existing) : QString();
}

void ConnectionDialog::updateForgetButton() {
    // A new profile has nothing stored yet; an existing one only once a session kept its bills.
    const QString path = storePath();
    m_forgetButton->setEnabled(!path.isEmpty() && StoreFile::sizeOnDisk(path) > 0);
}

void ConnectionDialog::forgetLocalData() {
    const QString path = storePath();
    if (path.isEmpty())
        return;
    const QString name =
        m_existing->displayName.isEmpty() ? m_existing->orgId : m_existing->displayName;
    //: The question before "Forget local data" deletes the local copy. %1: connection name,
    //: %2: its size on disk (e.g. "3.2 MB"), %3: the file.
    const QString question =
        tr("Delete the copy of the bills kept on this computer for “%1” (%2 in %3)?\n\n"
           "This deletes the stored bills, the bills you opened with their line items, the "
           "account names, the list of changes since you last looked and the record of "
           "downloaded statements. The statement files themselves stay in their folder, and "
           "nothing changes in m3ter. Bills loaded from now on are kept again while “Keep a "
           "copy of the bills on this computer” is on.")
            .arg(name, QLocale().formattedDataSize(StoreFile::sizeOnDisk(path)),
                 QDir::toNativeSeparators(path));
    //: Title of the question before the local copy of the bills is deleted.
    if (MessageBox::question(this, tr("Forget local data"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_forgetLocalData(*m_existing, &error)) {
        showStatus(Tone::Error, error);
        updateForgetButton();
        return;
    }
    showStatus(Tone::Success,
               tr("The bills kept on this computer for “%1” were deleted.").arg(name));
    // A running session of the profile starts an empty store at once: nothing is left to forget.
    m_forgetButton->setEnabled(false);
}

bool ConnectionDialog::needsNewSecret(const Profile &profile) const {
    // A stored secret belongs to the access key it was saved with.
    return !m_existing || m_secretMissing || m_existing->clientId != profile.clientId;
}

void ConnectionDialog::testConnection() {
    const Profile profile = profileFromFields();
    const Profile::Validation validation = profile.validate();
    if (!validation.isValid()) {
        showStatus(Tone::Error, validation.errors.join(QLatin1Char('\n')));
        return;
    }
    const QString typed = m_secretEdit->text();
    if (!typed.isEmpty()) {
        runTest(profile, typed);
        return;
    }
    if (needsNewSecret(profile)) {
        showStatus(Tone::Error, tr("Enter the API secret of the access key."));
        m_secretEdit->setFocus();
        return;
    }
    // Editing: test with the secret saved in the keychain.
    setBusy(true);
    showStatus(Tone::Busy, tr("Reading the saved secret from the keychain…"));
    m_credentials->readSecret(m_existing->id, this, [this, profile](const CredentialResult &r) {
        setBusy(false);
        if (!r.ok()) {
            if (r.notFound()) {
                // The field must no longer claim a saved secret, and OK must ask for one.
                m_secretMissing = true;
                m_secretEdit->setPlaceholderText(tr("No secret saved — enter the API secret"));
                m_secretEdit->setFocus();
            }
            showStatus(Tone::Error,
                       r.notFound() ? tr("No API secret is saved for this connection. Enter it.")
                                    : r.message);
            return;
        }
        runTest(profile, r.secret);
    });
}

void ConnectionDialog::runTest(const Profile &profile, const QString &secret) {
    const ApiConnection connection = Session::connectionFor(profile, secret);
    m_testButton->setEnabled(false);
    m_tester->start(connection);
}

void ConnectionDialog::onStageChanged(ConnectionTester::Stage stage) {
    if (stage == ConnectionTester::Stage::Token)
        showStatus(Tone::Busy, tr("Connecting to %1 and requesting an access token…")
                                   .arg(profileFromFields().baseUrl.host()));
    else if (stage == ConnectionTester::Stage::Bills)
        showStatus(Tone::Busy, tr("Signed in. Reading a page of bills…"));
}

void ConnectionDialog::onTestFinished(const ConnectionTester::Result &result) {
    m_testButton->setEnabled(!m_saving);
    showStatus(result.ok ? Tone::Success : Tone::Error, result.text, result.certificateDetails);
}

void ConnectionDialog::accept() {
    if (m_saving)
        return;
    const Profile profile = profileFromFields();
    const Profile::Validation validation = profile.validate();
    if (!validation.isValid()) {
        showStatus(Tone::Error, validation.errors.join(QLatin1Char('\n')));
        return;
    }
    const QString typed = m_secretEdit->text();
    if (typed.isEmpty() && needsNewSecret(profile)) {
        showStatus(Tone::Error, tr("Enter the API secret of the access key."));
        m_secretEdit->setFocus();
        return;
    }
    m_tester->cancel();
    setBusy(true);
    if (typed.isEmpty()) {
        // Keep the saved secret; the caller reads it when it connects.
        saveProfile(profile, QString());
        return;
    }
    showStatus(Tone::Busy, tr("Saving the secret in the keychain…"));
    m_credentials->writeSecret(
        profile.id, typed, this, [this, profile, typed](const CredentialResult &r) {
            if (!r.ok()) {
                setBusy(false);
                showStatus(Tone::Error, r.message.isEmpty()
                                            ? tr("The secret could not be saved in the keychain.")
                                            : r.message);
                return;
            }
            if (r.unavailable) {
                m_sessionOnly = true;
                m_keychainNotice = r.message;
            }
            saveProfile(profile, typed);
        });
}

void ConnectionDialog::saveProfile(const Profile &profile, const QString &secret) {
    const bool saved = m_profiles->contains(profile.id) ? m_profiles->update(profile)
                                                        : !m_profiles->add(profile).isEmpty();
    if (!saved) {
        setBusy(false);
        showStatus(Tone::Error,
                   tr("The connection could not be saved: %1").arg(m_profiles->lastError()));
        return;
    }
    m_profile = profile;
    m_secret = secret;
    m_secretEdit->clear();
    m_saving = false;
    QDialog::accept();
}

void ConnectionDialog::setBusy(bool busy) {
    m_saving = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_testButton->setEnabled(!busy && !m_tester->isRunning());
    m_demoButton->setEnabled(!busy);
}

void ConnectionDialog::showStatus(Tone tone, const QString &text, const QString &details) {
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Busy:
        icon = QStyle::SP_BrowserReload;
        break;
    case Tone::Success:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_tone = tone;
    m_statusStyle->reapply();
    m_statusIcon->setPixmap(
        style()->standardIcon(icon).pixmap(QSize(22, 22), m_statusIcon->devicePixelRatioF()));
    m_status->setText(text);
    m_details->setPlainText(details);
    m_details->setVisible(!details.isEmpty());
}

void ConnectionDialog::applyStatusColors(const QPalette &palette) {
    using namespace ThemeColors;
    QString sheet;
    if (m_tone == Tone::Neutral) {
        sheet = QStringLiteral("QFrame#connectionStatusFrame { border: 1px solid palette(mid);"
                               " border-radius: 4px; background: palette(alternate-base); }");
    } else {
        const ThemeColors::Tone hue = m_tone == Tone::Busy      ? ThemeColors::Tone::Busy
                                      : m_tone == Tone::Success ? ThemeColors::Tone::Success
                                                                : ThemeColors::Tone::Error;
        sheet = QStringLiteral("QFrame#connectionStatusFrame { border: 1px solid %1;"
                               " border-radius: 4px; background: %2; }"
                               " QFrame#connectionStatusFrame QLabel { color: %3; }")
                    .arg(border(hue, palette).name(), background(hue, palette).name(),
                         textOnBackground(hue, palette).name());
    }
    PaletteFollower::setStyleSheetIfChanged(m_statusFrame, sheet);
}

} // namespace m3ter
