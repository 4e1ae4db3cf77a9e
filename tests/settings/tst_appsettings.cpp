#include "settings/appsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace dlq;

namespace {

const QString kToken = QStringLiteral("eyJVc2VySUQiOiJzZWNyZXQtdG9rZW4tMTIzNDU2Nzg5MCJ9");

// QFileDevice duplicates the owner bits as "User" bits; compare the unix mode instead.
int unixMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

QProcessEnvironment envWith(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : vars)
        env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return env;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_store;

    AppSettings *make(const QProcessEnvironment &env = QProcessEnvironment())
    {
        m_store = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_store.get(), env);
        return m_settings.get();
    }
    std::unique_ptr<AppSettings> m_settings;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sub/s.ini"));
        QFile::remove(m_path);
    }

    void cleanup()
    {
        m_settings.reset();
        m_store.reset();
    }

    void freshSettings_haveDocumentedDefaults()
    {
        AppSettings *s = make();
        QVERIFY(!s->isConfigured());
        QCOMPARE(s->preset(), EndpointPreset::Upstash);
        QVERIFY(s->customUrl().isEmpty());
        QCOMPARE(s->concurrency(), AppSettings::kDefaultConcurrency);
        QCOMPARE(s->timeoutSeconds(), AppSettings::kDefaultTimeoutSeconds);
        QVERIFY(s->storedToken().isEmpty());
        QVERIFY(s->effectiveToken().isEmpty());
        QVERIFY(!s->tokenFromEnvironment());
        QVERIFY(!s->baseUrlFromEnvironment());
        QVERIFY(!s->usesSandbox());
        QVERIFY(s->windowGeometry().isEmpty());
        QVERIFY(s->windowState().isEmpty());
        QVERIFY(s->splitterState().isEmpty());
        QVERIFY(s->headerState().isEmpty());
        QCOMPARE(s->fileName(), m_path);
    }

    void concurrencyAndTimeout_areClampedToTheirRanges()
    {
        AppSettings *s = make();
        s->setConcurrency(0);
        QCOMPARE(s->concurrency(), 1);
        s->setConcurrency(1000);
        QCOMPARE(s->concurrency(), AppSettings::kMaxConcurrency);
        s->setConcurrency(-5);
        QCOMPARE(s->concurrency(), 1);
        s->setConcurrency(12);
        QCOMPARE(s->concurrency(), 12);

        s->setTimeoutSeconds(0);
        QCOMPARE(s->timeoutSeconds(), 1);
        s->setTimeoutSeconds(100000);
        QCOMPARE(s->timeoutSeconds(), AppSettings::kMaxTimeoutSeconds);
        s->setTimeoutSeconds(45);
        QCOMPARE(s->timeoutSeconds(), 45);
    }

    void outOfRangeValuesEditedIntoTheFile_areClampedOnRead()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("run/concurrency"), 999);
            raw.setValue(QStringLiteral("run/timeoutSeconds"), -3);
        }
        AppSettings *s = make();
        QCOMPARE(s->concurrency(), AppSettings::kMaxConcurrency);
        QCOMPARE(s->timeoutSeconds(), 1);
    }

    void garbageNumbersInTheFile_fallBackToDefaults()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("run/concurrency"), QStringLiteral("lots"));
            raw.setValue(QStringLiteral("run/timeoutSeconds"), QStringLiteral(""));
        }
        AppSettings *s = make();
        QCOMPARE(s->concurrency(), AppSettings::kDefaultConcurrency);
        QCOMPARE(s->timeoutSeconds(), AppSettings::kDefaultTimeoutSeconds);
    }

    void retryAndPacingSettings_haveDefaultsAndAreClamped()
    {
        AppSettings *s = make();
        QCOMPARE(s->maxAttempts(), 5);
        QCOMPARE(s->maxRetryDelaySeconds(), 30);
        QCOMPARE(s->maxRequestsPerSecond(), 0); // automatic
        QSignalSpy changed(s, &AppSettings::changed);
        s->setMaxAttempts(0);
        QCOMPARE(s->maxAttempts(), 1);
        s->setMaxAttempts(99);
        QCOMPARE(s->maxAttempts(), AppSettings::kMaxMaxAttempts);
        QCOMPARE(AppSettings::kMaxMaxAttempts, 20);
        s->setMaxRetryDelaySeconds(0);
        QCOMPARE(s->maxRetryDelaySeconds(), 1);
        s->setMaxRetryDelaySeconds(100000);
        QCOMPARE(s->maxRetryDelaySeconds(), 600);
        s->setMaxRequestsPerSecond(-5);
        QCOMPARE(s->maxRequestsPerSecond(), 0);
        s->setMaxRequestsPerSecond(5000);
        QCOMPARE(s->maxRequestsPerSecond(), 1000);
        s->setMaxRequestsPerSecond(25);
        QCOMPARE(s->maxRequestsPerSecond(), 25);
        const int emitted = int(changed.size());
        s->setMaxRequestsPerSecond(25); // no change, no signal
        QCOMPARE(int(changed.size()), emitted);
        s->sync();
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("run/maxAttempts")).toInt(), 20);
        QCOMPARE(raw.value(QStringLiteral("run/maxRetryDelaySeconds")).toInt(), 600);
        QCOMPARE(raw.value(QStringLiteral("run/maxRequestsPerSecond")).toInt(), 25);
    }

    void retryAndPacingSettingsEditedIntoTheFile_areClampedOrFallBack()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("run/maxAttempts"), 77);
            raw.setValue(QStringLiteral("run/maxRetryDelaySeconds"), QStringLiteral("soon"));
            raw.setValue(QStringLiteral("run/maxRequestsPerSecond"), -1);
        }
        AppSettings *s = make();
        QCOMPARE(s->maxAttempts(), 20);
        QCOMPARE(s->maxRetryDelaySeconds(), 30);
        QCOMPARE(s->maxRequestsPerSecond(), 0);
    }

    // Runs older than this leave the history at start; 0 keeps all, a hand-edited file is clamped.
    void historyRetention_defaults180_andIsReadFromTheFile()
    {
        QCOMPARE(make()->historyRetentionDays(), 180);
        m_settings.reset();
        m_store.reset();
        for (const auto &[raw, expected] : {std::pair<QVariant, int>{30, 30},
                                            {0, 0},
                                            {-5, 0},
                                            {999999, AppSettings::kMaxHistoryRetentionDays},
                                            {QStringLiteral("forever"), 180}}) {
            {
                QSettings file(m_path, QSettings::IniFormat);
                file.setValue(QStringLiteral("history/retentionDays"), raw);
            }
            QCOMPARE(make()->historyRetentionDays(), expected);
            m_settings.reset();
            m_store.reset();
        }
    }

    void tokenFromEnvironment_overridesStoredToken()
    {
        AppSettings *s = make(envWith({{"QSTASH_TOKEN", "env-token-abcdef"}}));
        s->setToken(kToken);
        QCOMPARE(s->storedToken(), kToken);
        QVERIFY(s->tokenFromEnvironment());
        QCOMPARE(s->effectiveToken(), QStringLiteral("env-token-abcdef"));
    }

    void emptyTokenInEnvironment_isIgnored()
    {
        AppSettings *s = make(envWith({{"QSTASH_TOKEN", ""}}));
        s->setToken(kToken);
        QVERIFY(!s->tokenFromEnvironment());
        QCOMPARE(s->effectiveToken(), kToken);
        QVERIFY(!s->isConfigured());
    }

    void tokenFromEnvironment_countsAsConfigured()
    {
        AppSettings *s = make(envWith({{"QSTASH_TOKEN", "env-token-abcdef"}}));
        QVERIFY(s->isConfigured());
    }

    void markConfigured_makesSettingsConfigured()
    {
        AppSettings *s = make();
        QVERIFY(!s->isConfigured());
        s->markConfigured();
        QVERIFY(s->isConfigured());
    }

    void urlFromEnvironment_overridesPresetAndLosesTrailingSlash()
    {
        AppSettings *s = make(envWith({{"QSTASH_URL", "http://127.0.0.1:9999/"}}));
        s->setPreset(EndpointPreset::EuCentral);
        QVERIFY(s->baseUrlFromEnvironment());
        QCOMPARE(s->environmentBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9999")));
        QCOMPARE(s->effectiveBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9999")));
    }

    void urlFromEnvironment_keepsAPathButNotItsTrailingSlash()
    {
        AppSettings *s = make(envWith({{"QSTASH_URL", "https://proxy.example.com/qstash/"}}));
        QCOMPARE(s->effectiveBaseUrl(), QUrl(QStringLiteral("https://proxy.example.com/qstash")));
    }

    void urlFromEnvironment_isParsedStrictly()
    {
        // Tolerant parsing would turn this into a valid URL; strict parsing must not.
        AppSettings *s = make(envWith({{"QSTASH_URL", "https://exa mple.com"}}));
        QVERIFY(s->baseUrlFromEnvironment());
        QVERIFY(!s->effectiveBaseUrl().isValid());
    }

    void urlFromEnvironment_winsOverSandboxPreset()
    {
        AppSettings *s = make(envWith({{"QSTASH_URL", "http://localhost:8080"}}));
        s->setPreset(EndpointPreset::Sandbox);
        QVERIFY(!s->usesSandbox());
        QCOMPARE(s->effectiveBaseUrl(), QUrl(QStringLiteral("http://localhost:8080")));
    }

    void presets_resolveToTheirOwnUrl()
    {
        AppSettings *s = make();
        s->setCustomUrl(QUrl(QStringLiteral("https://custom.example.com")));
        for (EndpointPreset p : {EndpointPreset::Upstash, EndpointPreset::EuCentral,
                                 EndpointPreset::UsEast, EndpointPreset::LocalDev}) {
            s->setPreset(p);
            QCOMPARE(s->preset(), p);
            QVERIFY(!presetInfo(p).url.isEmpty());
            QCOMPARE(s->effectiveBaseUrl(), presetInfo(p).url.adjusted(QUrl::StripTrailingSlash));
            QVERIFY(!s->usesSandbox());
        }
    }

    void customPreset_resolvesToTheCustomUrl()
    {
        AppSettings *s = make();
        s->setPreset(EndpointPreset::Custom);
        s->setCustomUrl(QUrl(QStringLiteral("https://custom.example.com/base/")));
        QCOMPARE(s->effectiveBaseUrl(), QUrl(QStringLiteral("https://custom.example.com/base")));
    }

    void sandboxPreset_hasNoBaseUrlAndUsesSandbox()
    {
        AppSettings *s = make();
        s->setCustomUrl(QUrl(QStringLiteral("https://custom.example.com")));
        s->setPreset(EndpointPreset::Sandbox);
        QVERIFY(s->usesSandbox());
        QVERIFY(s->effectiveBaseUrl().isEmpty());
    }

    void unknownPresetKeyInTheFile_fallsBackToUpstash()
    {
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("endpoint/preset"), QStringLiteral("mars-west-9"));
        }
        AppSettings *s = make();
        QCOMPARE(s->preset(), EndpointPreset::Upstash);
    }

    void presetIsStoredByItsKey()
    {
        AppSettings *s = make();
        s->setPreset(EndpointPreset::UsEast);
        s->sync();
        QSettings raw(m_path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("endpoint/preset")).toString(),
                 presetInfo(EndpointPreset::UsEast).key);
    }

    void fingerprint_neverRevealsMoreThanFourCharacters()
    {
        QCOMPARE(AppSettings::fingerprint(QString()), QString());
        QCOMPARE(AppSettings::fingerprint(kToken), QString(QChar(0x2026) + kToken.right(4)));
        for (int length = 1; length <= 64; ++length) {
            // Distinct characters, so any leaked run of the token is detectable.
            QString token;
            for (int i = 0; i < length; ++i)
                token.append(QChar(u'A' + (i % 26)));
            const QString fp = AppSettings::fingerprint(token);
            QVERIFY2(!fp.isEmpty(), qPrintable(QString::number(length)));
            int revealed = 0;
            for (QChar c : fp) {
                if (token.contains(c))
                    ++revealed;
            }
            QVERIFY2(revealed <= 4, qPrintable(fp));
            QVERIFY2(revealed * 2 <= length, qPrintable(fp));
            QVERIFY2(fp != token, qPrintable(fp));
        }
    }

    void savingToken_leavesSettingsFileReadableByOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#endif
        AppSettings *s = make();
        s->setToken(kToken);
        s->sync();
        QCOMPARE(unixMode(m_path), 0600);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(kToken.toUtf8()));
    }

    void secondSync_keepsSettingsFileReadableByOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#endif
        AppSettings *s = make();
        s->setToken(kToken);
        s->sync();
        s->setConcurrency(9);
        s->setToken(kToken + QStringLiteral("x"));
        s->sync();
        QCOMPARE(unixMode(m_path), 0600);
        s->sync();
        QCOMPARE(unixMode(m_path), 0600);
    }

    void settingsFile_isOwnerOnlyFromItsFirstWrite_evenWithPermissiveUmask()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#else
        const mode_t previous = ::umask(0);
        AppSettings *s = make();
        s->setConcurrency(3); // not yet synced: the file must already exist with 0600
        const int modeBeforeSync = unixMode(m_path);
        s->setToken(kToken);
        s->sync();
        const int modeAfterSync = unixMode(m_path);
        ::umask(previous);
        QCOMPARE(modeBeforeSync, 0600);
        QCOMPARE(modeAfterSync, 0600);
