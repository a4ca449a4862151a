#pragma once

#include "session/ProxySettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace m3ter {

// Preferences: the network proxy (system, none, or a manual HTTP proxy host:port), the
// folder statements are saved in, and the interface language (applied at the next start).
// OK saves to AppSettings and applies the proxy to the whole application at once.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    ProxySettings proxySettings() const;
    void setProxySettings(const ProxySettings &settings);

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_system;
    QRadioButton *m_none;
    QRadioButton *m_manual;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLabel *m_error;
    QLineEdit *m_statementsFolder = nullptr; // AppSettings::statementsFolder()
    QComboBox *m_language = nullptr;         // LanguageSetting
};

} // namespace m3ter
