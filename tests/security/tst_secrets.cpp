// The token never shows up anywhere but the settings file: not in dlqctl's output or debug
// log, not in session journals or exports, not in the window's title, widgets or log. Every
// run uses a distinctive token and the checks look for it (and for the forms it takes on the
// wire: percent-encoded, base64, the "Bearer" header) in everything that run produced.
#include "results/exporter.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace dlq;

namespace {

// '+', '/' and '=' make the percent-encoded and base64 forms differ from the token itself.
const QString kToken = QStringLiteral("tok_SECRET_7f3a9c+Qx/9kZ=");
const QString kWrongToken = QStringLiteral("tok_WRONG_0b5e2d+Lm/4tY=");

// What must never appear. The fingerprint (an ellipsis and the last 4 characters) is allowed,
// so the checks look for the rest of the token, which no legitimate output contains.
QList<QByteArray> forbiddenForms(const QString &token)
{
    const QByteArray raw = token.toUtf8();
    return {raw,
            raw.left(raw.size() - 4),
            QUrl::toPercentEncoding(token),
            raw.toBase64(),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            QByteArray("Bearer")};
}

// "stdout contains the token (percent-encoded)…", or empty.
QString findLeaks(const QString &where, const QByteArray &text)
{
    QStringList found;
    for (const QString &token : {kToken, kWrongToken}) {
        const QList<QByteArray> forms = forbiddenForms(token);
        for (const QByteArray &form : forms) {
            if (text.contains(form))
                found << QString::fromUtf8(form == "Bearer" ? form : form.left(6) + "…");
        }
    }
    if (found.isEmpty())
        return {};
    return where + QStringLiteral(" contains ") + found.join(QStringLiteral(", ")) +
           QLatin1Char('\n');
}

// Every file below `dir`, with its path for the report.
QString findLeaksInFiles(const QString &dir, int *files)
{
    QString leaks;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + path;
        ++*files;
        leaks += findLeaks(path, file.readAll());
    }
    return leaks;
}

QMutex g_logMutex;
QByteArray g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_leaks; // everything found, reported at once

    QProcessEnvironment environment(const QString &token) const
    {
        QProcessEnvironment env = test::dlqctlEnvironment(m_home, token);
        // Everything Qt and the app can log, Qt's network internals included.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        return env;
    }

    // Runs dlqctl delete and checks its output, its session folder and its export.
    void runDlqctl(const QString &name, const QUrl &baseUrl, const QString &token,
                   const QStringList &ids, const QString &outputSuffix, int expectedExit)
    {
        const QString sessionDir = m_home.filePath(name + QStringLiteral("-session"));
        const QString output = m_home.filePath(name + QStringLiteral("-results") + outputSuffix);
        const test::DlqctlRun r = test::runDlqctl(
            // --no-snapshot: the deletes' own path is what this checks (tst_dlqctlsnapshot
            // covers the copy, which never holds the token either).
            QStringList{QStringLiteral("delete"), QStringLiteral("--yes"),
                        QStringLiteral("--no-snapshot"), QStringLiteral("--base-url"),
                        baseUrl.toString(), QStringLiteral("--session"), sessionDir,
                        QStringLiteral("--output"), output, QStringLiteral("--max-attempts"),
                        QStringLiteral("3"), QStringLiteral("--timeout"), QStringLiteral("5")} +
                ids,
            environment(token));
        QVERIFY(r.finished);
        const QByteArray out = r.out.toUtf8();
        const QByteArray err = r.err.toUtf8();
        // -1: the outcome depends on which requests the faults hit; 0 or 1 both do.
        QVERIFY2(expectedExit == -1 ? (r.exitCode == 0 || r.exitCode == 1)
                                    : r.exitCode == expectedExit,
                 err.constData());
        // The debug rules took effect: the request lines are in the log.
        QVERIFY2(err.contains("dlq.net"), err.right(2000).constData());
        QVERIFY(QFile::exists(output));
        m_leaks += findLeaks(name + QStringLiteral(" stdout"), out);
        m_leaks += findLeaks(name + QStringLiteral(" stderr"), err);
        int files = 0;
        m_leaks += findLeaksInFiles(sessionDir, &files);
        m_leaks += findLeaksInFiles(m_home.path(), &files);
        QVERIFY(files > 0);
    }

private Q_SLOTS:
    void initTestCase();
    void dlqctlNeverPrintsOrStoresTheToken();
    void theWindowNeverShowsOrLogsTheToken();
};

void TestSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestSecrets::dlqctlNeverPrintsOrStoresTheToken()
{
    SandboxServer server;
    server.setToken(kToken);
    QVERIFY(server.listen());
    const QStringList ids = server.seed(60, 3);
    const QString missing = QStringLiteral("1752829295505-9");

    // A good run, CSV and JSON exports.
    runDlqctl(QStringLiteral("csv"), server.baseUrl(), kToken, ids.mid(0, 20) << missing,
              QStringLiteral(".csv"), 0);
    runDlqctl(QStringLiteral("json"), server.baseUrl(), kToken, ids.mid(20, 20),
              QStringLiteral(".json"), 0);
    // The wrong token: rejected, and neither token is printed.
    runDlqctl(QStringLiteral("wrong"), server.baseUrl(), kWrongToken, ids.mid(40, 5),
              QStringLiteral(".json"), 3);
    // Network errors: resets and 503s, then a port nobody listens on.
    SandboxFaults faults;
    faults.serverErrorPercent = 30;
    faults.resetBeforePercent = 20;
    faults.resetAfterPercent = 20;
    server.setFaults(faults);
    runDlqctl(QStringLiteral("faults"), server.baseUrl(), kToken, ids.mid(45, 15),
              QStringLiteral(".csv"), -1);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl refused = server.baseUrl();
    refused.setPort(closed.serverPort());
    closed.close();
    runDlqctl(QStringLiteral("refused"), refused, kToken, {ids.first()}, QStringLiteral(".json"),
              1);
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks));
}

void TestSecrets::theWindowNeverShowsOrLogsTheToken()
{
    SandboxServer server;
    server.setToken(kToken);
    QVERIFY(server.listen());
    const QStringList ids = server.seed(20, 5);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(QStringLiteral("dlq-manager.ini"));
    const QString sessionDir = dir.filePath(QStringLiteral("session"));
    const QString exportPath = dir.filePath(QStringLiteral("results.json"));
    QSettings store(iniPath, QSettings::IniFormat);
    AppSettings settings(&store, QProcessEnvironment());
    settings.setCustomUrl(server.baseUrl());
    settings.setToken(kToken);
    settings.setPreset(EndpointPreset::Custom);
    settings.markConfigured();
    settings.sync();

    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QString widgetLeaks;
    {
        QNetworkAccessManager nam;
        MainWindow window(&settings, &nam, sessionDir);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.addIdsFromText(ids.join(QLatin1Char('\n')), QStringLiteral("test")), 20);
        auto *deleteButton = window.findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QVERIFY(deleteButton);
        QTest::mouseClick(deleteButton, Qt::LeftButton);
        QPushButton *confirm = nullptr;
        QTRY_VERIFY((confirm = window.findChild<QPushButton *>(
                         QStringLiteral("confirmDeleteButton"))) != nullptr &&
                    confirm->isVisible());
        QTest::mouseClick(confirm, Qt::LeftButton);
        ResultsModel *model = window.resultsModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->count(ResultState::Deleted) == 20, 60000);
        QTRY_VERIFY(!window.runController()->isRunning());

        QList<int> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows.append(r);
        QCOMPARE(exporter::writeFile(exportPath, *model, rows,
                                     ExportContext{window.target().host(), QDateTime()}),
                 QString());

        QByteArray shown = window.windowTitle().toUtf8() + '\n';
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
                if (edit->echoMode() == QLineEdit::Normal)
                    shown += edit->text().toUtf8() + '\n';
            } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
                shown += label->text().toUtf8() + '\n';
            } else if (const auto *text = qobject_cast<const QPlainTextEdit *>(w)) {
                shown += text->toPlainText().toUtf8() + '\n';
            } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
                shown += button->text().toUtf8() + '\n';
            }
            shown += w->toolTip().toUtf8() + '\n' + w->statusTip().toUtf8() + '\n' +
                     w->accessibleName().toUtf8() + '\n' + w->accessibleDescription().toUtf8();
        }
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *a : actions)
            shown += a->text().toUtf8() + '\n' + a->toolTip().toUtf8() + '\n';
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    shown += model->index(r, c).data(role).toString().toUtf8() + '\n';
            }
        }
        QVERIFY(shown.contains(ids.first().toUtf8())); // the texts were really collected
        widgetLeaks = findLeaks(QStringLiteral("the window"), shown);
        // The journal as the run left it, before the window closes.
        int files = 0;
        widgetLeaks += findLeaksInFiles(sessionDir, &files);
        QVERIFY(files > 0);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QByteArray log;
    {
        const QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(log.contains("dlq."), "nothing was logged, so the check proves nothing");
    QString leaks = widgetLeaks + findLeaks(QStringLiteral("the log"), log);
    int files = 0;
    leaks += findLeaksInFiles(sessionDir, &files);
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    leaks += findLeaks(exportPath, exported.readAll());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks));

    // The one place the token belongs: the settings file, readable by its owner only.
    QFile ini(iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    QVERIFY(stored.contains(kToken.toUtf8()));
    QVERIFY(!findLeaks(iniPath, stored).isEmpty()); // the search does find what it looks for
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(ini.permissions() & others, QFileDevice::Permissions());
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
