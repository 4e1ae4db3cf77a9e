// Large pastes and imports through the real window: the event loop keeps running while they
// are parsed, the summary and errors say what happened, and Cancel adds nothing. Proof of a
// responsive GUI is a timer that keeps ticking, never a measured duration (bench/gui does that).

#include "support/guitest.h"

#include "results/resultsmodel.h"
#include "ui/idimport.h"
#include "ui/idintake.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dlq;

namespace {

constexpr int kParseTimeoutMs = 110000;

QString idLines(int count)
{
    QString text;
    text.reserve(qsizetype(count) * 22);
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("1752829295505-");
        text += QString::number(i);
        text += QLatin1Char('\n');
    }
    return text;
}

// Counts timer ticks: if the GUI thread were blocked for the whole parse, none would come.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++ticks; });
        m_timer.start();
    }
    int ticks = 0;

private:
    QTimer m_timer;
};

} // namespace

class TestIdIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aMillionPastedLinesAreAddedWhileTheEventLoopRuns();
    void cancelWhileReadingAddsNothing();
    void aBinaryFileImportSaysSoAndAddsNothing();
    void aBadImportFileSaysWhatIsWrongAndKeepsTheList_data();
    void aBadImportFileSaysWhatIsWrongAndKeepsTheList();
    void aSingleTenMegabyteLineBecomesOneShortInvalidRow();
    void smallInputIsAddedAtOnceAndLaterRequestsWaitTheirTurn();
    void theBusyControlsAreNamed();

private:
    bool makeWindow();
    void paste(const QString &text);
    QSignalSpy *finishedSpy();
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestIdIntake::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIdIntake::init()
{
    m_settings = std::make_unique<TestSettings>();
    m_settings->settings->setPreset(EndpointPreset::Sandbox);
    m_settings->settings->markConfigured();
    m_nam = std::make_unique<QNetworkAccessManager>();
    QGuiApplication::clipboard()->clear();
    QVERIFY(makeWindow());
}

void TestIdIntake::cleanup()
{
    m_finished.reset();
    m_window.reset();
    m_nam.reset();
    m_settings.reset();
}

bool TestIdIntake::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_settings->settings.get(), m_nam.get());
    m_window->show();
    IdIntake *intake = m_window->findChild<IdIntake *>();
    if (!intake)
        return false;
    m_finished = std::make_unique<QSignalSpy>(intake, &IdIntake::finished);
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestIdIntake::paste(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    child<QTableView>("resultsView")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
}

void TestIdIntake::aMillionPastedLinesAreAddedWhileTheEventLoopRuns()
{
    ResultsModel *model = m_window->resultsModel();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    const QString text = idLines(1000000);

    Heartbeat heartbeat;
    paste(text);
    // Handed to the worker: nothing added yet, the busy bar and Cancel are up.
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(child<QProgressBar>("parseBusyIndicator")->isVisible());
    QVERIFY(child<QPushButton>("cancelParseButton")->isVisible());

    QVERIFY(m_finished->wait(kParseTimeoutMs));
    QVERIFY2(heartbeat.ticks > 0, "the GUI thread never got to run a timer during the parse");
    QCOMPARE(model->rowCount(), 200000); // the per-paste cap
    QVERIFY(inserted.count() > 1);       // appended in slices, not in one blocking insert
    const QString summary = child<QLabel>("parseSummaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("200000 IDs")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Only the first 200 000 IDs were added")),
             qPrintable(summary));
    QVERIFY(!child<QProgressBar>("parseBusyIndicator")->isVisible());
    QVERIFY(!child<QPushButton>("cancelParseButton")->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Added 200000 IDs from the clipboard."));
    QCOMPARE(model->row(199999).id, QStringLiteral("1752829295505-199999"));
}

void TestIdIntake::cancelWhileReadingAddsNothing()
{
    paste(idLines(1000000));
    // The click comes before control returns to the event loop, so before the result can.
    QTest::mouseClick(child<QPushButton>("cancelParseButton"), Qt::LeftButton);
    QVERIFY(m_finished->wait(kParseTimeoutMs));
    QCOMPARE(m_window->resultsModel()->rowCount(), 0);
    QCOMPARE(child<QLabel>("parseSummaryLabel")->text(),
             QStringLiteral("Cancelled: no IDs were added."));
    QVERIFY(!child<QPushButton>("cancelParseButton")->isVisible());
}

void TestIdIntake::aBinaryFileImportSaysSoAndAddsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.tar.gz"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes(2 * 1024 * 1024, '\0');
    QRandomGenerator rng(3);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    file.write(bytes);
    file.close();

    m_window->importFiles({path});
    QVERIFY(m_finished->wait(kParseTimeoutMs));
    auto *errors = child<QLabel>("importErrorLabel");
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->text(), QStringLiteral("“backup.tar.gz” is not a text file. This looks like "
                                            "a binary file, not a list of IDs."));
    QCOMPARE(m_window->statusBar()->currentMessage(), errors->text());
    QCOMPARE(m_window->resultsModel()->rowCount(), 0);
}

