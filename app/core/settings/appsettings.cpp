#include "settings/appsettings.h"
#include "util/translate.h"

#include "settings/tokenkeeper.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>
#include <memory>

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
const QString kSnapshotKey = QStringLiteral("run/snapshotBeforeDelete");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kHeaderKey = QStringLiteral("window/header");
const QString kConfiguredKey = QStringLiteral("app/configured");

const QString kProfileIdsKey = QStringLiteral("profiles/ids");
const QString kCurrentProfileKey = QStringLiteral("profiles/current");
const QString kProfilesGroup = QStringLiteral("profiles/");
const QString kDefaultProfileId = QStringLiteral("default");

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

QString AppSettings::defaultProfileName()
{
    return QStringLiteral("Default");
}

QStringList AppSettings::profileNames() const
{
    QStringList names;
    const QStringList ids = m_store->value(kProfileIdsKey).toStringList();
    if (ids.isEmpty())
        return {defaultProfileName()};
    for (const QString &id : ids)
        names.append(m_store->value(kProfilesGroup + id + QStringLiteral("/name")).toString());
    return names;
}

QString AppSettings::profileId(const QString &name) const
{
    const QStringList ids = m_store->value(kProfileIdsKey).toStringList();
    if (ids.isEmpty())
        return name == defaultProfileName() ? kDefaultProfileId : QString();
    for (const QString &id : ids) {
        if (m_store->value(kProfilesGroup + id + QStringLiteral("/name")).toString() == name)
            return id;
    }
    return {};
}

QString AppSettings::currentProfileId() const
{
    if (!m_profileOverride.isEmpty())
        return m_profileOverride;
    const QString id = m_store->value(kCurrentProfileKey).toString();
    // A hand-edited or half-written file must not leave the app without a target.
    if (id.isEmpty() || !m_store->value(kProfileIdsKey).toStringList().contains(id))
        return kDefaultProfileId;
    return id;
}

QString AppSettings::currentProfile() const
{
    const QString id = currentProfileId();
    const QString name = m_store->value(kProfilesGroup + id + QStringLiteral("/name")).toString();
    return name.isEmpty() ? defaultProfileName() : name;
}

QString AppSettings::scoped(const QString &key) const
{
    const QString id = currentProfileId();
    return id == kDefaultProfileId ? key : kProfilesGroup + id + QLatin1Char('/') + key;
}

QString AppSettings::profileMetaKey(const QString &key) const
{
    return kProfilesGroup + currentProfileId() + QLatin1Char('/') + key;
}

QString AppSettings::useProfile(const QString &name)
{
    const QString id = profileId(name);
    if (id.isEmpty()) {
        return dlq::tr("Unknown profile “%1”; the profiles are: %2.")
            .arg(name, profileNames().join(QStringLiteral(", ")));
    }
    if (id != currentProfileId()) {
        // The keychain copy in memory is the previous profile's: it must never go to this
        // profile's server. TokenKeeper reads this profile's entry again.
        m_keychainToken.clear();
    }
    m_profileOverride = id;
    Q_EMIT changed();
    return {};
}

QString AppSettings::switchProfile(const QString &name, bool runInProgress)
{
    if (runInProgress) {
        // The run keeps the server and token it started with; a switch now would show one
        // target while requests still go to another.
        return dlq::tr("Cannot switch to the profile “%1” while a run is in "
                       "progress; stop it or wait until it ends.")
            .arg(name);
    }
    const QString error = useProfile(name);
    if (!error.isEmpty())
        return error;
    if (!m_store->contains(kProfileIdsKey))
        addProfile(defaultProfileName()); // writes the list the profile stands in
    writeValue(kCurrentProfileKey, m_profileOverride);
    m_profileOverride.clear();
    sync();
    return {};
}

QString AppSettings::addProfile(const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return checkProfileName(clean);
    QStringList ids = m_store->value(kProfileIdsKey).toStringList();
    if (ids.isEmpty()) {
        // First write: the settings from before profiles become the listed profile "Default".
        ids.append(kDefaultProfileId);
        writeValue(kProfilesGroup + kDefaultProfileId + QStringLiteral("/name"),
                   defaultProfileName());
        writeValue(kProfileIdsKey, ids);
        if (clean == defaultProfileName())
            return {};
    }
    if (const QString problem = checkProfileName(clean); !problem.isEmpty())
        return problem;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    writeValue(kProfilesGroup + id + QStringLiteral("/name"), clean);
    ids.append(id);
    writeValue(kProfileIdsKey, ids);
    sync();
    Q_EMIT changed();
    return {};
}

