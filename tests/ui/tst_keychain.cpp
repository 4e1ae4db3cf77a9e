// The token in a real Secret Service: gnome-keyring on a private session bus under a fresh
// HOME (registered with KEYRING, run through tests/support/with-keyring.sh). What the keyring
// holds is checked from outside with secret-tool.

#include "support/guitest.h"
#include "support/keyring.h"

#include "secrets/keychainstore.h"
#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/targetresolver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace dlq;

namespace {
const QString kToken = QStringLiteral("eyJkeychain-token-4242");
const QString kPlain = QStringLiteral("eyJplain-old-token-7777");

// A server that needs no answer: these tests never send anything.
void useLoopbackServer(AppSettings *settings)
{
    settings->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    settings->setPreset(EndpointPreset::Custom);
    settings->markConfigured();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void savingFromTheDialogPutsTheTokenInTheKeychainAndNotInTheFile();
    void aPlainTokenInTheSettingsFileMovesIntoTheKeychainAtStart();
    void nothingCanBeSentUntilTheTokenIsReadFromTheKeychain();
    void removingTheTokenRemovesItFromTheKeychain();
    void aStoreDestroyedWithJobsPendingLetsThemFinishSafely_data();
    void aStoreDestroyedWithJobsPendingLetsThemFinishSafely();
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh (ctest does)");
    // The keyring answers from outside as well as through the app.
    QVERIFY(keyringStore(QStringLiteral("probe"), QStringLiteral("probe-secret")));
    QCOMPARE(keyringLookup(QStringLiteral("probe")), QStringLiteral("probe-secret"));
}

void TestKeychain::init()
{
    QVERIFY(keyringClear(TokenKeeper::defaultKey()));
    QVERIFY(keyringLookup(TokenKeeper::defaultKey()).isEmpty());
}

void TestKeychain::savingFromTheDialogPutsTheTokenInTheKeychainAndNotInTheFile()
{
    TestSettings ts;
    AppSettings *settings = ts.settings.get();
    KeychainTokenStore keychain;
    TokenKeeper keeper(settings, &keychain);
    TargetResolver resolver(settings);
    QNetworkAccessManager nam;
    QWidget parent;
    parent.show();
    auto *dialog = new SettingsDialog(settings, &resolver, &keeper, &nam, &parent);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("tokenNoteLabel"));
    // Nothing is stored yet: the note says where a saved token goes, not that one is there.
    QVERIFY2(!note->text().contains(QStringLiteral("Stored in")), qPrintable(note->text()));
    QVERIFY(note->text().contains(
        QStringLiteral("No token is stored. A token you save goes to the system keychain.")));
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("tokenInFileCheck"))->isVisible());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), kToken);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);

    QCOMPARE(keyringLookup(TokenKeeper::defaultKey()), kToken);
    QCOMPARE(settings->tokenStorage(), AppSettings::TokenStorage::Keychain);
    QCOMPARE(settings->effectiveToken(), kToken);
    const QByteArray onDisk = fileBytes(settings->fileName());
    QVERIFY(onDisk.contains("storage=keychain"));
    QVERIFY(!onDisk.contains(kToken.toUtf8()));
    QVERIFY(!onDisk.contains("4242"));

    // Opened again, the dialog says where the saved token is.
    auto *again = new SettingsDialog(settings, &resolver, &keeper, &nam, &parent);
    again->open();
    QVERIFY(QTest::qWaitForWindowExposed(again));
    QVERIFY(again->findChild<QLabel *>(QStringLiteral("tokenNoteLabel"))
                ->text()
                .contains(QStringLiteral("Stored in the system keychain.")));
}

void TestKeychain::aPlainTokenInTheSettingsFileMovesIntoTheKeychainAtStart()
{
    TestSettings ts;
    AppSettings *settings = ts.settings.get();
    useLoopbackServer(settings);
    settings->setToken(kPlain); // as saved by a build before the keychain
    QVERIFY(fileBytes(settings->fileName()).contains(kPlain.toUtf8()));

    KeychainTokenStore keychain;
    QNetworkAccessManager nam;
    MainWindow window(settings, &nam, QString(), &keychain);
    window.show();
    // The plain copy is in effect at once, and stays until the keychain confirmed the write
    // (which needs the event loop: D-Bus).
    QCOMPARE(window.target().token, kPlain);
    QCOMPARE(settings->fileToken(), kPlain);
    QTRY_COMPARE(settings->tokenStorage(), AppSettings::TokenStorage::Keychain);

    QCOMPARE(keyringLookup(TokenKeeper::defaultKey()), kPlain);
    QVERIFY(settings->fileToken().isEmpty());
    QVERIFY(!fileBytes(settings->fileName()).contains(kPlain.toUtf8()));
    QCOMPARE(window.target().token, kPlain);
    QVERIFY(window.tokenKeeper()->keychainProblem().isEmpty());
}

