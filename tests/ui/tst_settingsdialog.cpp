// The settings dialog on its own: what it stores, what it refuses and what it never shows.

#include "support/guitest.h"

#include "sandbox/sandboxserver.h"
#include "settings/tokenkeeper.h"
#include "ui/settingsdialog.h"
#include "ui/targetresolver.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace dlq;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void savingStoresTheTokenAndLimitsInAnOwnerOnlyFile();
    void theStoredTokenIsNeverShownOnlyItsFingerprint();
    void anEmptyTokenFieldKeepsTheStoredTokenAndRemoveClearsIt();
    void plainHttpToANonLoopbackHostIsRefusedWithTheReason();
    void customLoopbackHttpIsAllowed();
    void theEnvironmentOverrideIsExplained();
    void testingTheConnectionUsesTheValuesInTheDialog();
    void testingTheSandboxPresetStartsTheSandbox();
    void retryAndPacingLimitsAreShownAndSaved();
    void everyControlHasAnObjectNameAndAnAccessibleName();

private:
    SettingsDialog *openDialog();
    template<typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void choosePreset(EndpointPreset preset);

    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<TargetResolver> m_resolver;
    std::unique_ptr<TokenKeeper> m_tokens; // no keychain: the settings file holds the token
    std::unique_ptr<QWidget> m_parent;
    QPointer<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_settings = std::make_unique<TestSettings>();
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSettingsDialog::cleanup()
{
    m_parent.reset(); // deletes the dialog with it
    m_resolver.reset();
    m_tokens.reset();
    m_nam.reset();
    m_settings.reset();
}

SettingsDialog *TestSettingsDialog::openDialog()
{
    m_resolver = std::make_unique<TargetResolver>(m_settings->settings.get());
    m_tokens = std::make_unique<TokenKeeper>(m_settings->settings.get(), nullptr);
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(800, 600);
    m_parent->show();
    m_dialog = new SettingsDialog(m_settings->settings.get(), m_resolver.get(), m_tokens.get(),
                                  m_nam.get(), m_parent.get());
    m_dialog->open();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    return m_dialog;
}

void TestSettingsDialog::choosePreset(EndpointPreset preset)
{
    auto *combo = child<QComboBox>("presetCombo");
    combo->setCurrentIndex(combo->findData(int(preset)));
}

