#pragma once

#include <QObject>
#include <QString>

namespace dlq {

class AppSettings;

// Somewhere a token can be kept: the system keychain (dlqsecrets) or the settings file.
// Every call answers later through finished(), never from inside the call, because a keychain
// answers over D-Bus and callers must not wait for it (no nested event loop).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // For people: "the system keychain", "the settings file".
    virtual QString placeName() const = 0;
    // Each returns a request number that finished() carries back. A read of a key that holds
    // nothing, and a remove of one, succeed with an empty token.
    virtual int read(const QString &key) = 0;
    virtual int write(const QString &key, const QString &token) = 0;
    virtual int remove(const QString &key) = 0;

Q_SIGNALS:
    // error: empty on success, else why (never containing the token).
    void finished(int request, const QString &token, const QString &error);

protected:
    int nextRequest() { return ++m_lastRequest; }
    // Emits finished() from the event loop, as a keychain would.
    void finishLater(int request, const QString &token, const QString &error);

private:
    int m_lastRequest = 0;
};

// The settings file (mode 0600) as a TokenStore: one token, whatever the key, until profiles
// come.
class FileTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit FileTokenStore(AppSettings *settings, QObject *parent = nullptr);

    QString placeName() const override;
    int read(const QString &key) override;
    int write(const QString &key, const QString &token) override;
    int remove(const QString &key) override;

private:
    AppSettings *m_settings;
};

} // namespace dlq