void TestKeychain::nothingCanBeSentUntilTheTokenIsReadFromTheKeychain()
{
    QVERIFY(keyringStore(TokenKeeper::defaultKey(), kToken));
    TestSettings ts;
    AppSettings *settings = ts.settings.get();
    useLoopbackServer(settings);
    settings->setTokenStorage(AppSettings::TokenStorage::Keychain);

    KeychainTokenStore keychain;
    QNetworkAccessManager nam;
    MainWindow window(settings, &nam, QString(), &keychain);
    window.addIdsFromText(QStringLiteral("1752829295505-0"), QStringLiteral("test"));
    // The keychain answers over D-Bus, so nothing is known before the event loop runs.
    QVERIFY(!window.target().isUsable());
    QCOMPARE(window.target().problem, QStringLiteral("Reading the token from the keychain…"));
    window.show();

    QTRY_COMPARE(window.target().token, kToken);
    QVERIFY(window.target().isUsable());
    QTRY_VERIFY(window.actions().deleteIds->isEnabled());
    QVERIFY(!fileBytes(settings->fileName()).contains(kToken.toUtf8()));
}

void TestKeychain::removingTheTokenRemovesItFromTheKeychain()
{
    TestSettings ts;
    AppSettings *settings = ts.settings.get();
    KeychainTokenStore keychain;
    TokenKeeper keeper(settings, &keychain);
    QSignalSpy saved(&keeper, &TokenKeeper::saveFinished);
    keeper.save(kToken, false);
    QVERIFY(saved.wait());
    QVERIFY2(saved.last().at(0).toBool(), qPrintable(saved.last().at(1).toString()));
    QCOMPARE(keyringLookup(TokenKeeper::defaultKey()), kToken);

    keeper.save(QString(), false);
    QVERIFY(saved.wait());
    QCOMPARE(saved.last().at(0).toBool(), true);
    QVERIFY(keyringLookup(TokenKeeper::defaultKey()).isEmpty());
    QCOMPARE(settings->tokenStorage(), AppSettings::TokenStorage::Unset);
    QVERIFY(settings->storedToken().isEmpty());
}

// The window can go (profile switch, quit) while the keychain still owes an answer, right after
// asking or once the request is out on D-Bus. QtKeychain's answer calls into its job, so the job
// must outlive the store and then delete itself; the write still lands.
void TestKeychain::aStoreDestroyedWithJobsPendingLetsThemFinishSafely_data()
{
    QTest::addColumn<bool>("jobsStarted");
    QTest::newRow("right after asking") << false;
    QTest::newRow("with the jobs started") << true;
}

void TestKeychain::aStoreDestroyedWithJobsPendingLetsThemFinishSafely()
{
    QFETCH(bool, jobsStarted);
    const QString key = QStringLiteral("gone-early");
    QVERIFY(keyringClear(key));
    auto *store = new KeychainTokenStore;
    store->read(TokenKeeper::defaultKey());
    store->write(key, kToken);
    const QList<QObject *> jobs = store->findChildren<QObject *>(Qt::FindDirectChildrenOnly);
    QCOMPARE(jobs.size(), 2);
    int jobsGone = 0;
    for (QObject *job : jobs)
        connect(job, &QObject::destroyed, this, [&jobsGone] { ++jobsGone; });
    if (jobsStarted) // from the event loop, after QtKeychain's queued start has sent the read
        QTimer::singleShot(0, store, [store] { delete store; });
    else
        delete store;
    QTRY_COMPARE(jobsGone, 2);

    // The write went through, and the keychain still answers the next store (whose answer comes
    // after the dropped ones, so those have been delivered by then).
    KeychainTokenStore next;
    QSignalSpy done(&next, &TokenStore::finished);
    const int request = next.read(key);
    QVERIFY(done.wait());
    QCOMPARE(done.last().at(0).toInt(), request);
    QCOMPARE(done.last().at(2).toString(), QString());
    QCOMPARE(done.last().at(1).toString(), kToken);
    QCOMPARE(keyringLookup(key), kToken);
    QVERIFY(keyringClear(key));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
