// The real dlqctl binary against a SandboxServer in this process. QProcess runs asynchronously
// and every wait spins this event loop (QSignalSpy::wait), so the sandbox keeps answering
// while dlqctl runs; waitForFinished() would block it.
#include "ids/idparser.h"
#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "session/sessionjournal.h"
#include "settings/appsettings.h"
#include "support/dlqctlsandbox.h"
#include "support/quotaresponse.h"
#include "support/terminal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

#include <signal.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dlq;
using dlq::test::Terminal;
using dlq::test::waitForText;

namespace {

constexpr int kProcessTimeoutMs = 60000;

using Outcome = test::DlqctlRun;

// Minimal RFC 4180 reader: enough for the exporter's quoting.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QStringList missingIds(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("1600000000%1-0").arg(i, 3, 10, QLatin1Char('0'));
    return ids;
}

} // namespace

class TestDlqctl : public QObject, private test::DlqctlSandbox
{
    Q_OBJECT

private:
    QStringList deleteArgs(const QStringList &more) const
    {
        // These tests count requests; the copy before deleting has tst_dlqctlsnapshot.
        return args(QStringLiteral("delete"),
                    QStringList{QStringLiteral("--no-snapshot"), QStringLiteral("--yes")} + more);
    }

    static Outcome finish(QProcess &process, QSignalSpy &finished)
    {
        return test::finishDlqctl(process, finished, kProcessTimeoutMs);
    }

    static Outcome run(const QStringList &arguments, const QProcessEnvironment &env,
                       const QByteArray &input = {})
    {
        return test::runDlqctl(arguments, env, input, kProcessTimeoutMs);
    }

    Outcome run(const QStringList &arguments, const QByteArray &input = {})
    {
        return run(arguments, environment(), input);
    }

