#pragma once

#include "net/endpoint.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace dlq {

class AppSettings;
class ConnectionTester;
class TargetResolver;
class TokenKeeper;

// Server, token and run limits. The stored token is never put into a widget: the field starts
// empty and its placeholder shows the fingerprint; leaving it empty keeps the stored token.
// The token goes into the system keychain; when that cannot be reached the dialog says so and
// offers the settings file, which the user must pick (TokenKeeper stores it). Open it with
// open().
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, TargetResolver *resolver, TokenKeeper *tokens,
                   QNetworkAccessManager *nam, QWidget *parent = nullptr);

    EndpointPreset selectedPreset() const;
    QUrl customUrl() const;
    // The token a save would leave in effect (typed, else stored unless removed).
    QString tokenToUse() const;
    bool canSave() const;

    void done(int result) override;

private:
    void buildForm();
    void load();
    void presetChanged();
    void validate();
    void growToFit();
    void updateTokenPlaceholder();
    void clearStoredToken();
    void testConnection();
    void save();
    void saveAllButToken();
    void tokenSaved(bool ok);        // the keeper's answer to save()
    QStringList tokenStorageNotes(); // also shows the file choice where it applies

    AppSettings *m_settings;
    TargetResolver *m_resolver;
    TokenKeeper *m_tokens;
    ConnectionTester *m_tester;
    bool m_removeStoredToken = false;
    bool m_savingToken = false; // waiting for the keychain's answer
    QString m_customText;

    QComboBox *m_preset;
    QLineEdit *m_customUrl;
    QLabel *m_urlError;
    QLineEdit *m_token;
    QToolButton *m_showToken;
    QPushButton *m_clearToken;
    QLabel *m_tokenNote;
    QCheckBox *m_tokenInFile;
    QLabel *m_envNotice;
    QSpinBox *m_concurrency;
    QSpinBox *m_timeout;
    QSpinBox *m_maxAttempts;
    QSpinBox *m_maxRetryDelay;
    QSpinBox *m_rate;
    QCheckBox *m_snapshot;
    QPushButton *m_test;
    QLabel *m_testResult;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace dlq