void TestIdIntake::aBadImportFileSaysWhatIsWrongAndKeepsTheList_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("added");
    QTest::addColumn<QString>("error");   // the import error shown; empty when none
    QTest::addColumn<QString>("summary"); // how the summary line starts
    const QString ids = QStringLiteral("1752829295600-0\r\n1752829295600-1\r\n");
    const QByteArray utf16le =
        QByteArray(reinterpret_cast<const char *>(ids.utf16()), ids.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);

    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << 0
                                << QStringLiteral("“empty.txt” is empty: there are no IDs in it.")
                                << QString();
    QTest::newRow("only blank lines")
        << QStringLiteral("blank.csv") << QByteArray("\n \r\n\t\n") << 0
        << QStringLiteral("“blank.csv” is empty: there are no IDs in it.") << QString();
    QTest::newRow("UTF-16LE with a BOM (Notepad's “Unicode”)")
        << QStringLiteral("notepad.txt") << QByteArray("\xff\xfe", 2) + utf16le << 2 << QString()
        << QStringLiteral("2 IDs");
    QTest::newRow("UTF-16BE with a BOM")
        << QStringLiteral("be.txt") << QByteArray("\xfe\xff", 2) + utf16be << 2 << QString()
        << QStringLiteral("2 IDs");
    QTest::newRow("UTF-16LE without a BOM")
        << QStringLiteral("nobom.txt") << utf16le << 2 << QString() << QStringLiteral("2 IDs");
    QTest::newRow("3 IDs among junk lines")
        << QStringLiteral("mixed.txt")
        << QByteArray("Exported from the console\n1752829295700-0\n"
                      "# note: see ticket\n1752829295700-1\n\n???\n1752829295700-2\n")
        // Words are sent too, flagged "unusual"; "#" and "?" cannot be part of an ID.
        << 12 << QString() << QStringLiteral("12 IDs · 2 invalid · 7 unusual");
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << 0
                              << QStringLiteral("“folder” is a folder, not a file.") << QString();
    QTest::newRow("a file that is not there")
        << QStringLiteral("gone.txt") << QByteArray() << 0
        << QStringLiteral("“gone.txt” does not exist.") << QString();
    QTest::newRow("over 50 MB")
        << QStringLiteral("huge.txt") << QByteArray() << 0
        << QStringLiteral("“huge.txt” is too big to import (50.0 MB; the limit is 50.0 MB).")
        << QString();
}

void TestIdIntake::aBadImportFileSaysWhatIsWrongAndKeepsTheList()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, added);
    QFETCH(QString, error);
    QFETCH(QString, summary);
    paste(QStringLiteral("1752829295505-1 1752829295505-2"));
    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (name == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else if (name == QLatin1String("huge.txt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kMaxImportBytes + 1)); // sparse: refused by its size, unread
    } else if (name != QLatin1String("gone.txt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    m_finished->clear();
    m_window->importFiles({path});
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->count(), 1, kParseTimeoutMs);

    QCOMPARE(model->rowCount(), 2 + added);
    QCOMPARE(model->row(0).id, QStringLiteral("1752829295505-1"));
    QCOMPARE(model->row(1).id, QStringLiteral("1752829295505-2"));
    auto *errors = child<QLabel>("importErrorLabel");
    if (error.isEmpty()) {
        QVERIFY2(!errors->isVisible(), qPrintable(errors->text()));
        const QString line = child<QLabel>("parseSummaryLabel")->text();
        QVERIFY2(line.startsWith(summary), qPrintable(line));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Added %1 IDs from %2.").arg(added).arg(name));
        if (added == 2)
            QCOMPARE(model->row(3).id, QStringLiteral("1752829295600-1"));
    } else {
        QVERIFY(errors->isVisible());
        QCOMPARE(errors->text(), error);
        QCOMPARE(m_window->statusBar()->currentMessage(), error);
    }
}

void TestIdIntake::aSingleTenMegabyteLineBecomesOneShortInvalidRow()
{
    paste(QString(10 * 1024 * 1024, QLatin1Char('x')));
    QVERIFY(m_finished->wait(kParseTimeoutMs));
    ResultsModel *model = m_window->resultsModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->count(ResultState::Invalid), 1);
    QVERIFY(model->row(0).id.size() < 140);
    QVERIFY(model->row(0).message.contains(QStringLiteral("more than the 512 bytes")));
    QVERIFY(child<QLabel>("parseSummaryLabel")
                ->text()
                .contains(QStringLiteral("1 longer than 512 bytes (shown shortened)")));
}

void TestIdIntake::smallInputIsAddedAtOnceAndLaterRequestsWaitTheirTurn()
{
    ResultsModel *model = m_window->resultsModel();
    paste(idLines(20000)); // 400 KB: parsed on the worker
    QCOMPARE(model->rowCount(), 0);

    // Typed while the paste is being read: waits, then comes after it.
    auto *entry = child<QLineEdit>("idEntry");
    entry->setFocus();
    QTest::keyClicks(entry, QStringLiteral("dlq-typed"));
    QTest::keyClick(entry, Qt::Key_Return);
    QVERIFY(entry->text().isEmpty());
    QCOMPARE(model->rowCount(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(m_finished->count(), 2, kParseTimeoutMs);
    QCOMPARE(model->rowCount(), 20001);
    QCOMPARE(model->row(20000).id, QStringLiteral("dlq-typed"));

    // Not busy: a small paste is added before the key press returns.
    paste(QStringLiteral("1752829295506-0 1752829295506-1"));
    QCOMPARE(model->rowCount(), 20003);
}

void TestIdIntake::theBusyControlsAreNamed()
{
    paste(idLines(100000));
    QVERIFY(child<QPushButton>("cancelParseButton")->isVisible());
    const QStringList problems = unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!child<QProgressBar>("parseBusyIndicator")->accessibleName().isEmpty());
    QVERIFY(m_finished->wait(kParseTimeoutMs));
}

QTEST_MAIN(TestIdIntake)
#include "tst_idintake.moc"