QString AppSettings::checkProfileName(const QString &name, const QString &except) const
{
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return dlq::tr("A profile needs a name.");
    if (clean != except && !profileId(clean).isEmpty())
        return dlq::tr("There is already a profile named “%1”.").arg(clean);
    return {};
}

AppSettings *AppSettings::profileView(const QString &name, QObject *parent) const
{
    if (profileId(name).isEmpty())
        return nullptr;
    auto *view = new AppSettings(m_store, m_env, parent);
    view->useProfile(name);
    return view;
}

QString AppSettings::renameProfile(const QString &name, const QString &newName)
{
    const QString clean = newName.trimmed();
    const QString id = profileId(name);
    if (id.isEmpty())
        return useProfile(name); // the unknown-name sentence
    if (const QString problem = checkProfileName(clean, name); !problem.isEmpty())
        return problem;
    if (clean == name)
        return {};
    if (!m_store->contains(kProfileIdsKey))
        addProfile(defaultProfileName());
    writeValue(kProfilesGroup + id + QStringLiteral("/name"), clean);
    sync();
    Q_EMIT changed();
    return {};
}

QString AppSettings::duplicateProfile(const QString &name, const QString &newName)
{
    const std::unique_ptr<AppSettings> from(profileView(name, nullptr));
    if (!from)
        return useProfile(name); // the unknown-name sentence
    if (const QString problem = addProfile(newName); !problem.isEmpty())
        return problem;
    const std::unique_ptr<AppSettings> to(profileView(newName.trimmed(), nullptr));
    to->setPreset(from->preset());
    to->setCustomUrl(from->customUrl());
    to->setConcurrency(from->concurrency());
    to->setTimeoutSeconds(from->timeoutSeconds());
    to->setMaxAttempts(from->maxAttempts());
    to->setMaxRetryDelaySeconds(from->maxRetryDelaySeconds());
    to->setMaxRequestsPerSecond(from->maxRequestsPerSecond());
    to->setProfileColour(from->profileColour());
    to->setProduction(from->isProduction());
    sync();
    Q_EMIT changed();
    return {};
}

QString AppSettings::removeProfile(const QString &name)
{
    const QString id = profileId(name);
    if (id.isEmpty())
        return useProfile(name);
    if (id == kDefaultProfileId)
        return dlq::tr("The profile “%1” holds the settings from before "
                       "profiles and cannot be removed; rename it instead.")
            .arg(name);
    if (id == currentProfileId())
        return dlq::tr("The profile “%1” is in use; switch to another one "
                       "first.")
            .arg(name);
    QStringList ids = m_store->value(kProfileIdsKey).toStringList();
    ids.removeAll(id);
    writeValue(kProfileIdsKey, ids);
    removeValue(kProfilesGroup + id);
    sync();
    Q_EMIT changed();
    return {};
}

QString AppSettings::profileColour() const
{
    return m_store->value(profileMetaKey(QStringLiteral("colour"))).toString();
}

void AppSettings::setProfileColour(const QString &colour)
{
    if (colour == profileColour())
        return;
    writeValue(profileMetaKey(QStringLiteral("colour")), colour);
    Q_EMIT changed();
}

bool AppSettings::isProduction() const
{
    return m_store->value(profileMetaKey(QStringLiteral("production")), false).toBool();
}

void AppSettings::setProduction(bool production)
{
    if (production == isProduction())
        return;
    writeValue(profileMetaKey(QStringLiteral("production")), production);
    Q_EMIT changed();
}

QString AppSettings::tokenKey() const
{
    const QString id = currentProfileId();
    return id == kDefaultProfileId ? TokenKeeper::defaultKey()
                                   : TokenKeeper::defaultKey() + QLatin1Char('/') + id;
}

bool AppSettings::isConfigured() const
{
    return m_store->value(kConfiguredKey, false).toBool() || tokenFromEnvironment();
}