void TestSettingsDialog::savingStoresTheTokenAndLimitsInAnOwnerOnlyFile()
{
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->objectName(), QStringLiteral("settingsDialog"));
    choosePreset(EndpointPreset::EuCentral);
    auto *token = child<QLineEdit>("tokenEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, QStringLiteral("  eyJuser-token-5678 "));
    child<QSpinBox>("concurrencySpin")->setValue(9);
    child<QSpinBox>("timeoutSpin")->setValue(45);
    QCOMPARE(child<QSpinBox>("concurrencySpin")->maximum(), 64);
    QCOMPARE(child<QSpinBox>("timeoutSpin")->maximum(), 600);

    QSignalSpy accepted(m_dialog.data(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);

    AppSettings *settings = m_settings->settings.get();
    QCOMPARE(settings->storedToken(), QStringLiteral("eyJuser-token-5678"));
    QCOMPARE(settings->preset(), EndpointPreset::EuCentral);
    QCOMPARE(settings->concurrency(), 9);
    QCOMPARE(settings->timeoutSeconds(), 45);
    QVERIFY(settings->isConfigured());

    const QFileDevice::Permissions perms = QFile::permissions(settings->fileName());
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(perms & QFileDevice::WriteOwner);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(perms & others, QFileDevice::Permissions());
}

void TestSettingsDialog::theStoredTokenIsNeverShownOnlyItsFingerprint()
{
    const QString secret = QStringLiteral("stored-secret-token-wxyz");
    m_settings->settings->setToken(secret);
    QVERIFY(openDialog());

    auto *token = child<QLineEdit>("tokenEdit");
    QVERIFY(token->text().isEmpty());
    QCOMPARE(token->placeholderText(), QStringLiteral("Stored token …wxyz — type to replace"));

    // Showing reveals only what is typed, which is nothing.
    QTest::mouseClick(child<QToolButton>("showTokenButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("showTokenButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    const QList<QLineEdit *> edits = m_dialog->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        QVERIFY(!edit->text().contains(secret));
        QVERIFY(!edit->placeholderText().contains(secret));
    }
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(secret));
}

void TestSettingsDialog::anEmptyTokenFieldKeepsTheStoredTokenAndRemoveClearsIt()
{
    m_settings->settings->setToken(QStringLiteral("keep-this-token-1111"));
    QVERIFY(openDialog());
    QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    QCOMPARE(m_settings->settings->storedToken(), QStringLiteral("keep-this-token-1111"));

    QVERIFY(openDialog());
    auto *remove = child<QPushButton>("clearTokenButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!remove->isEnabled());
    // Removing is applied on save, so Cancel still keeps the token.
    QCOMPARE(m_settings->settings->storedToken(), QStringLiteral("keep-this-token-1111"));
    QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    QVERIFY(m_settings->settings->storedToken().isEmpty());
}

void TestSettingsDialog::plainHttpToANonLoopbackHostIsRefusedWithTheReason()
{
    QVERIFY(openDialog());
    auto *url = child<QLineEdit>("customUrlEdit");
    QVERIFY(!url->isEnabled());
    choosePreset(EndpointPreset::Custom);
    QVERIFY(url->isEnabled());

    QTest::keyClicks(url, QStringLiteral("http://qstash.example.com"));
    auto *error = child<QLabel>("urlErrorLabel");
    QVERIFY(error->isVisible());
    const QString reason = checkBaseUrl(QUrl(QStringLiteral("http://qstash.example.com")));
    QVERIFY(!reason.isEmpty());
    QCOMPARE(error->text(), reason);
    QVERIFY(!child<QPushButton>("settingsSaveButton")->isEnabled());
    QVERIFY(!m_dialog->canSave());

    // Enter does not save a refused URL either.
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->settings->preset(), presetFromKey(QString()));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://qstash.example.com"));
    QVERIFY(!error->isVisible());
    QVERIFY(child<QPushButton>("settingsSaveButton")->isEnabled());
}

void TestSettingsDialog::customLoopbackHttpIsAllowed()
{
    QVERIFY(openDialog());
    choosePreset(EndpointPreset::Custom);
    QTest::keyClicks(child<QLineEdit>("customUrlEdit"), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(!child<QLabel>("urlErrorLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    QCOMPARE(m_settings->settings->preset(), EndpointPreset::Custom);
    QCOMPARE(m_settings->settings->customUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
}

void TestSettingsDialog::theEnvironmentOverrideIsExplained()
{
    {
        QVERIFY(openDialog());
        QVERIFY(!child<QLabel>("envNoticeLabel")->isVisible());
        cleanup();
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("QSTASH_TOKEN"), QStringLiteral("from-the-env-token-4242"));
    m_settings = std::make_unique<TestSettings>(env);
    m_nam = std::make_unique<QNetworkAccessManager>();
    QVERIFY(openDialog());
    auto *notice = child<QLabel>("envNoticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(
        QLatin1String("QSTASH_TOKEN from the environment is used instead of the stored token")));
    QVERIFY(!notice->text().contains(QLatin1String("from-the-env-token-4242")));
}

void TestSettingsDialog::testingTheConnectionUsesTheValuesInTheDialog()
{
    SandboxServer server;
    QVERIFY(server.listen());
    QVERIFY(openDialog());
    choosePreset(EndpointPreset::Custom);
    QTest::keyClicks(child<QLineEdit>("customUrlEdit"), server.baseUrl().toString());
    auto *result = child<QLabel>("testResultLabel");
    auto *test = child<QPushButton>("testConnectionButton");

    // No token yet: said so without a request.
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(result->text().startsWith(QStringLiteral("✗")));
    QVERIFY(server.requests().isEmpty());

    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("wrong-token-0000"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(result->text().startsWith(QStringLiteral("✗")), qPrintable(result->text()));
    QCOMPARE(server.requests().size(), 1);

    child<QLineEdit>("tokenEdit")->clear();
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), server.token());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY(test->isEnabled());
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
    QCOMPARE(server.requests().size(), 2);
    // Testing stores nothing.
    QVERIFY(m_settings->settings->storedToken().isEmpty());
}

void TestSettingsDialog::testingTheSandboxPresetStartsTheSandbox()
{
    QVERIFY(openDialog());
    choosePreset(EndpointPreset::Sandbox);
    auto *test = child<QPushButton>("testConnectionButton");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(m_resolver->sandbox());
    QTRY_VERIFY(test->isEnabled());
    auto *result = child<QLabel>("testResultLabel");
    QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));
}

void TestSettingsDialog::retryAndPacingLimitsAreShownAndSaved()
{
    m_settings->settings->setMaxAttempts(7);
    QVERIFY(openDialog());
    auto *attempts = child<QSpinBox>("maxAttemptsSpin");
    auto *delay = child<QSpinBox>("maxRetryDelaySpin");
    auto *rate = child<QSpinBox>("rateSpin");
    QVERIFY(attempts && delay && rate);
    QCOMPARE(attempts->value(), 7);
    QCOMPARE(attempts->minimum(), 1);
    QCOMPARE(attempts->maximum(), 20);
    QCOMPARE(delay->value(), 30);
    QCOMPARE(delay->minimum(), 1);
    QCOMPARE(delay->maximum(), 600);
    QCOMPARE(rate->value(), 0);
    QCOMPARE(rate->minimum(), 0);
    QCOMPARE(rate->maximum(), 1000);
    QCOMPARE(rate->text(), QStringLiteral("Automatic"));

    attempts->setValue(3);
    delay->setValue(12);
    rate->setValue(40);
    QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
    AppSettings *settings = m_settings->settings.get();
    QCOMPARE(settings->maxAttempts(), 3);
    QCOMPARE(settings->maxRetryDelaySeconds(), 12);
    QCOMPARE(settings->maxRequestsPerSecond(), 40);
}

void TestSettingsDialog::everyControlHasAnObjectNameAndAnAccessibleName()
{
    QVERIFY(openDialog());
    const QStringList problems = unnamedControls(m_dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    // Every control explains itself in a tooltip, spin boxes included.
    for (const char *name :
         {"concurrencySpin", "timeoutSpin", "maxAttemptsSpin", "maxRetryDelaySpin", "rateSpin"})
        QVERIFY2(!child<QSpinBox>(name)->toolTip().isEmpty(), name);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
