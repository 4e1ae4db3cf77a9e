#include "settings/appsettings.h"

#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace dlq {

namespace {

const QString kPresetKey = QStringLiteral("endpoint/preset");
const QString kCustomUrlKey = QStringLiteral("endpoint/customUrl");
const QString kTokenKey = QStringLiteral("auth/token");
const QString kStorageKey = QStringLiteral("auth/storage");
const QString kStorageFile = QStringLiteral("file");
const QString kStorageKeychain = QStringLiteral("keychain");
const QString kConcurrencyKey = QStringLiteral("run/concurrency");
const QString kTimeoutKey = QStringLiteral("run/timeoutSeconds");
const QString kMaxAttemptsKey = QStringLiteral("run/maxAttempts");
const QString kMaxRetryDelayKey = QStringLiteral("run/maxRetryDelaySeconds");
const QString kMaxRateKey = QStringLiteral("run/maxRequestsPerSecond");
const QString kHistoryDaysKey = QStringLiteral("history/retentionDays");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kHeaderKey = QStringLiteral("window/header");
const QString kConfiguredKey = QStringLiteral("app/configured");

const QString kEnvToken = QStringLiteral("QSTASH_TOKEN");
const QString kEnvUrl = QStringLiteral("QSTASH_URL");

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// QFileDevice reports the owner bits twice (ReadOwner and ReadUser); only the group and
// world bits tell whether someone else can read the file.
constexpr QFileDevice::Permissions kOthersBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther;

// Returns false when the file could not be created or restricted; the caller still writes,
// because refusing to save settings would be worse than a warning in the log.
bool makeOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        // Created with 0600 from the start: a create-then-chmod would leave a window in
        // which the file has the umask's mode.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
            // Someone else may have created it in between; fall through to the chmod.
            if (!file.exists()) {
                qCWarning(lcSettings)
                    << "cannot create settings file" << path << file.errorString();
                return false;
            }
        }
        file.close();
    }
    if (file.permissions() & kOthersBits) {
        if (!file.setPermissions(kOwnerOnly)) {
            qCWarning(lcSettings) << "cannot restrict settings file to its owner" << path
                                  << file.errorString();
            return false;
        }
    }
    return true;
#else
    // Per-user profile ACLs protect the file on Windows; Unix permission bits don't apply.
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace

