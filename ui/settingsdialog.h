#pragma once

#include "net/endpoint.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

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
class HistoryStore;
class ProfilePicker;
class TargetResolver;
class TokenKeeper;

// Server, token and run limits. The stored token is never put into a widget: the field starts
// empty and its placeholder shows the fingerprint; leaving it empty keeps the stored token.
// The token goes into the system keychain; when that cannot be reached the dialog says so and
// offers the settings file, which the user must pick (TokenKeeper stores it). It edits one
// profile at a time (ProfilePicker), the current one to begin with; another one through its
// own AppSettings view and TokenKeeper, so the window's target stays as it is. Open it with
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
    // Pruned to the retention days when they are saved (null: no history).
    void setHistory(HistoryStore *history);
    // Where "Test connection" looks for a rejected token (ConnectionTester::setRegions()).
    void setRegions(const QList<QUrl> &regions);

    void done(int result) override;

private:
    void buildForm();
    QWidget *buildRegionRow();
    void editProfile(const QString &name);
    void load();
    void markModified();
    void acceptedElsewhere(const QUrl &rejectedBy, const QUrl &acceptedBy);
    void switchRegion();
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

    AppSettings *m_settings; // the window's: the current profile, and what is not per profile
    TargetResolver *m_resolver;
    TokenKeeper *m_tokens;
    AppSettings *m_edit;       // the edited profile's: m_settings, or a view owned here
    TokenKeeper *m_editTokens; // m_tokens, or the view's keeper
    ConnectionTester *m_tester;
    QPointer<HistoryStore> m_history;
    bool m_loading = false;
    bool m_modified = false;
    QUrl m_suggestedUrl;
    bool m_removeStoredToken = false;
    bool m_savingToken = false; // waiting for the keychain's answer
    QString m_customText;

    ProfilePicker *m_profiles;
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
    QPushButton *m_switchRegion;
    QSpinBox *m_historyDays;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace dlq