    // The app's settings file with two profiles: "Default" pointing at a port where nothing
    // listens, and "staging" at the sandbox with its token in the file.
    void writeTwoProfiles(bool stagingIsProduction)
    {
        QSettings store(home->filePath(QStringLiteral(".config/DLQ Manager/dlq-manager.conf")),
                        QSettings::IniFormat);
        AppSettings settings(&store, QProcessEnvironment());
        settings.setPreset(EndpointPreset::Custom);
        settings.setCustomUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        settings.setToken(QStringLiteral("default-token"));
        QCOMPARE(settings.addProfile(QStringLiteral("staging")), QString());
        QCOMPARE(settings.switchProfile(QStringLiteral("staging"), false), QString());
        settings.setPreset(EndpointPreset::Custom);
        settings.setCustomUrl(server->baseUrl());
        settings.setToken(SandboxServer::defaultToken());
        settings.setProduction(stagingIsProduction);
        QCOMPARE(settings.switchProfile(QStringLiteral("Default"), false), QString());
        settings.sync();
    }

private Q_SLOTS:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void helpAndVersion()
    {
        const Outcome version = run({QStringLiteral("--version")});
        QVERIFY(version.finished);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QLatin1String("dlqctl ")));

        const Outcome help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("delete")));
        const Outcome deleteHelp = run({QStringLiteral("delete"), QStringLiteral("--help")});
        QCOMPARE(deleteHelp.exitCode, 0);
        QVERIFY(deleteHelp.out.contains(QLatin1String("--bulk")));
        const Outcome sandboxHelp = run({QStringLiteral("sandbox"), QStringLiteral("--help")});
        QCOMPARE(sandboxHelp.exitCode, 0);
        QVERIFY(sandboxHelp.out.contains(QLatin1String("--latency-ms")));
        QVERIFY(server->requests().isEmpty());
    }

    void mixedIds_csv_exitZero_exactRows()
    {
        const QStringList existing = server->seed(5, 4);
        const QStringList missing = missingIds(3);
        const QStringList ids = existing + missing;
        const Outcome csv =
            run(deleteArgs({QStringLiteral("--format"), QStringLiteral("csv")}) + ids);
        QVERIFY(csv.finished);
        QCOMPARE(csv.exitStatus, QProcess::NormalExit);
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QStringList> rows = parseCsv(csv.out);
        QCOMPARE(rows.size(), 1 + ids.size());
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("result"),
                              QStringLiteral("http_status"), QStringLiteral("message"),
                              QStringLiteral("attempts"), QStringLiteral("duration_ms"),
                              QStringLiteral("finished_at")}));
        for (int i = 0; i < ids.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.at(0), ids.at(i));
            const bool exists = i < existing.size();
            QCOMPARE(row.at(1), exists ? QStringLiteral("deleted") : QStringLiteral("not_found"));
            QCOMPARE(row.at(2), exists ? QStringLiteral("200") : QStringLiteral("404"));
            if (exists)
                QCOMPARE(row.at(3), QString());
            else
                QVERIFY(row.at(3).startsWith(QLatin1String("Not in the DLQ")));
            QCOMPARE(row.at(4), QStringLiteral("1"));
        }
        QCOMPARE(server->entryCount(), 0);
        QCOMPARE(server->requests().size(), ids.size());
        QVERIFY(csv.err.contains(QLatin1String("5 Deleted")));
        QVERIFY(!csv.err.contains(QLatin1String("IDs/s"))); // stderr is no terminal here
    }

    void mixedIds_json_exitZero_exactResults()
    {
        const QStringList existing = server->seed(4, 5);
        const QStringList ids = existing + missingIds(2);
        const Outcome r =
            run(deleteArgs({QStringLiteral("--format"), QStringLiteral("json")}) + ids);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("host")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(server->port()));
        const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("deleted")).toInt(), 4);
        QCOMPARE(counts.value(QLatin1String("not_found")).toInt(), 2);
        const QJsonArray results = root.value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject item = results.at(i).toObject();
            QCOMPARE(item.value(QLatin1String("id")).toString(), ids.at(i));
            const bool exists = i < existing.size();
            QCOMPARE(item.value(QLatin1String("result")).toString(),
                     exists ? QStringLiteral("deleted") : QStringLiteral("not_found"));
            QCOMPARE(item.value(QLatin1String("httpStatus")).toInt(), exists ? 200 : 404);
        }
    }

    void table_isTheDefault_withAlignedColumns()
    {
        const QStringList existing = server->seed(2, 6);
        const Outcome r = run(deleteArgs(existing + missingIds(1)));
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QLatin1String("ID ")));
        const qsizetype resultColumn = lines.at(0).indexOf(QLatin1String("Result"));
        const qsizetype httpColumn = lines.at(0).indexOf(QLatin1String("HTTP"));
        QVERIFY(resultColumn > 0 && httpColumn > resultColumn);
        QCOMPARE(lines.at(1).mid(resultColumn, 7), QStringLiteral("Deleted"));
        QCOMPARE(lines.at(1).mid(httpColumn, 3), QStringLiteral("200"));
        QCOMPARE(lines.at(3).mid(resultColumn, 9), QStringLiteral("Not found"));
        QCOMPARE(lines.at(3).mid(httpColumn, 3), QStringLiteral("404"));
    }

    void serverErrors_exitOne()
    {
        const QStringList existing = server->seed(3, 7);
        SandboxFaults faults;
        faults.serverErrorPercent = 100;
        server->setFaults(faults);
        const Outcome r = run(deleteArgs({QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--max-attempts"), QStringLiteral("1")}) +
                              existing);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 4);
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(1), QStringLiteral("failed"));
            QCOMPARE(rows.at(i).at(2), QStringLiteral("503"));
        }
        QCOMPARE(server->entryCount(), 3);
    }

    void usageErrors_exitTwo_andSendNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("mentions");
        const QString url = QStringLiteral("@URL@");
        const QString id = QStringLiteral("1752829295505-0");
        QTest::newRow("no command") << QStringList{} << true << QStringLiteral("No command");
        QTest::newRow("no IDs") << QStringList{QStringLiteral("delete"), QStringLiteral("--yes")}
                                << true << QStringLiteral("No IDs");
        QTest::newRow("bad flag") << QStringList{QStringLiteral("delete"), id,
                                                 QStringLiteral("--frobnicate")}
                                  << true << QStringLiteral("frobnicate");
        QTest::newRow("remote http")
            << QStringList{QStringLiteral("delete"), QStringLiteral("--yes"),
                           QStringLiteral("--base-url"), QStringLiteral("http://example.com"), id}
            << true << QStringLiteral("https://");
        QTest::newRow("missing token")
            << QStringList{QStringLiteral("delete"), QStringLiteral("--yes"),
                           QStringLiteral("--base-url"), url, id}
            << false << QStringLiteral("QSTASH_TOKEN");
        QTest::newRow("token flag") << QStringList{QStringLiteral("delete"),
                                                   QStringLiteral("--yes"),
                                                   QStringLiteral("--base-url"),
                                                   url,
                                                   QStringLiteral("--token"),
                                                   QStringLiteral("sandbox-token"),
                                                   id}
                                    << true << QStringLiteral("process list");
        QTest::newRow("no --yes, stdin not a terminal")
            << QStringList{QStringLiteral("delete"), QStringLiteral("--base-url"), url, id} << true
            << QStringLiteral("--yes");
        QTest::newRow("only invalid IDs")
            << QStringList{QStringLiteral("delete"),     QStringLiteral("--yes"),
                           QStringLiteral("--base-url"), url,
                           QStringLiteral("wfr_abc"),    QStringLiteral("a/b")}
            << true << QStringLiteral("None of the IDs");
        QTest::newRow("missing --from file")
            << QStringList{QStringLiteral("delete"),     QStringLiteral("--yes"),
                           QStringLiteral("--base-url"), url,
                           QStringLiteral("--from"),     QStringLiteral("/nonexistent/ids.txt")}
            << true << QStringLiteral("ids.txt");
        QTest::newRow("ID is the token") << QStringList{QStringLiteral("delete"),
                                                        QStringLiteral("--yes"),
                                                        QStringLiteral("--base-url"),
                                                        url,
                                                        id,
                                                        QStringLiteral("sandbox-token")}
                                         << true << QStringLiteral("contains your API token");
    }

    void usageErrors_exitTwo_andSendNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withToken);
        QFETCH(QString, mentions);
        server->seed(3, 1);
        arguments.replaceInStrings(QStringLiteral("@URL@"), server->baseUrl().toString());
        const Outcome r =
            run(arguments, environment(withToken ? SandboxServer::defaultToken() : QString()));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(server->requests().isEmpty());
        QVERIFY(!r.err.contains(QLatin1String("sandbox-token")));
    }

    void wrongToken_exitThree_atMostConcurrencyRequests()
    {
        server->seed(5, 1);
        const QString secret = QStringLiteral("wrong-secret-7f3a9c");
        const Outcome r = run(deleteArgs({QStringLiteral("--concurrency"), QStringLiteral("3"),
                                          QStringLiteral("--format"), QStringLiteral("csv")}) +
                                  missingIds(40),
                              environment(secret));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!server->requests().isEmpty());
        QVERIFY2(server->requests().size() <= 3,
                 qPrintable(QString::number(server->requests().size())));
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 41);
        int notSent = 0;
        for (int i = 1; i < rows.size(); ++i)
            notSent += rows.at(i).at(1) == QLatin1String("not_sent");
        QCOMPARE(notSent, 40 - int(server->requests().size()));
        QVERIFY(r.err.contains(QLatin1String("rejected the token")));
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
        QVERIFY(r.err.contains(QLatin1String("9c"))); // the fingerprint only
        QCOMPARE(server->entryCount(), 5);
    }

    void dailyQuota_exitFour_data()
    {
        QTest::addColumn<bool>("bulk");
        QTest::newRow("per ID") << false;
        QTest::newRow("bulk") << true;
    }

    void dailyQuota_exitFour()
    {
        QFETCH(bool, bulk);
        const QStringList existing = server->seed(6, 20);
        int allowed = 1;
        server->setOverride([&](const SandboxRequest &) -> std::optional<SandboxResponse> {
            if (allowed-- > 0)
                return std::nullopt;
            return test::dailyQuotaResponse();
        });
        QStringList arguments = deleteArgs({QStringLiteral("--concurrency"), QStringLiteral("1")});
        if (bulk)
            arguments << QStringLiteral("--bulk") << QStringLiteral("--chunk-size")
                      << QStringLiteral("2");
        const Outcome r = run(arguments + existing);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("quota")), qPrintable(r.err));
        QCOMPARE(server->requests().size(), 2);
        QCOMPARE(server->entryCount(), bulk ? 4 : 5);
    }

    void notFoundGuard_stopsANonInteractiveRun()
    {
        server->seed(3, 18);
        const QStringList ids = missingIds(30);
        const Outcome stopped =
            run(deleteArgs({QStringLiteral("--concurrency"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("csv")}) +
                ids);
        QVERIFY(stopped.finished);
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.err.contains(QLatin1String("first 20 answers were all 404")),
                 qPrintable(stopped.err));
        QVERIFY(server->requests().size() >= 20 && server->requests().size() <= 21);
        const QList<QStringList> rows = parseCsv(stopped.out);
        QCOMPARE(rows.size(), 31);
        QCOMPARE(rows.constLast().at(1), QStringLiteral("not_sent"));

        server->clearRequests();
        const Outcome off =
            run(deleteArgs({QStringLiteral("--not-found-guard"), QStringLiteral("0")}) + ids);
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(server->requests().size(), 30);
    }

    // Stopping with 16 requests in flight made Qt print "QNetworkReplyImplPrivate::error:
    // Internal problem, this method must only be called once." up to 6 times.
    void notFoundGuard_atConcurrency16_printsNoQtInternalWarning()
    {
        server->seed(2, 19);
        server->setLatencyMs(20);
        for (int attempt = 0; attempt < 5; ++attempt) {
            server->clearRequests();
            const Outcome r = run(deleteArgs({QStringLiteral("--concurrency"), QStringLiteral("16"),
                                              QStringLiteral("--format"), QStringLiteral("csv")}) +
                                  missingIds(200));
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("first 20 answers were all 404")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("QNetworkReplyImplPrivate")), qPrintable(r.err));
        }
    }

    void dryRun_sendsNothing_andPrintsEncodedPaths()
    {
        server->seed(2, 1);
        const QStringList ids = {QStringLiteral("1752829295505-0"), QStringLiteral("odd:id%41"),
                                 QStringLiteral("ünï-1"), QStringLiteral("a/b"),
                                 QStringLiteral("wfr_0123456789")};
        // No token: a dry run does not need one.
        const Outcome r =
            run(QStringList{QStringLiteral("delete"), QStringLiteral("--dry-run"),
                            QStringLiteral("--base-url"), server->baseUrl().toString()} +
                    ids,
                environment(QString()));
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("DELETE /v2/workflows/dlq/1752829295505-0\n"
                                       "DELETE /v2/workflows/dlq/odd%3Aid%2541\n"
                                       "DELETE /v2/workflows/dlq/%C3%BCn%C3%AF-1\n"));
        QVERIFY(r.err.contains(QLatin1String("3 DELETE requests")));
        QVERIFY(r.err.contains(QLatin1String("Invalid, not sent: a/b")));
        QVERIFY(r.err.contains(QLatin1String("Invalid, not sent: wfr_0123456789")));
        QVERIFY(server->requests().isEmpty());
        QCOMPARE(server->entryCount(), 2);

        const Outcome bulk =
            run(QStringList{QStringLiteral("delete"), QStringLiteral("--dry-run"),
                            QStringLiteral("--bulk"), QStringLiteral("--chunk-size"),
                            QStringLiteral("2"), QStringLiteral("--base-url"),
                            server->baseUrl().toString()} +
                    ids,
                environment(QString()));
        QCOMPARE(bulk.exitCode, 0);
        QCOMPARE(
            bulk.out,
            QStringLiteral("DELETE /v2/workflows/dlq?dlqIds=1752829295505-0&dlqIds=odd%3Aid%2541\n"
                           "DELETE /v2/workflows/dlq?dlqIds=%C3%BCn%C3%AF-1\n"));
        QVERIFY(bulk.err.contains(QLatin1String("not which IDs were missing")));
        QVERIFY(server->requests().isEmpty());
    }

    void invalidIds_listedAndNeverSent()
    {
        const QStringList existing = server->seed(2, 8);
        const QStringList invalid = {QStringLiteral("wfr_abcdef123"), QStringLiteral("../x"),
                                     QStringLiteral("msg_123456")};
        const Outcome r = run(deleteArgs({QStringLiteral("--format"), QStringLiteral("csv")}) +
                              existing + invalid);
        QCOMPARE(r.exitCode, 0);
        for (const QString &id : invalid)
            QVERIFY2(r.err.contains(QStringLiteral("Invalid, not sent: ") + id), qPrintable(r.err));
        QCOMPARE(server->requests().size(), 2);
        for (const SandboxRequest &request : server->requests()) {
            QVERIFY(!request.target.contains("wfr_"));
            QVERIFY(!request.target.contains("msg_"));
            QVERIFY(!request.target.contains(".."));
        }
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(3).at(0), invalid.at(0));
        QCOMPARE(rows.at(3).at(1), QStringLiteral("invalid"));
        QCOMPARE(rows.at(3).at(2), QString());
    }

    // A zero-width space made an ID "unusual" and its 404 read as "already deleted": refused,
    // named and shown, and sent as it is only with --allow-invisible.
    void invisibleCharacters_refusedUnlessAllowed()
    {
        const QStringList existing = server->seed(1, 14);
        const QString invisible = QStringLiteral("17528\u200B29295505-0");
        const Outcome refused = run(deleteArgs(existing + QStringList{invisible}));
        QCOMPARE(refused.exitCode, 0);
        QCOMPARE(server->requests().size(), 1);
        QVERIFY2(refused.err.contains(QLatin1String("Invalid, not sent: 17528\\u200B29295505-0")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("invisible character U+200B at position 6 "
                                                     "(17528\u27E8U+200B\u27E929295505-0)")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("--allow-invisible")));
        QVERIFY(!refused.err.contains(QChar(0x200B)));
        QVERIFY(!refused.out.contains(QChar(0x200B)));

        server->clearRequests();
        const Outcome allowed =
            run(deleteArgs({QStringLiteral("--allow-invisible"), QStringLiteral("--format"),
                            QStringLiteral("csv"), invisible}));
        QCOMPARE(allowed.exitCode, 0);
        QCOMPARE(server->requests().size(), 1);
        QVERIFY2(server->requests().first().target.contains("17528%E2%80%8B29295505-0"),
                 server->requests().first().target.constData());
        const QList<QStringList> rows = parseCsv(allowed.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), invisible); // the exact ID, not its display form
        QCOMPARE(rows.at(1).at(1), QStringLiteral("not_found"));

        const Outcome help = run({QStringLiteral("delete"), QStringLiteral("--help")});
        QVERIFY(help.out.contains(QLatin1String("--allow-invisible")));
    }

    // --allow-invisible also applies to the rows a resumed session brings back.
    void resume_allowInvisible_sendsRestoredInvisibleIds()
    {
        const QStringList existing = server->seed(1, 15);
        const QString invisible = QStringLiteral("17528\u200B29295505-7");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            ResultsModel model;
            model.append(parseIds(QString(existing.first() + QLatin1Char('\n') + invisible)));
            QCOMPARE(model.row(1).state, ResultState::Invalid);
            SessionJournal journal(&model, dir.path());
            journal.flush();
        } // left unfinished, as after a crash
        const Outcome resumed =
            run(deleteArgs({QStringLiteral("--session"), dir.path(), QStringLiteral("--resume"),
                            QStringLiteral("--allow-invisible"), QStringLiteral("--format"),
                            QStringLiteral("csv")}));
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(server->requests().size(), 2);
        QVERIFY(!server->contains(existing.first()));
        const QList<QStringList> rows = parseCsv(resumed.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).at(0), invisible);
        QCOMPARE(rows.at(2).at(1), QStringLiteral("not_found"));
    }

    void invalidIds_withEscapeSequences_areShownEscaped()
    {
        server->seed(1, 1);
        const QString evil = QStringLiteral("x\x1B[2Jy");
        const Outcome r = run(deleteArgs(QStringList{server->entryIds().first(), evil}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(QChar(0x1B)));
        QVERIFY(!r.out.contains(QChar(0x1B)));
        QVERIFY(r.err.contains(QLatin1String("x\\x1B[2Jy")));
    }

    // A binary file once became 3 232 garbage "IDs" and 25 DELETEs: it is refused like the
    // window's import, before any request.
    void binaryFile_isRefused_beforeAnyRequest()
    {
        server->seed(3, 12);
        const QString path = home->filePath(QStringLiteral("binary.bin"));
        QVERIFY(QFile::copy(QStringLiteral(DLQCTL_PATH), path));
        const Outcome r = run(deleteArgs({QStringLiteral("--from"), path}));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("is not a text file")), qPrintable(r.err.left(500)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(server->requests().isEmpty());
        QCOMPARE(server->entryCount(), 3);
    }

    // One very long token must not pad every line of the table to its width; CSV keeps it whole.
    void table_capsLongCells_csvKeepsThem()
    {
        const QStringList existing = server->seed(1, 13);
        const QString longId = QString(400, QLatin1Char('a'));   // sendable, unusual
        const QString tooLong = QString(3000, QLatin1Char('b')); // invalid: over 512 bytes
        const QStringList ids = existing + QStringList{longId, tooLong};
        const Outcome table = run(deleteArgs(ids));
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        constexpr qsizetype kMaxLine = 4 * 80 + 3 * 2;
        for (const QString &line : lines)
            QVERIFY2(line.size() <= kMaxLine, qPrintable(QString::number(line.size())));
        QVERIFY(lines.at(2).startsWith(QString(79, QLatin1Char('a')) + QChar(0x2026)));
        for (const QString &line : table.err.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 2 * kMaxLine, qPrintable(QString::number(line.size())));

        const Outcome csv =
            run(deleteArgs({QStringLiteral("--format"), QStringLiteral("csv")}) + ids);
        const QList<QStringList> rows = parseCsv(csv.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(2).at(0), longId);
        QCOMPARE(rows.at(3).at(0), tooLong);
    }

    void fromStdin()
    {
        const QStringList existing = server->seed(3, 9);
        const QByteArray input =
            (existing.at(0) + QStringLiteral("\n") + existing.at(1) + QStringLiteral(", ") +
             existing.at(2) + QStringLiteral("\n") + existing.at(0) + QStringLiteral("\n"))
                .toUtf8();
        const Outcome r = run(deleteArgs({QStringLiteral("--from"), QStringLiteral("-"),
                                          QStringLiteral("--format"), QStringLiteral("csv")}),
                              input);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parseCsv(r.out).size(), 4);
        QVERIFY(r.err.contains(QLatin1String("1 duplicate removed")));
        QCOMPARE(server->entryCount(), 0);
        QCOMPARE(server->requests().size(), 3);
    }

    void fromFile_andArguments_combine()
    {
        const QStringList existing = server->seed(3, 10);
        const QString path = home->filePath(QStringLiteral("ids.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonArray::fromStringList(existing.mid(1))).toJson());
        file.close();
        const Outcome r = run(deleteArgs({existing.at(0), QStringLiteral("--from"), path}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server->entryCount(), 0);
    }

    void tokenFile()
    {
        const QStringList existing = server->seed(3, 11);
        const QString path = home->filePath(QStringLiteral("token"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("  sandbox-token\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        // The file wins over a wrong QSTASH_TOKEN: it was asked for explicitly.
        const Outcome r = run(deleteArgs({QStringLiteral("--token-file"), path, existing.at(0)}),
                              environment(QStringLiteral("wrong")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("can be read by other users")));
        QVERIFY(r.err.contains(QLatin1String("--token-file")));
        QCOMPARE(server->requests().constLast().header("authorization"),
                 QByteArray("Bearer sandbox-token"));

        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                    QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const Outcome open = run(deleteArgs({QStringLiteral("--token-file"), path, existing.at(1)}),
                                 environment(QString()));
        QCOMPARE(open.exitCode, 0);
        QVERIFY(open.err.contains(QLatin1String("can be read by other users")));
        QVERIFY(!open.err.contains(QLatin1String("sandbox-token")));

        const Outcome missing =
            run(deleteArgs({QStringLiteral("--token-file"), home->filePath(QStringLiteral("nope")),
                            existing.at(2)}),
                environment(QString()));
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(server->requests().size(), 2);
    }

    void savedSettings_ofTheApp_areUsed()
    {
        const QStringList existing = server->seed(2, 12);
        // Where QSettings(NativeFormat, UserScope, "DLQ Manager", "dlq-manager") lives on Linux.
        const QString dir = home->filePath(QStringLiteral(".config/DLQ Manager"));
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + QStringLiteral("/dlq-manager.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[auth]\ntoken=sandbox-token\n[endpoint]\npreset=custom\ncustomUrl=" +
                   server->baseUrl().toEncoded() + "\n");
        file.close();
        const Outcome r =
            run({QStringLiteral("delete"), QStringLiteral("--yes"), existing.at(0), existing.at(1)},
                environment(QString()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("DLQ Manager's settings")));
        QCOMPARE(server->entryCount(), 0);
    }

    void outputFiles()
    {
        const QStringList existing = server->seed(4, 13);
        const QString csvPath = home->filePath(QStringLiteral("results.csv"));
        const Outcome csv = run(deleteArgs({QStringLiteral("--output"), csvPath, existing.at(0)}));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.isEmpty());
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csvFile.readAll()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), existing.at(0));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("deleted"));

        const QString jsonPath = home->filePath(QStringLiteral("results.json"));
        const Outcome json =
            run(deleteArgs({QStringLiteral("--output"), jsonPath, existing.at(1)}));
        QCOMPARE(json.exitCode, 0);
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(jsonFile.readAll())
                                       .object()
                                       .value(QLatin1String("results"))
                                       .toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(QLatin1String("id")).toString(), existing.at(1));

        const QString tablePath = home->filePath(QStringLiteral("results.txt"));
        const Outcome table =
            run(deleteArgs({QStringLiteral("--format"), QStringLiteral("table"),
                            QStringLiteral("--output"), tablePath, existing.at(2)}));
        QCOMPARE(table.exitCode, 0);
        QFile tableFile(tablePath);
        QVERIFY(tableFile.open(QIODevice::ReadOnly));
        QVERIFY(tableFile.readAll().startsWith("ID "));

        // Checked before anything is deleted.
        const int before = int(server->requests().size());
        const Outcome unwritable =
            run(deleteArgs({QStringLiteral("--output"), QStringLiteral("/nonexistent-dir/r.csv"),
                            existing.at(3)}));
        QCOMPARE(unwritable.exitCode, 2);
        QCOMPARE(int(server->requests().size()), before);
        QVERIFY(server->contains(existing.at(3)));
    }

    void bulk_chunks_deleteExactlyTheExistingIds()
    {
        const QStringList existing = server->seed(250, 14);
        const QStringList ids = existing + missingIds(30);
        const Outcome r =
            run(deleteArgs({QStringLiteral("--bulk"), QStringLiteral("--chunk-size"),
                            QStringLiteral("100"), QStringLiteral("--from"), QStringLiteral("-")}),
                ids.join(QLatin1Char('\n')).toUtf8());
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("chunk 1: 100 IDs sent, 100 deleted\n"
                                       "chunk 2: 100 IDs sent, 100 deleted\n"
                                       "chunk 3: 80 IDs sent, 50 deleted\n"));
        QVERIFY(r.err.contains(
            QLatin1String("Bulk mode reports counts per chunk, not which IDs were missing.")));
        const QStringList deleted = server->deletedIds();
        QCOMPARE(QSet<QString>(deleted.cbegin(), deleted.cend()),
                 QSet<QString>(existing.cbegin(), existing.cend()));
        QCOMPARE(server->unfilteredBulkDeleteCount(), 0);
        QCOMPARE(server->requests().size(), 3);
        for (const SandboxRequest &request : server->requests()) {
            QCOMPARE(request.path, QByteArray("/v2/workflows/dlq"));
            const QUrlQuery query(QString::fromLatin1(request.query));
            QVERIFY(!query.allQueryItemValues(QStringLiteral("dlqIds")).isEmpty());
        }
    }

    // One clamp for both modes (RunConfig::normalized): what --concurrency accepts runs as
    // asked, in bulk too (it used to run at 64 without a word).
    void bulk_concurrencyAbove64_runsAsAsked()
    {
        const QStringList existing = server->seed(200, 3);
        server->setLatencyMs(1000); // every chunk is still in flight when the last one leaves
        const Outcome r =
            run(deleteArgs({QStringLiteral("--bulk"), QStringLiteral("--chunk-size"),
                            QStringLiteral("2"), QStringLiteral("--concurrency"),
                            QStringLiteral("100"), QStringLiteral("--from"), QStringLiteral("-")}),
                existing.join(QLatin1Char('\n')).toUtf8());
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server->requests().size(), 100);
        QVERIFY2(server->maxInFlight() > 64, qPrintable(QString::number(server->maxInFlight())));
        QCOMPARE(server->entryCount(), 0);
    }

    void unreachableServer_stopsEarly_saysCheckTheUrl_exitOne()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const Outcome r =
            run(QStringList{QStringLiteral("delete"), QStringLiteral("--no-snapshot"),
                            QStringLiteral("--base-url"), base, QStringLiteral("--yes"),
                            QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--concurrency"), QStringLiteral("2")} +
                missingIds(30));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("Cannot reach 127.0.0.1:%1 — check the URL").arg(port)),
            qPrintable(r.err));
        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 31);
        int notSent = 0;
        for (int i = 1; i < rows.size(); ++i)
            notSent += rows.at(i).at(1) == QLatin1String("not_sent") ? 1 : 0;
        QVERIFY2(notSent >= 20, qPrintable(QString::number(notSent)));
    }

    void bulk_json()
    {
        const QStringList existing = server->seed(3, 15);
        const Outcome r = run(deleteArgs({QStringLiteral("--bulk"), QStringLiteral("--format"),
                                          QStringLiteral("json"), QStringLiteral("wfr_nope1")}) +
                              existing);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("deleted")).toInt(), 3);
        const QJsonArray chunks = root.value(QLatin1String("chunks")).toArray();
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.at(0).toObject().value(QLatin1String("ids")).toArray().size(), 3);
        QCOMPARE(root.value(QLatin1String("invalid")).toArray().size(), 1);
    }

    void interrupted_exit130_withPartialResults_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void interrupted_exit130_withPartialResults()
    {
        QFETCH(int, signalNumber);
        const QStringList existing = server->seed(40, 16);
        server->setLatencyMs(200);
        // With two in flight, a fifth request means dlqctl has finished at least three.
        QSignalSpy received(server.get(), &SandboxServer::requestReceived);

        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DLQCTL_PATH),
                      deleteArgs({QStringLiteral("--concurrency"), QStringLiteral("2"),
                                  QStringLiteral("--max-attempts"), QStringLiteral("1"),
                                  QStringLiteral("--format"), QStringLiteral("csv")}) +
                          existing);
        QVERIFY(process.waitForStarted(10000));
        while (received.size() < 5)
            QVERIFY(received.wait(20000));
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
        const Outcome r = finish(process, finished);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 130);
        QVERIFY(r.err.contains(QLatin1String("Interrupted")));

        const QList<QStringList> rows = parseCsv(r.out);
        QCOMPARE(rows.size(), 41);
        int deleted = 0;
        int unsent = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QString state = rows.at(i).at(1);
            QVERIFY2(state != QLatin1String("pending") && state != QLatin1String("sending"),
                     qPrintable(state));
            deleted += state == QLatin1String("deleted");
            unsent += state == QLatin1String("not_sent");
        }
        QVERIFY2(deleted >= 3, qPrintable(r.out));
        QVERIFY2(unsent >= 1, qPrintable(r.out));
        QVERIFY(server->entryCount() > 0);
    }

    void sandboxCommand_serves_andStopsOnSigterm()
    {
        const QString idsPath = home->filePath(QStringLiteral("sandbox-ids.txt"));
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(DLQCTL_PATH),
                      {QStringLiteral("sandbox"), QStringLiteral("--count"), QStringLiteral("5"),
                       QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--print-ids"),
                       idsPath});
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        QVERIFY(waitForText(process, QProcess::StandardOutput, QStringLiteral("entries)\n"), &out));
        static const QRegularExpression line(QStringLiteral(
            R"(^Sandbox listening on (http://127\.0\.0\.1:(\d+)) \(token: sandbox-token, 5 entries\)\n$)"));
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        const QUrl base(match.captured(1));

        QFile idsFile(idsPath);
        QVERIFY(idsFile.open(QIODevice::ReadOnly));
        const QStringList ids =
            QString::fromUtf8(idsFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 5);

        QNetworkAccessManager nam;
        const auto sendDelete = [&](const QString &id) {
            QUrl url = base;
            url.setPath(QStringLiteral("/v2/workflows/dlq/") + id);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer sandbox-token");
            QNetworkReply *reply = nam.sendCustomRequest(request, "DELETE");
            QSignalSpy done(reply, &QNetworkReply::finished);
            const bool ok = done.wait(10000);
            const int status =
                ok ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
            reply->deleteLater();
            return status;
        };
        QCOMPARE(sendDelete(ids.at(0)), 200);
        QCOMPARE(sendDelete(ids.at(0)), 404);

        process.terminate();
        const Outcome r = finish(process, finished);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Sandbox stopped after 2 requests")),
                 qPrintable(r.out));
    }

    void confirmation_onATerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("typed the count") << QByteArray("3\n") << 0;
        QTest::newRow("typed something else") << QByteArray("yes\n") << 2;
        QTest::newRow("end of input") << QByteArray("\x04") << 2;
    }

    void confirmation_onATerminal()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, exitCode);
        const QStringList existing = server->seed(3, 17);
        Terminal terminal;
        QVERIFY(terminal.isValid());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(
            terminal.start(process, environment(),
                           QStringList{QStringLiteral("delete"), QStringLiteral("--no-snapshot"),
                                       QStringLiteral("--base-url"), server->baseUrl().toString()} +
                               existing));

        QByteArray err;
        const QString prompt = QStringLiteral("Delete 3 DLQ entries from 127.0.0.1:%1? This "
                                              "cannot be undone. Type 3 to confirm:")
                                   .arg(server->port());
        const bool asked = waitForText(process, QProcess::StandardError, prompt, &err);
        if (asked)
            terminal.type(typed);
        const Outcome r = finish(process, finished);
        QVERIFY2(asked, err.constData());
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(server->requests().size(), exitCode == 0 ? 3 : 0);
    }

    void notFoundGuard_asksOnATerminal()
    {
        server->seed(1, 19);
        const QStringList ids = missingIds(25);
        Terminal terminal;
        QVERIFY(terminal.isValid());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(
            terminal.start(process, environment(),
                           QStringList{QStringLiteral("delete"), QStringLiteral("--no-snapshot"),
                                       QStringLiteral("--base-url"), server->baseUrl().toString(),
                                       QStringLiteral("--concurrency"), QStringLiteral("1")} +
                               ids));
        QByteArray err;
        bool asked = waitForText(process, QProcess::StandardError,
                                 QStringLiteral("Type 25 to confirm:"), &err);
        if (asked) {
            terminal.type("25\n");
            asked = waitForText(process, QProcess::StandardError,
                                QStringLiteral("Continue anyway? Type yes to continue:"), &err);
        }
        if (asked)
            terminal.type("yes\n");
        const Outcome r = finish(process, finished);
        QVERIFY2(asked, err.constData());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server->requests().size(), 25);
    }

    void profile_selectsItsServerAndToken()
    {
        writeTwoProfiles(false);
        const QStringList existing = server->seed(2, 21);
        const Outcome r = run({QStringLiteral("delete"), QStringLiteral("--profile"),
                               QStringLiteral("staging"), QStringLiteral("--yes"), existing.at(0)},
                              environment(QString()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(server->entryCount(), 1);
        QCOMPARE(server->requests().constLast().header("authorization"),
                 QByteArray("Bearer ") + SandboxServer::defaultToken().toUtf8());
    }

    void profile_unknownName_isAUsageError_listingTheNames()
    {
        writeTwoProfiles(false);
        const QStringList existing = server->seed(1, 22);
        const Outcome r = run({QStringLiteral("delete"), QStringLiteral("--profile"),
                               QStringLiteral("prod"), QStringLiteral("--yes"), existing.at(0)},
                              environment(QString()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("prod")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Default, staging")), qPrintable(r.err));
        QCOMPARE(server->requests().size(), 0);
    }

    void profile_environmentStillOverrides()
    {
        writeTwoProfiles(false);
        const QStringList existing = server->seed(2, 23);
        // Default's server is unreachable: QSTASH_URL must win over it.
        QProcessEnvironment env = environment(QString());
        env.insert(QStringLiteral("QSTASH_URL"), server->baseUrl().toString());
        const Outcome url =
            run({QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("Default"),
                 QStringLiteral("--yes"), existing.at(0)},
                env);
        QCOMPARE(url.exitCode, 3); // reached the sandbox, with Default's token
        QCOMPARE(server->requests().constLast().header("authorization"),
                 QByteArray("Bearer default-token"));
        // staging's stored token loses to QSTASH_TOKEN.
        const Outcome token =
            run({QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("staging"),
                 QStringLiteral("--yes"), existing.at(1)},
                environment(QStringLiteral("from-the-environment")));
        QCOMPARE(token.exitCode, 3);
        QCOMPARE(server->requests().constLast().header("authorization"),
                 QByteArray("Bearer from-the-environment"));
        QCOMPARE(server->entryCount(), 2);
    }

    void profile_production_isNamedInThePrompt()
    {
        writeTwoProfiles(true);
        const QStringList existing = server->seed(2, 24);
        Terminal terminal;
        QVERIFY(terminal.isValid());
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(terminal.start(process, environment(QString()),
                               QStringList{QStringLiteral("delete"), QStringLiteral("--profile"),
                                           QStringLiteral("staging")} +
                                   existing));
        QByteArray err;
        const QString prompt =
            QStringLiteral("Profile \u201cstaging\u201d (production).\nDelete 2 DLQ "
                           "entries from 127.0.0.1:%1? This cannot be undone. "
                           "Type 2 to confirm:")
                .arg(server->port());
        const bool asked = waitForText(process, QProcess::StandardError, prompt, &err);
        if (asked)
            terminal.type("2\n");
        const Outcome r = finish(process, finished);
        QVERIFY2(asked, err.constData());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(server->entryCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDlqctl)
#include "tst_dlqctl.moc"
