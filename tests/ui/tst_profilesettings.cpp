// Profiles in the settings dialog: the list (add, duplicate, rename, remove), the selected
// profile as what the dialog edits, name checks, the region suggestion of "Test connection"
// (two sandboxes on loopback with different tokens stand in for two regions) and the history
// retention, pruned on save. No keychain here: tokens go to the settings file (tst_keychain
// covers the keychain).

#include "support/guitest.h"

#include "history/historyrecord.h"
#include "history/historystore.h"
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "settings/tokenkeeper.h"
#include "ui/settingsdialog.h"
#include "ui/targetresolver.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace dlq;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

HistoryRun runStartedAt(const QString &id, const QDateTime &startedAt)
{
    ResultsModel model;
    model.append(parseIds(id));
    RunFacts facts;
    facts.profile = QStringLiteral("Default");
    facts.host = QStringLiteral("qstash.upstash.io");
    facts.source = QStringLiteral("app");
    facts.startedAt = startedAt;
    facts.finishedAt = startedAt.addSecs(1);
    return historyRunFrom(model.rows(), {0}, facts);
}
} // namespace

class TestProfileSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSettings> m_settings;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TargetResolver> m_resolver;
    std::unique_ptr<TokenKeeper> m_tokens;
    std::unique_ptr<QWidget> m_parent;
    QPointer<SettingsDialog> m_dialog;

    AppSettings *settings() const { return m_settings->settings.get(); }

    SettingsDialog *openDialog()
    {
        m_dialog = new SettingsDialog(settings(), m_resolver.get(), m_tokens.get(), &m_nam,
                                      m_parent.get());
        m_dialog->open();
        return QTest::qWaitForWindowExposed(m_dialog) ? m_dialog.data() : nullptr;
    }

    template<typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    void pick(const QString &profile)
    {
        auto *combo = child<QComboBox>("profileCombo");
        combo->setFocus();
        const int index = combo->findText(profile);
        QVERIFY(index >= 0);
        // As the keyboard does it: the combo emits activated() for the new row.
        // As many steps as rows between: a refused switch puts the combo back.
        const int steps = index - combo->currentIndex();
        for (int i = 0; i < qAbs(steps); ++i)
            QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(combo->currentText(), profile);
    }

    bool save()
    {
        QSignalSpy accepted(m_dialog.data(), &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>("settingsSaveButton"), Qt::LeftButton);
        return accepted.size() == 1 || accepted.wait(5000);
    }

    void typeName(const QString &name)
    {
        auto *edit = child<QLineEdit>("profileNameEdit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, name);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<TestSettings>();
        m_resolver = std::make_unique<TargetResolver>(settings());
        m_tokens = std::make_unique<TokenKeeper>(settings(), nullptr);
        m_parent = std::make_unique<QWidget>();
        m_parent->resize(900, 700);
        m_parent->show();
    }

    void cleanup()
    {
        m_parent.reset();
        m_tokens.reset();
        m_resolver.reset();
        m_settings.reset();
    }

    void addRenameAndEditAnotherProfile_leavesTheCurrentOneAlone()
    {
        settings()->setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        settings()->setPreset(EndpointPreset::Custom);
        settings()->setToken(QStringLiteral("default-token-1111"));
        QVERIFY(openDialog());
        QCOMPARE(child<QComboBox>("profileCombo")->currentText(), QStringLiteral("Default"));

        QTest::mouseClick(child<QPushButton>("addProfileButton"), Qt::LeftButton);
        QCOMPARE(settings()->profileNames(),
                 QStringList({QStringLiteral("Default"), QStringLiteral("New profile")}));
        QCOMPARE(child<QComboBox>("profileCombo")->currentText(), QStringLiteral("New profile"));
        // The new profile is what the dialog shows now: no token, the default server.
        QVERIFY(child<QLineEdit>("tokenEdit")
                    ->placeholderText()
                    .contains(QStringLiteral("Paste your QStash token")));
        QCOMPARE(m_dialog->selectedPreset(), EndpointPreset::Upstash);

        // Name checks, as typed.
        auto *nameError = child<QLabel>("profileNameError");
        auto *saveButton = child<QPushButton>("settingsSaveButton");
        typeName(QString());
        QCOMPARE(nameError->text(), QStringLiteral("A profile needs a name."));
        QVERIFY(!saveButton->isEnabled());
        typeName(QStringLiteral("Default"));
        QCOMPARE(nameError->text(), QStringLiteral("There is already a profile named “Default”."));
        QVERIFY(!saveButton->isEnabled());
        // While changes are unsaved the list is locked, so they are not lost by a pick.
        QVERIFY(!child<QComboBox>("profileCombo")->isEnabled());
        QVERIFY(child<QLabel>("profileNote")->isVisible());
        typeName(QStringLiteral("staging US"));
        QVERIFY(nameError->text().isEmpty());
        QVERIFY(saveButton->isEnabled());

        auto *preset = child<QComboBox>("presetCombo");
        preset->setCurrentIndex(preset->findData(int(EndpointPreset::UsEast)));
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("staging-token-2222"));
        child<QSpinBox>("concurrencySpin")->setValue(3);
        child<QCheckBox>("productionCheck")->click();
        QVERIFY(save());

        QCOMPARE(settings()->profileNames(),
                 QStringList({QStringLiteral("Default"), QStringLiteral("staging US")}));
        // The window's profile is untouched ...
        QCOMPARE(settings()->currentProfile(), QStringLiteral("Default"));
        QCOMPARE(settings()->preset(), EndpointPreset::Custom);
        QCOMPARE(settings()->storedToken(), QStringLiteral("default-token-1111"));
        QVERIFY(!settings()->isProduction());
        // ... and the edited one holds what was typed.
        std::unique_ptr<AppSettings> staging(
            settings()->profileView(QStringLiteral("staging US"), nullptr));
        QVERIFY(staging);
        QCOMPARE(staging->preset(), EndpointPreset::UsEast);
        QCOMPARE(staging->storedToken(), QStringLiteral("staging-token-2222"));
        QCOMPARE(staging->concurrency(), 3);
        QVERIFY(staging->isProduction());
    }

    void duplicateCopiesSettingsButNotTheToken_andColourIsPicked()
    {
        QVERIFY(settings()->addProfile(QStringLiteral("prod EU")).isEmpty());
        {
            std::unique_ptr<AppSettings> prod(
                settings()->profileView(QStringLiteral("prod EU"), nullptr));
            prod->setPreset(EndpointPreset::EuCentral);
            prod->setConcurrency(7);
            prod->setProduction(true);
            prod->setToken(QStringLiteral("prod-token-3333"));
        }
        QVERIFY(openDialog());
        pick(QStringLiteral("prod EU"));
        QCOMPARE(m_dialog->selectedPreset(), EndpointPreset::EuCentral);
        QVERIFY(child<QCheckBox>("productionCheck")->isChecked());

        QTest::mouseClick(child<QPushButton>("duplicateProfileButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>("profileCombo")->currentText(), QStringLiteral("prod EU copy"));
        QCOMPARE(m_dialog->selectedPreset(), EndpointPreset::EuCentral);
        QCOMPARE(child<QSpinBox>("concurrencySpin")->value(), 7);
        QVERIFY(m_dialog->tokenToUse().isEmpty());

        QTest::mouseClick(child<QPushButton>("profileColourButton"), Qt::LeftButton);
        QColorDialog *colours = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            colours = m_dialog->findChild<QColorDialog *>(QStringLiteral("profileColourDialog"));
            return colours && colours->isVisible();
        }));
        colours->setCurrentColor(QColor(QStringLiteral("#2266aa")));
        colours->accept();
        QCOMPARE(child<QPushButton>("profileColourButton")->text(), QStringLiteral("#2266aa"));
        QVERIFY(save());

        std::unique_ptr<AppSettings> copy(
            settings()->profileView(QStringLiteral("prod EU copy"), nullptr));
        QVERIFY(copy);
        QCOMPARE(copy->preset(), EndpointPreset::EuCentral);
        QCOMPARE(copy->concurrency(), 7);
        QVERIFY(copy->isProduction());
        QCOMPARE(copy->profileColour(), QStringLiteral("#2266aa"));
        QVERIFY(copy->storedToken().isEmpty());
    }

    void removeAsksFirst_andRefusesTheProfileInUse()
    {
        QVERIFY(settings()->addProfile(QStringLiteral("old")).isEmpty());
        QVERIFY(openDialog());
        // The profile in use (Default) cannot go.
        QTest::mouseClick(child<QPushButton>("removeProfileButton"), Qt::LeftButton);
        auto *box = m_dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox"));
        QVERIFY(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("removeProfileConfirmButton")),
            Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("profileNote")->isVisible());
        QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox")));
        QVERIFY2(child<QLabel>("profileNote")->text().contains(QStringLiteral("cannot be removed")),
                 qPrintable(child<QLabel>("profileNote")->text()));
        QCOMPARE(settings()->profileNames().size(), 2);

        pick(QStringLiteral("old"));
        // Cancel keeps it.
        QTest::mouseClick(child<QPushButton>("removeProfileButton"), Qt::LeftButton);
        box = m_dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox"));
        QVERIFY(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("removeProfileCancelButton")),
            Qt::LeftButton);
        QCOMPARE(settings()->profileNames().size(), 2);
        // Yes removes it, and the dialog edits the profile in use again.
        QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox")));
        QTest::mouseClick(child<QPushButton>("removeProfileButton"), Qt::LeftButton);
        box = m_dialog->findChild<QMessageBox *>(QStringLiteral("removeProfileBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("“old”")));
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("removeProfileConfirmButton")),
            Qt::LeftButton);
        QTRY_COMPARE(settings()->profileNames(), QStringList({QStringLiteral("Default")}));
        QCOMPARE(child<QComboBox>("profileCombo")->currentText(), QStringLiteral("Default"));
    }

    void renamingTheProfileInUseRenamesIt()
    {
        QVERIFY(openDialog());
        typeName(QStringLiteral("local dev"));
        QVERIFY(save());
        QCOMPARE(settings()->currentProfile(), QStringLiteral("local dev"));
        QCOMPARE(settings()->profileNames(), QStringList({QStringLiteral("local dev")}));
    }

    void rejectedToken_isTriedOnTheOtherRegion_andOneClickSwitches()
    {
        SandboxServer home;
        SandboxServer other;
        QVERIFY(home.listen());
        QVERIFY(other.listen());
        home.setToken(QStringLiteral("home-region-token"));
        other.setToken(QStringLiteral("other-region-token"));
        settings()->setCustomUrl(home.baseUrl());
        settings()->setPreset(EndpointPreset::Custom);
        QVERIFY(openDialog());
        m_dialog->setRegions({home.baseUrl(), other.baseUrl()});

        QTest::keyClicks(child<QLineEdit>("tokenEdit"), other.token());
        auto *test = child<QPushButton>("testConnectionButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());
        const QString homeHost = QStringLiteral("127.0.0.1:%1").arg(home.port());
        const QString otherHost = QStringLiteral("127.0.0.1:%1").arg(other.port());
        QCOMPARE(child<QLabel>("testResultLabel")->text(),
                 QStringLiteral("The token is rejected by %1 but accepted by %2: switch this "
                                "profile to it?")
                     .arg(homeHost, otherHost));
        QCOMPARE(home.requests().size(), 1);
        QCOMPARE(other.requests().size(), 1);

        auto *switchButton = child<QPushButton>("switchRegionButton");
        QVERIFY(switchButton->isVisible());
        QVERIFY(!switchButton->toolTip().isEmpty());
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QVERIFY(!switchButton->isVisible());
        QCOMPARE(m_dialog->customUrl(), other.baseUrl());
        QVERIFY(save());
        QCOMPARE(settings()->effectiveBaseUrl(), other.baseUrl());
        QCOMPARE(settings()->storedToken(), other.token());
    }

    void rejectedEverywhere_saysSo_andAServerOutsideTheRegionsGetsNoOtherTry()
    {
        SandboxServer home;
        SandboxServer other;
        QVERIFY(home.listen());
        QVERIFY(other.listen());
        settings()->setCustomUrl(home.baseUrl());
        settings()->setPreset(EndpointPreset::Custom);
        QVERIFY(openDialog());
        m_dialog->setRegions({home.baseUrl(), other.baseUrl()});
        QTest::keyClicks(child<QLineEdit>("tokenEdit"), QStringLiteral("nobodys-token"));
        auto *test = child<QPushButton>("testConnectionButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());
        QVERIFY2(child<QLabel>("testResultLabel")->text().contains(QStringLiteral("rejected")),
                 qPrintable(child<QLabel>("testResultLabel")->text()));
        QVERIFY(!child<QPushButton>("switchRegionButton")->isVisible());
        QCOMPARE(other.requests().size(), 1);

        // A token for a server that is not one of the regions never goes to them.
        m_dialog->setRegions({other.baseUrl()});
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY(test->isEnabled());
        QCOMPARE(home.requests().size(), 2);
        QCOMPARE(other.requests().size(), 1);
    }

    void historyRetention_isSaved_andOldRunsArePrunedOnSave()
    {
        QTemporaryDir dir;
        HistoryStore history(nullptr, [] { return kNow; });
        QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite")), 0));
        const QString oldId = QStringLiteral("1752829295505-1");
        const QString newId = QStringLiteral("1752829295505-2");
        QVERIFY(history.recordNow(runStartedAt(oldId, kNow.addDays(-40))));
        QVERIFY(history.recordNow(runStartedAt(newId, kNow.addDays(-10))));

        QVERIFY(openDialog());
        m_dialog->setHistory(&history);
        auto *days = child<QSpinBox>("historyRetentionSpin");
        QCOMPARE(days->value(), 180);
        QCOMPARE(days->minimum(), 0);
        QVERIFY(!days->toolTip().isEmpty());
        days->setValue(0);
        QCOMPARE(days->text(), QStringLiteral("Forever"));
        days->setValue(30);
        QVERIFY(save());

        QCOMPARE(settings()->historyRetentionDays(), 30);
        QCOMPARE(history.runs().size(), 1);
        QVERIFY(history.search(oldId).isEmpty());
        QCOMPARE(history.search(newId).size(), 1);
    }

    void newControlsAreNamedAndExplained()
    {
        QVERIFY(openDialog());
        const QStringList problems = unnamedControls(m_dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        for (const char *name :
             {"profileCombo", "addProfileButton", "duplicateProfileButton", "removeProfileButton",
              "profileNameEdit", "profileColourButton", "profileNoColourButton", "productionCheck",
              "switchRegionButton", "historyRetentionSpin"}) {
            auto *widget = child<QWidget>(name);
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
    }
};

QTEST_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"
