#include "settings/tokenkeeper.h"

#include "settings/appsettings.h"
#include "settings/tokenstore.h"
#include "util/logging.h"

namespace dlq {

QString TokenKeeper::defaultKey()
{
    return QStringLiteral("default");
}

TokenKeeper::TokenKeeper(AppSettings *settings, TokenStore *keychain, QObject *parent)
    : QObject(parent), m_settings(settings), m_keychain(keychain)
{
    if (m_keychain)
        connect(m_keychain, &TokenStore::finished, this, &TokenKeeper::onFinished);
}

void TokenKeeper::start()
{
    if (!m_keychain)
        return;
    // A read for the previous profile may still be pending; its answer is dropped (load()).
    m_settings->setTokenPending(false);
    switch (m_settings->tokenStorage()) {
    case AppSettings::TokenStorage::Keychain:
        load();
        break;
    case AppSettings::TokenStorage::Unset:
        if (!m_settings->fileToken().isEmpty())
            migrate(m_settings->fileToken());
        break;
    case AppSettings::TokenStorage::File:
        break; // the user chose the file; asking the keychain again would override that
    }
}

void TokenKeeper::load()
{
    m_settings->setTokenPending(true);
    const QString key = m_settings->tokenKey();
    expect(m_keychain->read(key), [this, key](const QString &token, const QString &error) {
        // Another profile is current now: this token must not become its token.
        if (key != m_settings->tokenKey())
            return;
        setProblem(error);
        m_settings->setKeychainToken(token);
        m_settings->setTokenPending(false);
    });
}

void TokenKeeper::migrate(const QString &plain)
{
    // The plain copy stays in effect meanwhile, so nothing waits for the keychain.
    const QString key = m_settings->tokenKey();
    expect(m_keychain->write(key, plain), [this, plain, key](const QString &,
                                                             const QString &error) {
        setProblem(error);
        if (!error.isEmpty() || key != m_settings->tokenKey() || m_settings->fileToken() != plain)
            return; // unreachable, or the user saved another token meanwhile: keep the file
        m_settings->setKeychainToken(plain);
        m_settings->setTokenStorage(AppSettings::TokenStorage::Keychain);
        m_settings->setToken(QString());
        qCInfo(lcSettings) << "moved the stored token from the settings file into the keychain";
    });
}

void TokenKeeper::save(const QString &token, bool inFile)
{
    const QString clean = token.trimmed();
    if (!m_keychain || inFile)
        saveInFile(clean);
    else
        saveInKeychain(clean);
}

void TokenKeeper::saveInKeychain(const QString &token)
{
    const int request = token.isEmpty() ? m_keychain->remove(m_settings->tokenKey())
                                        : m_keychain->write(m_settings->tokenKey(), token);
    expect(request, [this, token](const QString &, const QString &error) {
        setProblem(error);
        if (!error.isEmpty()) {
            Q_EMIT saveFinished(false, error);
            return;
        }
        // Confirmed by the keychain: only now may the plain copy go.
        m_settings->setKeychainToken(token);
        m_settings->setTokenStorage(token.isEmpty() ? AppSettings::TokenStorage::Unset
                                                    : AppSettings::TokenStorage::Keychain);
        m_settings->setToken(QString());
        Q_EMIT saveFinished(true, QString());
    });
}

void TokenKeeper::saveInFile(const QString &token)
{
    const bool wasInKeychain = m_settings->tokenStorage() == AppSettings::TokenStorage::Keychain;
    // In this order the token in effect changes once, from the old one to the new one.
    m_settings->setToken(token);
    m_settings->setTokenStorage(token.isEmpty() || !m_keychain ? AppSettings::TokenStorage::Unset
                                                               : AppSettings::TokenStorage::File);
    m_settings->setKeychainToken(QString());
    // A stale copy left in the keychain would come back if the user switched to it again.
    if (wasInKeychain && m_keychain)
        expect(m_keychain->remove(m_settings->tokenKey()), [](const QString &, const QString &) {});
    Q_EMIT saveFinished(true, QString());
}

void TokenKeeper::expect(int request, Handler handler)
{
    m_handlers.insert(request, std::move(handler));
}

void TokenKeeper::onFinished(int request, const QString &token, const QString &error)
{
    const Handler handler = m_handlers.take(request);
    if (handler)
        handler(token, error);
}

void TokenKeeper::setProblem(const QString &error)
{
    if (error == m_problem)
        return;
    m_problem = error;
    Q_EMIT keychainProblemChanged();
}

} // namespace dlq
