// No Secret Service at all, as on a server or in a container: registered with NO_SESSION_BUS,
// so QtKeychain's jobs fail ("Cannot autolaunch D-Bus without X11 $DISPLAY"). The settings
// dialog must say so and store the token nowhere until the user picks the settings file.

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

using namespace dlq;

namespace {
const QString kToken = QStringLiteral("eyJfallback-token-3131");
const QString kPlain = QStringLiteral("eyJplain-old-token-8888");
} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theDialogOffersTheFileAndStoresNothingUntilTheUserPicksIt();
    void aPlainTokenStaysInTheFileAndTheDialogSaysWhy();

private:
    SettingsDialog *openDialog(TokenKeeper *keeper);
    template<typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void clickSave() const
    {
        QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    }

    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<TargetResolver> m_resolver;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QWidget> m_parent;
    QPointer<SettingsDialog> m_dialog;
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "must run without a session bus (ctest unsets it)");
}

void TestNoKeychain::init()
{
    m_settings = std::make_unique<TestSettings>();
}

void TestNoKeychain::cleanup()
{
    m_parent.reset();
    m_resolver.reset();
    m_settings.reset();
}

SettingsDialog *TestNoKeychain::openDialog(TokenKeeper *keeper)
{
    m_resolver = std::make_unique<TargetResolver>(m_settings->settings.get());
    m_parent = std::make_unique<QWidget>();
    m_parent->show();
    m_dialog = new SettingsDialog(m_settings->settings.get(), m_resolver.get(), keeper, &m_nam,
                                  m_parent.get());
    m_dialog->open();
    return QTest::qWaitForWindowExposed(m_dialog) ? m_dialog.data() : nullptr;
}

void TestNoKeychain::theDialogOffersTheFileAndStoresNothingUntilTheUserPicksIt()
{
    AppSettings *settings = m_settings->settings.get();
    KeychainTokenStore keychain;
    TokenKeeper keeper(settings, &keychain);
    QVERIFY(openDialog(&keeper));
    auto *inFile = child<QCheckBox>("tokenInFileCheck");
    QVERIFY(!inFile->isVisible());

    QTest::keyClicks(child<QLineEdit>("tokenEdit"), kToken);
    QSignalSpy accepted(m_dialog.data(), &QDialog::accepted);
    clickSave();
    // The keychain's refusal keeps the dialog open and shows the choice, unpicked.
    QTRY_VERIFY(inFile->isVisible());
    QVERIFY(!inFile->isChecked());
    // Its whole sentence, not cut off at the dialog's edge.
    QTRY_VERIFY2(
        inFile->width() >= inFile->sizeHint().width(),
        qPrintable(QStringLiteral("%1 < %2").arg(inFile->width()).arg(inFile->sizeHint().width())));
    QVERIFY(inFile->geometry().right() < m_dialog->width());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(child<QPushButton>("settingsSaveButton")->isEnabled());
    const QString note = child<QLabel>("tokenNoteLabel")->text();
    QVERIFY2(note.contains(QStringLiteral("The system keychain cannot be reached")),
             qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("not saved unless you choose the settings file")),
             qPrintable(note));
    QVERIFY(!keeper.keychainProblem().isEmpty());
    QVERIFY(!inFile->accessibleName().isEmpty());
    // Nothing was stored, and nothing else was saved either.
    QVERIFY(settings->fileToken().isEmpty());
    QCOMPARE(settings->tokenStorage(), AppSettings::TokenStorage::Unset);
    QVERIFY(!settings->isConfigured());
    QVERIFY(!fileBytes(settings->fileName()).contains(kToken.toUtf8()));

    // Only the user's explicit choice puts it into the file.
    inFile->click();
    QVERIFY(child<QLabel>("tokenNoteLabel")->text().contains(settings->fileName()));
    clickSave();
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(settings->fileToken(), kToken);
    QCOMPARE(settings->tokenStorage(), AppSettings::TokenStorage::File);
    QCOMPARE(settings->effectiveToken(), kToken);
    const QByteArray onDisk = fileBytes(settings->fileName());
    QVERIFY(onDisk.contains(kToken.toUtf8()));
    QVERIFY(onDisk.contains("storage=file"));
}

void TestNoKeychain::aPlainTokenStaysInTheFileAndTheDialogSaysWhy()
{
    AppSettings *settings = m_settings->settings.get();
    settings->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    settings->setPreset(EndpointPreset::Custom);
    settings->markConfigured();
    settings->setToken(kPlain);

    KeychainTokenStore keychain;
    MainWindow window(settings, &m_nam, QString(), &keychain);
    window.show();
    QTRY_VERIFY(!window.tokenKeeper()->keychainProblem().isEmpty());
    // Nothing changed: the app goes on with the file's copy.
    QCOMPARE(settings->fileToken(), kPlain);
    QCOMPARE(settings->tokenStorage(), AppSettings::TokenStorage::Unset);
    QCOMPARE(window.target().token, kPlain);
    QVERIFY(window.target().isUsable());

    window.actions().connectionSettings->trigger();
    QTRY_VERIFY(window.findChild<SettingsDialog *>());
    m_dialog = window.findChild<SettingsDialog *>();
    QTRY_VERIFY(m_dialog->isVisible());
    const QString note = child<QLabel>("tokenNoteLabel")->text();
    QVERIFY2(note.contains(QStringLiteral("The system keychain cannot be reached")),
             qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Your token stays in %1").arg(settings->fileName())),
             qPrintable(note));
    QVERIFY(child<QCheckBox>("tokenInFileCheck")->isVisible());
    m_dialog->reject();
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
