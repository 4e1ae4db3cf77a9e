#pragma once

#include "net/endpoint.h"
#include "net/limits.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

class QSettings;

namespace dlq {

// One table of typed keys with defaults. The QSettings store and the environment are
// injected so tests use a throwaway file and a fake environment.
// The settings file is kept at mode 0600 on Unix. It holds the token only when the user chose
// it as the token's place (no keychain reachable) or before the token migrated into the
// keychain; otherwise it says only where the token is (TokenKeeper moves it).
class AppSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = limits::kDefaultConcurrency;
    static constexpr int kMaxConcurrency = limits::kMaxWindowConcurrency; // see limits.h
    static constexpr int kDefaultTimeoutSeconds = 30;
    static constexpr int kMaxTimeoutSeconds = 600;
    static constexpr int kDefaultMaxAttempts = limits::kDefaultAttempts;
    static constexpr int kMaxMaxAttempts = limits::kMaxAttempts;
    static constexpr int kDefaultMaxRetryDelaySeconds = 30;
    static constexpr int kMaxRetryDelaySeconds = 600;
    static constexpr int kMaxRequestsPerSecond = 1000; // 0: automatic
    static constexpr int kDefaultHistoryRetentionDays = 180;
    static constexpr int kMaxHistoryRetentionDays = 36500;

    // Where the stored token lives. Unset: never chosen (a token in the file then dates from
    // before the keychain and migrates on the next start).
    enum class TokenStorage { Unset, File, Keychain };

    explicit AppSettings(QSettings *store,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         QObject *parent = nullptr);

    // Named profiles, each with its own server, token place, pacing, colour and production
    // flag. Settings written before profiles existed are the profile "Default": its values
    // stay under their old keys (so older builds and the default keychain entry keep working),
    // and a file without a profile list reads as holding just that one; nothing is written
    // until a profile is added or chosen. Each returns an error sentence, empty on success.
    static QString defaultProfileName();
    QStringList profileNames() const;
    QString currentProfile() const;
    // Stored as the current profile; refused while a run is in progress.
    QString switchProfile(const QString &name, bool runInProgress);
    // For this object only, never stored (dlqctl --profile).
    QString useProfile(const QString &name);
    QString addProfile(const QString &name);
    // Why `name` cannot name a profile (empty, or another profile's name than `except`'s);
    // empty when it can.
    QString checkProfileName(const QString &name, const QString &except = QString()) const;
    // Another object on the same file with `name` as its profile (useProfile()), for editing
    // a profile that is not the current one; null for an unknown name.
    AppSettings *profileView(const QString &name, QObject *parent) const;
    QString renameProfile(const QString &name, const QString &newName);
    // A new profile with `name`'s server, pacing, colour and production flag; not its token,
    // which stays in `name`'s own entry.
    QString duplicateProfile(const QString &name, const QString &newName);
    // Not the current one, nor "Default" (whose values are the file's unscoped keys). Its
    // keychain entry (tokenKey() while it was current) is the caller's to remove.
    QString removeProfile(const QString &name);
    // The current profile's colour ("#rrggbb", empty: none) and production flag.
    QString profileColour() const;
    void setProfileColour(const QString &colour);
    bool isProduction() const;
    void setProduction(bool production);
    // The current profile's keychain entry: the default profile keeps TokenKeeper's old one.
    QString tokenKey() const;

    // True once the user saved the settings dialog (or the environment provides a token).
    bool isConfigured() const;

    EndpointPreset preset() const;
    void setPreset(EndpointPreset preset);
    QUrl customUrl() const;
    void setCustomUrl(const QUrl &url);
    // QSTASH_URL wins over the stored preset when set.
    bool baseUrlFromEnvironment() const;
    QUrl environmentBaseUrl() const;
    // The URL requests go to: QSTASH_URL, else the preset's URL, else the custom URL.
    // Empty for the Sandbox preset (its port is only known once it listens).
    QUrl effectiveBaseUrl() const;
    bool usesSandbox() const; // Sandbox preset and no QSTASH_URL override

    TokenStorage tokenStorage() const;
    void setTokenStorage(TokenStorage storage);
    // The token in effect from storage: the keychain's copy once read, else the file's.
    QString storedToken() const;
    QString fileToken() const;           // the plain copy in the settings file
    void setToken(const QString &token); // the file's copy; empty clears it
    // The keychain's copy, held in memory only (TokenKeeper reads and writes the keychain).
    void setKeychainToken(const QString &token);
    // True while the token is being read from the keychain: nothing may be sent yet.
    bool tokenPending() const;
    void setTokenPending(bool pending);
    bool tokenFromEnvironment() const; // QSTASH_TOKEN set and not empty
    QString effectiveToken() const;    // QSTASH_TOKEN, else the stored token
    // What the UI may show of a token: "…" + last 4 characters; never more.
    static QString fingerprint(const QString &token);

    int concurrency() const; // 1..kMaxConcurrency
    void setConcurrency(int value);
    int timeoutSeconds() const; // 1..kMaxTimeoutSeconds
    void setTimeoutSeconds(int value);
    int maxAttempts() const; // per ID and run, first try included: 1..kMaxMaxAttempts
    void setMaxAttempts(int value);
    int maxRetryDelaySeconds() const; // cap of the retry backoff: 1..kMaxRetryDelaySeconds
    void setMaxRetryDelaySeconds(int value);
    // 0 (the default): paced by the server's rate-limit answers; else at most this many.
    int maxRequestsPerSecond() const;
    void setMaxRequestsPerSecond(int value);
    // Runs older than this many days leave the history at the next start; 0 keeps all.
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    // Save each entry (fetched first for pasted IDs) before deleting it. Default on.
    bool snapshotBeforeDelete() const;
    void setSnapshotBeforeDelete(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &value);

    // Keys a feature keeps for itself (the DLQ view's layout and saved filters: BrowseSettings),
    // in the same 0600 file.
    QVariant extraValue(const QString &key, const QVariant &fallback = {}) const;
    void setExtraValue(const QString &key, const QVariant &value);

    void markConfigured();
    // Writes to disk and (re)applies mode 0600 to the settings file.
    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    QString profileId(const QString &name) const;
    QString currentProfileId() const;
    QString scoped(const QString &key) const;
    QString profileMetaKey(const QString &key) const;
    void setBytes(const QString &key, const QByteArray &value);
    int intSetting(const QString &key, int min, int max, int fallback) const;
    void setIntSetting(const QString &key, int clamped, int current);
    void writeValue(const QString &key, const QVariant &value);
    void removeValue(const QString &key);

    QSettings *m_store;
    QProcessEnvironment m_env;
    QString m_keychainToken;
    bool m_tokenPending = false;
    QString m_profileOverride; // useProfile(): an id
};

} // namespace dlq
