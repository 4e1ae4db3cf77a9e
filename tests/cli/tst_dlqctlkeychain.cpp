// dlqctl reads the token DLQ Manager keeps in the system keychain: a real Secret Service
// (registered with KEYRING: gnome-keyring on a private bus, tests/support/with-keyring.sh) and
// the real binary against a SandboxServer in this process. Waits spin this event loop
// (QSignalSpy::wait), so the sandbox answers while dlqctl runs.

#include "support/dlqctlprocess.h"
#include "support/keyring.h"

#include "sandbox/sandboxserver.h"
#include "settings/tokenkeeper.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {
const QString kToken = QStringLiteral("eyJcli-keychain-token-5151");

using Outcome = test::DlqctlRun;
} // namespace

class TestDlqctlKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aTokenTheAppKeepsInTheKeychainIsUsed();
    void aMissingKeychainEntryIsReportedNotGuessed();

private:
    // The app's settings as the app leaves them once the token is in the keychain.
    void writeAppSettings();
    Outcome runDelete();

    SandboxServer m_server;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TestDlqctlKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh (ctest does)");
    QVERIFY(m_server.listen());
    m_server.setToken(kToken);
}

void TestDlqctlKeychain::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    writeAppSettings();
}

void TestDlqctlKeychain::writeAppSettings()
{
    // QSettings' native location on Unix: $XDG_CONFIG_HOME/<organisation>/<application>.conf.
    const QString dir = m_config->filePath(QStringLiteral("DLQ Manager"));
    QVERIFY(QDir().mkpath(dir));
    QSettings file(dir + QStringLiteral("/dlq-manager.conf"), QSettings::IniFormat);
    file.setValue(QStringLiteral("auth/storage"), QStringLiteral("keychain"));
    file.setValue(QStringLiteral("app/configured"), true);
    file.sync();
    QCOMPARE(file.status(), QSettings::NoError);
}

Outcome TestDlqctlKeychain::runDelete()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QSTASH_TOKEN"));
    env.remove(QStringLiteral("QSTASH_URL"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    return test::runDlqctl({QStringLiteral("delete"), QStringLiteral("--base-url"),
                            m_server.baseUrl().toString(), QStringLiteral("--yes"),
                            QStringLiteral("1600000000001-0")},
                           env, {}, 60000);
}

void TestDlqctlKeychain::aTokenTheAppKeepsInTheKeychainIsUsed()
{
    QVERIFY(keyringStore(TokenKeeper::defaultKey(), kToken));
    const Outcome r = runDelete();
    QVERIFY(r.finished);
    // 0: the server accepted the token (the ID itself is not found, which is no error).
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(kToken));
}

void TestDlqctlKeychain::aMissingKeychainEntryIsReportedNotGuessed()
{
    QVERIFY(keyringClear(TokenKeeper::defaultKey()));
    const Outcome r = runDelete();
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 2, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No token")), qPrintable(r.err));
}

QTEST_MAIN(TestDlqctlKeychain)
#include "tst_dlqctlkeychain.moc"
