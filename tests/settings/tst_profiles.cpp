#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dlq;

// Profiles against a real QSettings file: what an older build wrote must read back as the
// profile "Default", and each profile keeps its own server, pacing and keychain entry.
class TestProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<AppSettings> m_settings;

    AppSettings *reopen(const QProcessEnvironment &env = QProcessEnvironment())
    {
        m_settings.reset();
        m_store = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(m_store.get(), env);
        return m_settings.get();
    }

    // A file as the single-target builds wrote it.
    void writeLegacyFile()
    {
        QSettings legacy(m_path, QSettings::IniFormat);
        legacy.setValue(QStringLiteral("endpoint/preset"), QStringLiteral("us-east-1"));
        legacy.setValue(QStringLiteral("run/concurrency"), 3);
        legacy.setValue(QStringLiteral("run/timeoutSeconds"), 45);
        legacy.setValue(QStringLiteral("run/maxAttempts"), 2);
        legacy.setValue(QStringLiteral("auth/storage"), QStringLiteral("keychain"));
        legacy.sync();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
    }

    void legacySettingsReadAsDefaultProfile()
    {
        writeLegacyFile();
        const QByteArray before = [this] {
            QFile f(m_path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        AppSettings *s = reopen();
        QCOMPARE(s->profileNames(), QStringList{QStringLiteral("Default")});
        QCOMPARE(s->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(s->preset(), EndpointPreset::UsEast);
        QCOMPARE(s->concurrency(), 3);
        QCOMPARE(s->timeoutSeconds(), 45);
        QCOMPARE(s->maxAttempts(), 2);
        QCOMPARE(s->tokenStorage(), AppSettings::TokenStorage::Keychain);
        // Existing users keep their keychain entry.
        QCOMPARE(s->tokenKey(), TokenKeeper::defaultKey());
        QVERIFY(!s->isProduction());
        // Reading writes nothing: dlqctl reads this file and promises not to change it.
        m_settings.reset();
        m_store.reset();
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void addedProfileKeepsItsOwnSettings()
    {
        writeLegacyFile();
        AppSettings *s = reopen();
        QCOMPARE(s->addProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->profileNames(),
                 (QStringList{QStringLiteral("Default"), QStringLiteral("prod EU")}));
        QCOMPARE(s->switchProfile(QStringLiteral("prod EU"), false), QString());
        QCOMPARE(s->currentProfile(), QStringLiteral("prod EU"));
        // A new profile starts from the defaults, not from the profile it was made next to.
        QCOMPARE(s->concurrency(), AppSettings::kDefaultConcurrency);
        QCOMPARE(s->tokenStorage(), AppSettings::TokenStorage::Unset);
        QVERIFY(s->tokenKey() != TokenKeeper::defaultKey());
        s->setPreset(EndpointPreset::EuCentral);
        s->setConcurrency(7);
        s->setTimeoutSeconds(90);
        s->setMaxAttempts(4);
        s->setProfileColour(QStringLiteral("#cc0000"));
        s->setProduction(true);
        s->setToken(QStringLiteral("prod-token-in-file"));
        s->sync();
        const QString prodKey = s->tokenKey();

        s = reopen();
        QCOMPARE(s->currentProfile(), QStringLiteral("prod EU"));
        QCOMPARE(s->preset(), EndpointPreset::EuCentral);
        QCOMPARE(s->concurrency(), 7);
        QCOMPARE(s->timeoutSeconds(), 90);
        QCOMPARE(s->maxAttempts(), 4);
        QCOMPARE(s->profileColour(), QStringLiteral("#cc0000"));
        QVERIFY(s->isProduction());
        QCOMPARE(s->fileToken(), QStringLiteral("prod-token-in-file"));
        QCOMPARE(s->tokenKey(), prodKey);

        QCOMPARE(s->switchProfile(QStringLiteral("Default"), false), QString());
        QCOMPARE(s->preset(), EndpointPreset::UsEast);
        QCOMPARE(s->concurrency(), 3);
        QCOMPARE(s->fileToken(), QString());
        QVERIFY(!s->isProduction());
        QCOMPARE(s->tokenKey(), TokenKeeper::defaultKey());
    }

    void switchRefusedDuringRun()
    {
        AppSettings *s = reopen();
        QCOMPARE(s->addProfile(QStringLiteral("staging US")), QString());
        const QString error = s->switchProfile(QStringLiteral("staging US"), true);
        QVERIFY(error.contains(QStringLiteral("run is in progress")));
        QCOMPARE(s->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(reopen()->currentProfile(), QStringLiteral("Default"));
    }

    void unknownAndDuplicateNames()
    {
        AppSettings *s = reopen();
        QCOMPARE(s->addProfile(QStringLiteral("local dev")), QString());
        QVERIFY(!s->addProfile(QStringLiteral("local dev")).isEmpty());
        QVERIFY(!s->addProfile(QStringLiteral("  ")).isEmpty());
        const QString error = s->switchProfile(QStringLiteral("nope"), false);
        QVERIFY(error.contains(QStringLiteral("nope")));
        QVERIFY(error.contains(QStringLiteral("Default, local dev")));
        QCOMPARE(s->currentProfile(), QStringLiteral("Default"));
    }

    void switchForgetsThePreviousKeychainToken()
    {
        AppSettings *s = reopen();
        s->setTokenStorage(AppSettings::TokenStorage::Keychain);
        s->setKeychainToken(QStringLiteral("default-secret"));
        QCOMPARE(s->addProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->switchProfile(QStringLiteral("prod EU"), false), QString());
        s->setTokenStorage(AppSettings::TokenStorage::Keychain);
        QCOMPARE(s->storedToken(), QString());
        QCOMPARE(s->effectiveToken(), QString());
    }

    void renameAndRemove()
    {
        AppSettings *s = reopen();
        QCOMPARE(s->renameProfile(QStringLiteral("Default"), QStringLiteral("local dev")),
                 QString());
        QCOMPARE(s->addProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->switchProfile(QStringLiteral("prod EU"), false), QString());
        s->setConcurrency(9);
        QVERIFY(!s->removeProfile(QStringLiteral("prod EU")).isEmpty()); // in use
        QVERIFY(!s->removeProfile(QStringLiteral("local dev")).isEmpty());
        QVERIFY(
            !s->renameProfile(QStringLiteral("prod EU"), QStringLiteral("local dev")).isEmpty());
        QCOMPARE(s->renameProfile(QStringLiteral("prod EU"), QStringLiteral("prod DE")), QString());
        QCOMPARE(s->concurrency(), 9); // renamed, not reset

        s = reopen();
        QCOMPARE(s->profileNames(),
                 (QStringList{QStringLiteral("local dev"), QStringLiteral("prod DE")}));
        QCOMPARE(s->currentProfile(), QStringLiteral("prod DE"));
        QCOMPARE(s->switchProfile(QStringLiteral("local dev"), false), QString());
        QCOMPARE(s->removeProfile(QStringLiteral("prod DE")), QString());
        QCOMPARE(s->profileNames(), QStringList{QStringLiteral("local dev")});
        QSettings raw(m_path, QSettings::IniFormat);
        for (const QString &key : raw.allKeys())
            QVERIFY2(!key.contains(QLatin1String("run/concurrency")), qPrintable(key));
    }

    void useProfileIsNotStored()
    {
        AppSettings *s = reopen();
        QCOMPARE(s->addProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->useProfile(QStringLiteral("prod EU")), QString());
        QCOMPARE(s->currentProfile(), QStringLiteral("prod EU"));
        QCOMPARE(reopen()->currentProfile(), QStringLiteral("Default"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
