// Profiles and the real Secret Service (gnome-keyring on a private bus, KEYRING): each
// profile's token in its own keychain entry and never in the settings file, removed with its
// profile, and read again when the window switches profile, without the previous profile's
// token ever being used for the new one.

#include "support/guitest.h"
#include "support/keyring.h"

#include "secrets/keychainstore.h"
#include "settings/appsettings.h"
#include "settings/tokenkeeper.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/targetresolver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

namespace {
const QString kHomeToken = QStringLiteral("eyJhome-profile-token-1111");
const QString kStagingToken = QStringLiteral("eyJstaging-profile-token-2222");

void useLoopback(AppSettings *settings, int port)
{
    settings->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    settings->setPreset(EndpointPreset::Custom);
    settings->markConfigured();
}

QString keyOf(AppSettings *settings, const QString &profile)
{
    std::unique_ptr<AppSettings> view(settings->profileView(profile, nullptr));
    return view ? view->tokenKey() : QString();
}
} // namespace

class TestProfileKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_parent;

    SettingsDialog *openDialog(AppSettings *settings, TargetResolver *resolver, TokenKeeper *keeper,
                               QNetworkAccessManager *nam)
    {
        auto *dialog = new SettingsDialog(settings, resolver, keeper, nam, m_parent.get());
        dialog->open();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static bool save(SettingsDialog *dialog)
    {
        QSignalSpy accepted(dialog, &QDialog::accepted);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsSaveButton")),
                          Qt::LeftButton);
        return accepted.size() == 1 || accepted.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (ctest does)");
    }

    void init()
    {
        QVERIFY(keyringClear(TokenKeeper::defaultKey()));
        m_parent = std::make_unique<QWidget>();
        m_parent->resize(900, 700);
        m_parent->show();
    }

    void cleanup() { m_parent.reset(); }

    void eachProfilesTokenHasItsOwnEntry_neverTheFile_andGoesWithItsProfile()
    {
        TestSettings ts;
        AppSettings *settings = ts.settings.get();
        useLoopback(settings, 9);
        KeychainTokenStore keychain;
        TokenKeeper keeper(settings, &keychain);
        TargetResolver resolver(settings);
        QNetworkAccessManager nam;

        SettingsDialog *dialog = openDialog(settings, &resolver, &keeper, &nam);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), kHomeToken);
        QVERIFY(save(dialog));

        dialog = openDialog(settings, &resolver, &keeper, &nam);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addProfileButton")),
                          Qt::LeftButton);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("staging"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")),
                         kStagingToken);
        QVERIFY(save(dialog));

        const QString stagingKey = keyOf(settings, QStringLiteral("staging"));
        QVERIFY(!stagingKey.isEmpty());
        QVERIFY(stagingKey != TokenKeeper::defaultKey());
        QCOMPARE(keyringLookup(TokenKeeper::defaultKey()), kHomeToken);
        QCOMPARE(keyringLookup(stagingKey), kStagingToken);
        // The window's profile keeps its own token.
        QCOMPARE(settings->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(settings->effectiveToken(), kHomeToken);
        const QByteArray onDisk = fileBytes(settings->fileName());
        QVERIFY(!onDisk.contains(kHomeToken.toUtf8()));
        QVERIFY(!onDisk.contains(kStagingToken.toUtf8()));
        QVERIFY(!onDisk.contains("2222"));

        // Removing the profile removes its entry; the other stays.
        dialog = openDialog(settings, &resolver, &keeper, &nam);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentText(), QStringLiteral("staging"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeProfileButton")),
                          Qt::LeftButton);
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox"));
        QVERIFY(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("removeProfileConfirmButton")),
            Qt::LeftButton);
        QTRY_COMPARE(settings->profileNames(), QStringList({QStringLiteral("Default")}));
        QTRY_VERIFY(keyringLookup(stagingKey).isEmpty());
        QCOMPARE(keyringLookup(TokenKeeper::defaultKey()), kHomeToken);
        // QtKeychain crashes when a job is deleted before libsecret has answered it.
        QTRY_VERIFY(keychain.children().isEmpty());
    }

    void switchingReadsTheNewProfilesToken_andNeverUsesTheOldOne()
    {
        TestSettings ts;
        AppSettings *settings = ts.settings.get();
        useLoopback(settings, 9);
        settings->setTokenStorage(AppSettings::TokenStorage::Keychain);
        QVERIFY(keyringStore(TokenKeeper::defaultKey(), kHomeToken));
        QCOMPARE(settings->addProfile(QStringLiteral("staging")), QString());
        const QString stagingKey = keyOf(settings, QStringLiteral("staging"));
        {
            std::unique_ptr<AppSettings> staging(
                settings->profileView(QStringLiteral("staging"), nullptr));
            useLoopback(staging.get(), 19);
            staging->setTokenStorage(AppSettings::TokenStorage::Keychain);
        }
        QVERIFY(keyringStore(stagingKey, kStagingToken));

        // Every state the window could send with: never the home token for staging's server.
        QStringList misuse;
        connect(settings, &AppSettings::changed, this, [&] {
            if (settings->currentProfile() == QStringLiteral("staging") &&
                settings->effectiveToken() == kHomeToken)
                misuse << settings->effectiveBaseUrl().toString();
        });

        KeychainTokenStore keychain;
        QNetworkAccessManager nam;
        MainWindow window(settings, &nam, QString(), &keychain);
        window.show();
        // Switched before the keychain answered for the first profile: that answer is dropped.
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QVERIFY(combo);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(settings->currentProfile(), QStringLiteral("staging"));
        QVERIFY(window.target().token != kHomeToken);
        QTRY_COMPARE(window.target().token, kStagingToken);
        QCOMPARE(window.target().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:19")));
        QVERIFY2(misuse.isEmpty(), qPrintable(misuse.join(QLatin1Char(' '))));

        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(settings->currentProfile(), QStringLiteral("Default"));
        QVERIFY(window.target().token != kStagingToken);
        QTRY_COMPARE(window.target().token, kHomeToken);
        QVERIFY(!fileBytes(settings->fileName()).contains(kStagingToken.toUtf8()));
        QTRY_VERIFY(keychain.children().isEmpty());
    }
};

QTEST_MAIN(TestProfileKeychain)
#include "tst_profilekeychain.moc"
