#include "PreferencesDialog.h"

#include "session/AppSettings.h"
#include "session/LanguageSetting.h"
#include "theme/PaletteFollower.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace m3ter {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_system(new QRadioButton(tr("Use the &system proxy settings"), this))
    , m_none(new QRadioButton(tr("&No proxy (connect directly)"), this))
    , m_manual(new QRadioButton(tr("&Manual HTTP proxy:"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_system->setObjectName(QStringLiteral("proxySystem"));
    m_none->setObjectName(QStringLiteral("proxyNone"));
    m_manual->setObjectName(QStringLiteral("proxyManual"));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(8080);
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    PaletteFollower::useToneText(m_error, ThemeColors::Tone::Error);
    m_error->hide();

    auto *group = new QGroupBox(tr("Network proxy"), this);
    auto *groupLayout = new QVBoxLayout(group);
    auto *hint = new QLabel(tr("The system settings include the HTTPS_PROXY and NO_PROXY "
                               "environment variables. Proxy passwords are never saved."),
                            group);
    hint->setWordWrap(true);
    PaletteFollower::useSecondaryText(hint);
    groupLayout->addWidget(m_system);
    groupLayout->addWidget(m_none);
    groupLayout->addWidget(m_manual);
    auto *manualRow = new QHBoxLayout;
    manualRow->setContentsMargins(24, 0, 0, 0);
    // Buddies name the fields for screen readers (otherwise named after the group box).
    auto *hostLabel = new QLabel(tr("H&ost:"), group);
    hostLabel->setBuddy(m_host);
    manualRow->addWidget(hostLabel);
    manualRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("Po&rt:"), group);
    portLabel->setBuddy(m_port);
    manualRow->addWidget(portLabel);
    manualRow->addWidget(m_port);
    groupLayout->addLayout(manualRow);
    groupLayout->addWidget(hint);

    auto *statements = new QGroupBox(tr("Statements"), this);
    auto *statementsRow = new QHBoxLayout(statements);
    m_statementsFolder =
        new QLineEdit(QDir::toNativeSeparators(AppSettings().statementsFolder()), statements);
    m_statementsFolder->setObjectName(QStringLiteral("statementsFolder"));
    m_statementsFolder->setAccessibleName(tr("Statements folder"));
    m_statementsFolder->setToolTip(tr("Statements are saved here, in a folder per organization "
                                      "and account. Leave empty for the default."));
    m_statementsFolder->setPlaceholderText(
        QDir::toNativeSeparators(AppSettings().defaultStatementsFolder()));
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), statements);
    chooseFolder->setObjectName(QStringLiteral("chooseStatementsFolder"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Statements folder"), QDir::fromNativeSeparators(m_statementsFolder->text()));
        if (!folder.isEmpty())
            m_statementsFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderLabel = new QLabel(tr("Sa&ve in:"), statements);
    folderLabel->setBuddy(m_statementsFolder);
    statementsRow->addWidget(folderLabel);
    statementsRow->addWidget(m_statementsFolder, 1);
    statementsRow->addWidget(chooseFolder);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QVBoxLayout(language);
    auto *languageRow = new QHBoxLayout;
    m_language = new QComboBox(language);
    m_language->setObjectName(QStringLiteral("language"));
    for (const LanguageSetting::Choice &choice : LanguageSetting::choices())
        m_language->addItem(choice.label, choice.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings().language())));
    auto *languageLabel = new QLabel(tr("&Interface language:"), language);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language, 1);
    languageLayout->addLayout(languageRow);
    auto *languageHint =
        new QLabel(tr("Dates, numbers and amounts follow the language. A change takes effect "
                      "the next time the app starts."),
                   language);
    languageHint->setWordWrap(true);
    PaletteFollower::useSecondaryText(languageHint);
    languageLayout->addWidget(languageHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(statements);
    layout->addWidget(language);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QRadioButton *button : {m_system, m_none, m_manual})
        connect(button, &QRadioButton::toggled, this, &PreferencesDialog::updateEnabled);

    setProxySettings(AppSettings().proxy());
    resize(480, sizeHint().height());
}

ProxySettings PreferencesDialog::proxySettings() const {
    ProxySettings out;
    out.mode = m_manual->isChecked() ? ProxySettings::Mode::Manual
               : m_none->isChecked() ? ProxySettings::Mode::None
                                     : ProxySettings::Mode::System;
    out.host = m_host->text().trimmed();
    out.port = m_port->value();
    return out;
}

void PreferencesDialog::setProxySettings(const ProxySettings &settings) {
    m_system->setChecked(settings.mode == ProxySettings::Mode::System);
    m_none->setChecked(settings.mode == ProxySettings::Mode::None);
    m_manual->setChecked(settings.mode == ProxySettings::Mode::Manual);
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    updateEnabled();
}

void PreferencesDialog::accept() {
    const ProxySettings proxy = proxySettings();
    const QString problem = proxy.problem();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_host->setFocus();
        return;
    }
    AppSettings settings;
    settings.setProxy(proxy);
    proxy.apply();
    settings.setStatementsFolder(QDir::fromNativeSeparators(m_statementsFolder->text()));
    settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

void PreferencesDialog::updateEnabled() {
    const bool manual = m_manual->isChecked();
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
    m_error->hide();
}

} // namespace m3ter