#endif
    }

    void worldReadableSettingsFile_isTightenedWhenOpened()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#endif
        {
            QSettings raw(m_path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("auth/token"), kToken);
        }
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(unixMode(m_path), 0644);
        AppSettings *s = make();
        QCOMPARE(unixMode(m_path), 0600);
        QCOMPARE(s->storedToken(), kToken);
    }

    void clearingToken_removesItFromTheFile()
    {
        AppSettings *s = make();
        s->setToken(kToken);
        s->setToken(QString());
        s->sync();
        QVERIFY(s->storedToken().isEmpty());
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kToken.toUtf8()));
    }

    void pastedTokenWithWhitespace_isStoredTrimmed()
    {
        AppSettings *s = make();
        s->setToken(QStringLiteral("  ") + kToken + QStringLiteral("\n"));
        QCOMPARE(s->storedToken(), kToken);
    }

    void changed_isEmittedOnlyWhenAValueChanges()
    {
        AppSettings *s = make();
        QSignalSpy spy(s, &AppSettings::changed);

        s->setConcurrency(AppSettings::kDefaultConcurrency);
        s->setTimeoutSeconds(AppSettings::kDefaultTimeoutSeconds);
        s->setPreset(EndpointPreset::Upstash);
        s->setCustomUrl(QUrl());
        s->setToken(QString());
        s->setWindowGeometry({});
        QCOMPARE(spy.count(), 0);

        s->setConcurrency(10);
        QCOMPARE(spy.count(), 1);
        s->setConcurrency(10);
        s->setConcurrency(AppSettings::kMaxConcurrency + 1);
        QCOMPARE(spy.count(), 2);
        s->setConcurrency(AppSettings::kMaxConcurrency + 5); // clamps to the same value
        QCOMPARE(spy.count(), 2);

        s->setTimeoutSeconds(60);
        s->setTimeoutSeconds(60);
        QCOMPARE(spy.count(), 3);

        s->setPreset(EndpointPreset::Sandbox);
        s->setPreset(EndpointPreset::Sandbox);
        QCOMPARE(spy.count(), 4);

        s->setCustomUrl(QUrl(QStringLiteral("https://a.example.com")));
        s->setCustomUrl(QUrl(QStringLiteral("https://a.example.com")));
        QCOMPARE(spy.count(), 5);

        s->setToken(kToken);
        s->setToken(kToken);
        QCOMPARE(spy.count(), 6);

        s->setWindowGeometry("geo");
        s->setWindowGeometry("geo");
        s->setWindowState("st");
        s->setWindowState("st");
        s->setSplitterState("sp");
        s->setSplitterState("sp");
        s->setHeaderState("hd");
        s->setHeaderState("hd");
        QCOMPARE(spy.count(), 10);

        s->markConfigured();
        s->markConfigured();
        QCOMPARE(spy.count(), 11);

        s->sync();
        QCOMPARE(spy.count(), 11);
    }

    void allKeys_roundTripThroughASecondInstanceOnTheSameFile()
    {
        const QByteArray geometry("\x01\x02\x00\xffgeometry", 12);
        {
            QSettings store(m_path, QSettings::IniFormat);
            AppSettings s(&store, QProcessEnvironment());
            s.setPreset(EndpointPreset::Custom);
            s.setCustomUrl(QUrl(QStringLiteral("https://custom.example.com:8443/q")));
            s.setToken(kToken);
            s.setConcurrency(17);
            s.setTimeoutSeconds(120);
            s.setWindowGeometry(geometry);
            s.setWindowState("state");
            s.setSplitterState("splitter");
            s.setHeaderState("header");
            s.markConfigured();
            s.sync();
        }
        AppSettings *s = make();
        QVERIFY(s->isConfigured());
        QCOMPARE(s->preset(), EndpointPreset::Custom);
        QCOMPARE(s->customUrl(), QUrl(QStringLiteral("https://custom.example.com:8443/q")));
        QCOMPARE(s->effectiveBaseUrl(), QUrl(QStringLiteral("https://custom.example.com:8443/q")));
        QCOMPARE(s->storedToken(), kToken);
        QCOMPARE(s->effectiveToken(), kToken);
        QCOMPARE(s->concurrency(), 17);
        QCOMPARE(s->timeoutSeconds(), 120);
        QCOMPARE(s->windowGeometry(), geometry);
        QCOMPARE(s->windowState(), QByteArray("state"));
        QCOMPARE(s->splitterState(), QByteArray("splitter"));
        QCOMPARE(s->headerState(), QByteArray("header"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
