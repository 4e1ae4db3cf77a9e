#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace dlq {

class AppSettings;
class TokenStore;

// Keeps the stored token where the user wants it. At start it reads the token from the
// keychain (AppSettings::tokenPending() meanwhile) or migrates a plain copy from the settings
// file into it; saving writes to the keychain, or to the settings file only when the user
// chose that. The plain copy is removed only after the keychain confirmed the write, and an
// unreachable keychain changes nothing: it is reported (keychainProblem()), never worked
// around silently.
class TokenKeeper : public QObject
{
    Q_OBJECT
public:
    // The keychain entry of the default profile (AppSettings::tokenKey() names the current one).
    static QString defaultKey();

    // keychain: null where the build has none; the settings file is then the only place.
    TokenKeeper(AppSettings *settings, TokenStore *keychain, QObject *parent = nullptr);

    // Reads the current profile's token; again after a profile switch (an answer still on its
    // way for the previous profile is then dropped).
    void start();
    bool hasKeychain() const { return m_keychain != nullptr; }
    TokenStore *keychain() const { return m_keychain; }
    // Why the keychain could not be used, from the last attempt; empty when it worked or was
    // not needed yet.
    QString keychainProblem() const { return m_problem; }
    bool isBusy() const { return !m_handlers.isEmpty(); }
    // The token (empty: remove it) into the keychain, or into the settings file when inFile.
    // Answers with saveFinished().
    void save(const QString &token, bool inFile);

Q_SIGNALS:
    void saveFinished(bool ok, const QString &error);
    void keychainProblemChanged();

private:
    using Handler = std::function<void(const QString &token, const QString &error)>;
    void expect(int request, Handler handler);
    void onFinished(int request, const QString &token, const QString &error);
    void load();
    void migrate(const QString &plain);
    void saveInKeychain(const QString &token);
    void saveInFile(const QString &token);
    void setProblem(const QString &error);

    AppSettings *m_settings;
    TokenStore *m_keychain;
    QHash<int, Handler> m_handlers;
    QString m_problem;
};

} // namespace dlq