AppSettings::AppSettings(QSettings *store, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_store(store), m_env(env)
{
    Q_ASSERT(m_store);
    // A file written by an older build, or copied around, may hold a token and be readable
    // by others; tighten it now rather than on the next save.
    if (QFileInfo::exists(fileName()))
        makeOwnerOnly(fileName());
}

bool AppSettings::isConfigured() const
{
    return m_store->value(kConfiguredKey, false).toBool() || tokenFromEnvironment();
}

EndpointPreset AppSettings::preset() const
{
    return presetFromKey(m_store->value(kPresetKey).toString());
}

void AppSettings::setPreset(EndpointPreset preset)
{
    if (preset == this->preset())
        return;
    writeValue(kPresetKey, presetInfo(preset).key);
    Q_EMIT changed();
}

QUrl AppSettings::customUrl() const
{
    const QString text = m_store->value(kCustomUrlKey).toString();
    if (text.isEmpty())
        return {};
    return QUrl(text, QUrl::StrictMode);
}

void AppSettings::setCustomUrl(const QUrl &url)
{
    if (url == customUrl())
        return;
    if (url.isEmpty())
        removeValue(kCustomUrlKey);
    else
        writeValue(kCustomUrlKey, url.toString(QUrl::FullyEncoded));
    Q_EMIT changed();
}

bool AppSettings::baseUrlFromEnvironment() const
{
    return !m_env.value(kEnvUrl).trimmed().isEmpty();
}

QUrl AppSettings::environmentBaseUrl() const
{
    const QString text = m_env.value(kEnvUrl).trimmed();
    if (text.isEmpty())
        return {};
    // Strict: a mistyped URL must fail checkBaseUrl() instead of being "fixed" into some
    // other host that then receives the token.
    return withoutTrailingSlash(QUrl(text, QUrl::StrictMode));
}

QUrl AppSettings::effectiveBaseUrl() const
{
    if (baseUrlFromEnvironment())
        return environmentBaseUrl();
    const EndpointPreset p = preset();
    if (p == EndpointPreset::Sandbox)
        return {};
    const QUrl presetUrl = presetInfo(p).url;
    if (!presetUrl.isEmpty())
        return withoutTrailingSlash(presetUrl);
    return withoutTrailingSlash(customUrl());
}

bool AppSettings::usesSandbox() const
{
    return preset() == EndpointPreset::Sandbox && !baseUrlFromEnvironment();
}

AppSettings::TokenStorage AppSettings::tokenStorage() const
{
    const QString value = m_store->value(kStorageKey).toString();
    if (value == kStorageKeychain)
        return TokenStorage::Keychain;
    if (value == kStorageFile)
        return TokenStorage::File;
    return TokenStorage::Unset;
}

void AppSettings::setTokenStorage(TokenStorage storage)
{
    if (storage == tokenStorage())
        return;
    if (storage == TokenStorage::Unset)
        removeValue(kStorageKey);
    else
        writeValue(kStorageKey,
                   storage == TokenStorage::Keychain ? kStorageKeychain : kStorageFile);
    sync();
    Q_EMIT changed();
}

QString AppSettings::storedToken() const
{
    return tokenStorage() == TokenStorage::Keychain ? m_keychainToken : fileToken();
}

QString AppSettings::fileToken() const
{
    return m_store->value(kTokenKey).toString();
}

void AppSettings::setKeychainToken(const QString &token)
{
    const QString clean = token.trimmed();
    if (clean == m_keychainToken)
        return;
    m_keychainToken = clean;
    Q_EMIT changed();
}

bool AppSettings::tokenPending() const
{
    return m_tokenPending;
}

void AppSettings::setTokenPending(bool pending)
{
    if (pending == m_tokenPending)
        return;
    m_tokenPending = pending;
    Q_EMIT changed();
}

void AppSettings::setToken(const QString &token)
{
    // Pasted tokens often carry a trailing newline; the server would reject them as is.
    const QString clean = token.trimmed();
    if (clean == fileToken())
        return;
    if (clean.isEmpty()) {
        removeValue(kTokenKey);
    } else {
        // The secret must reach the disk only inside a file that is already 0600.
        makeOwnerOnly(fileName());
        writeValue(kTokenKey, clean);
    }
    sync();
    Q_EMIT changed();
}

bool AppSettings::tokenFromEnvironment() const
{
    return !m_env.value(kEnvToken).trimmed().isEmpty();
}

QString AppSettings::effectiveToken() const
{
    const QString fromEnv = m_env.value(kEnvToken).trimmed();
    return fromEnv.isEmpty() ? storedToken() : fromEnv;
}

QString AppSettings::fingerprint(const QString &token)
{
    const QChar ellipsis(0x2026);
    if (token.isEmpty())
        return {};
    // Never show more than 4 characters, and never more than half of a short token, so the
    // fingerprint can't help anyone guess it.
    if (token.size() >= 8)
        return ellipsis + token.right(4);
    if (token.size() >= 4)
        return ellipsis + token.right(2);
    return QStringLiteral("set");
}

int AppSettings::concurrency() const
{
    bool ok = false;
    const int value = m_store->value(kConcurrencyKey).toInt(&ok);
    return ok ? std::clamp(value, 1, kMaxConcurrency) : kDefaultConcurrency;
}

void AppSettings::setConcurrency(int value)
{
    const int clamped = std::clamp(value, 1, kMaxConcurrency);
    if (clamped == concurrency())
        return;
    writeValue(kConcurrencyKey, clamped);
    Q_EMIT changed();
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int value = m_store->value(kTimeoutKey).toInt(&ok);
    return ok ? std::clamp(value, 1, kMaxTimeoutSeconds) : kDefaultTimeoutSeconds;
}

void AppSettings::setTimeoutSeconds(int value)
{
    const int clamped = std::clamp(value, 1, kMaxTimeoutSeconds);
    if (clamped == timeoutSeconds())
        return;
    writeValue(kTimeoutKey, clamped);
    Q_EMIT changed();
}

int AppSettings::maxAttempts() const
{
    return intSetting(kMaxAttemptsKey, 1, kMaxMaxAttempts, kDefaultMaxAttempts);
}

void AppSettings::setMaxAttempts(int value)
{
    setIntSetting(kMaxAttemptsKey, std::clamp(value, 1, kMaxMaxAttempts), maxAttempts());
}

int AppSettings::maxRetryDelaySeconds() const
{
    return intSetting(kMaxRetryDelayKey, 1, kMaxRetryDelaySeconds, kDefaultMaxRetryDelaySeconds);
}

void AppSettings::setMaxRetryDelaySeconds(int value)
{
    setIntSetting(kMaxRetryDelayKey, std::clamp(value, 1, kMaxRetryDelaySeconds),
                  maxRetryDelaySeconds());
}

int AppSettings::maxRequestsPerSecond() const
{
    return intSetting(kMaxRateKey, 0, kMaxRequestsPerSecond, 0);
}

void AppSettings::setMaxRequestsPerSecond(int value)
{
    setIntSetting(kMaxRateKey, std::clamp(value, 0, kMaxRequestsPerSecond), maxRequestsPerSecond());
}

int AppSettings::historyRetentionDays() const
{
    return intSetting(kHistoryDaysKey, 0, kMaxHistoryRetentionDays, kDefaultHistoryRetentionDays);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_store->value(kGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &value)
{
    setBytes(kGeometryKey, value);
}

QByteArray AppSettings::windowState() const
{
    return m_store->value(kStateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &value)
{
    setBytes(kStateKey, value);
}

QByteArray AppSettings::splitterState() const
{
    return m_store->value(kSplitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &value)
{
    setBytes(kSplitterKey, value);
}

QByteArray AppSettings::headerState() const
{
    return m_store->value(kHeaderKey).toByteArray();
}

void AppSettings::setHeaderState(const QByteArray &value)
{
    setBytes(kHeaderKey, value);
}

void AppSettings::markConfigured()
{
    if (m_store->value(kConfiguredKey, false).toBool())
        return;
    writeValue(kConfiguredKey, true);
    Q_EMIT changed();
}

QVariant AppSettings::extraValue(const QString &key, const QVariant &fallback) const
{
    return m_store->value(key, fallback);
}

void AppSettings::setExtraValue(const QString &key, const QVariant &value)
{
    writeValue(key, value);
}

void AppSettings::sync()
{
    makeOwnerOnly(fileName());
    m_store->sync();
    // QSettings saves through QSaveFile (temporary file + rename). Qt copies the old file's
    // mode onto the replacement, but re-checking costs one stat and also covers a file that
    // was replaced behind our back.
    makeOwnerOnly(fileName());
    if (m_store->status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot save settings to" << fileName();
}

QString AppSettings::fileName() const
{
    return m_store->fileName();
}

int AppSettings::intSetting(const QString &key, int min, int max, int fallback) const
{
    bool ok = false;
    const int value = m_store->value(key).toInt(&ok);
    // A hand-edited file may hold anything; out of range is clamped, unreadable is the default.
    return ok ? std::clamp(value, min, max) : fallback;
}

void AppSettings::setIntSetting(const QString &key, int clamped, int current)
{
    if (clamped == current)
        return;
    writeValue(key, clamped);
    Q_EMIT changed();
}

void AppSettings::setBytes(const QString &key, const QByteArray &value)
{
    if (value == m_store->value(key).toByteArray())
        return;
    if (value.isEmpty())
        removeValue(key);
    else
        writeValue(key, value);
    Q_EMIT changed();
}

void AppSettings::writeValue(const QString &key, const QVariant &value)
{
    // Every file this class creates starts out 0600, whatever goes into it first, so a
    // token written later never lands in a file that others could already open.
    makeOwnerOnly(fileName());
    m_store->setValue(key, value);
}

void AppSettings::removeValue(const QString &key)
{
    m_store->remove(key);
}

} // namespace dlq