EndpointPreset AppSettings::preset() const
{
    return presetFromKey(m_store->value(scoped(kPresetKey)).toString());
}

void AppSettings::setPreset(EndpointPreset preset)
{
    if (preset == this->preset())
        return;
    writeValue(scoped(kPresetKey), presetInfo(preset).key);
    Q_EMIT changed();
}

QUrl AppSettings::customUrl() const
{
    const QString text = m_store->value(scoped(kCustomUrlKey)).toString();
    if (text.isEmpty())
        return {};
    return QUrl(text, QUrl::StrictMode);
}

void AppSettings::setCustomUrl(const QUrl &url)
{
    if (url == customUrl())
        return;
    if (url.isEmpty())
        removeValue(scoped(kCustomUrlKey));
    else
        writeValue(scoped(kCustomUrlKey), url.toString(QUrl::FullyEncoded));
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
    const QString value = m_store->value(scoped(kStorageKey)).toString();
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
        removeValue(scoped(kStorageKey));
    else
        writeValue(scoped(kStorageKey),
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
    return m_store->value(scoped(kTokenKey)).toString();
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
        removeValue(scoped(kTokenKey));
    } else {
        // The secret must reach the disk only inside a file that is already 0600.
        makeOwnerOnly(fileName());
        writeValue(scoped(kTokenKey), clean);
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
    const int value = m_store->value(scoped(kConcurrencyKey)).toInt(&ok);
    return ok ? std::clamp(value, 1, kMaxConcurrency) : kDefaultConcurrency;
}

void AppSettings::setConcurrency(int value)
{
    const int clamped = std::clamp(value, 1, kMaxConcurrency);
    if (clamped == concurrency())
        return;
    writeValue(scoped(kConcurrencyKey), clamped);
    Q_EMIT changed();
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int value = m_store->value(scoped(kTimeoutKey)).toInt(&ok);
    return ok ? std::clamp(value, 1, kMaxTimeoutSeconds) : kDefaultTimeoutSeconds;
}

void AppSettings::setTimeoutSeconds(int value)
{
    const int clamped = std::clamp(value, 1, kMaxTimeoutSeconds);
    if (clamped == timeoutSeconds())
        return;
    writeValue(scoped(kTimeoutKey), clamped);
    Q_EMIT changed();
}

int AppSettings::maxAttempts() const
{
    return intSetting(scoped(kMaxAttemptsKey), 1, kMaxMaxAttempts, kDefaultMaxAttempts);
}

void AppSettings::setMaxAttempts(int value)
{
    setIntSetting(scoped(kMaxAttemptsKey), std::clamp(value, 1, kMaxMaxAttempts), maxAttempts());
}

int AppSettings::maxRetryDelaySeconds() const
{
    return intSetting(scoped(kMaxRetryDelayKey), 1, kMaxRetryDelaySeconds,
                      kDefaultMaxRetryDelaySeconds);
}

void AppSettings::setMaxRetryDelaySeconds(int value)
{
    setIntSetting(scoped(kMaxRetryDelayKey), std::clamp(value, 1, kMaxRetryDelaySeconds),
                  maxRetryDelaySeconds());
}

int AppSettings::maxRequestsPerSecond() const
{
    return intSetting(scoped(kMaxRateKey), 0, kMaxRequestsPerSecond, 0);
}

void AppSettings::setMaxRequestsPerSecond(int value)
{
    setIntSetting(scoped(kMaxRateKey), std::clamp(value, 0, kMaxRequestsPerSecond),
                  maxRequestsPerSecond());
}

int AppSettings::historyRetentionDays() const
{
    return intSetting(kHistoryDaysKey, 0, kMaxHistoryRetentionDays, kDefaultHistoryRetentionDays);
}

void AppSettings::setHistoryRetentionDays(int days)
{
    setIntSetting(kHistoryDaysKey, std::clamp(days, 0, kMaxHistoryRetentionDays),
                  historyRetentionDays());
}

bool AppSettings::snapshotBeforeDelete() const
{
    return m_store->value(kSnapshotKey, true).toBool();
}

void AppSettings::setSnapshotBeforeDelete(bool on)
{
    if (on == snapshotBeforeDelete())
        return;
    writeValue(kSnapshotKey, on);
    Q_EMIT changed();
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
