// `dlqctl delete ID…` saves the entries (one GET each) before the first DELETE and names the
// file in its report; --no-snapshot sends no GET; a failed GET stops before any delete. The
// real binary against a SandboxServer in this process, with a home of the test's own.
#include "sandbox/sandboxserver.h"
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace dlq;
using dlq::test::runDlqctl;

class TestDlqctlSnapshot : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QTemporaryDir> home;
    QStringList existing;
    const QString missing = QStringLiteral("1600000000000-0");

    dlq::test::DlqctlRun deleteIds(const QStringList &more)
    {
        return runDlqctl(QStringList{QStringLiteral("delete"), QStringLiteral("--base-url"),
                                     server->baseUrl().toString(), QStringLiteral("--yes")} +
                             more + existing + QStringList{missing},
                         dlq::test::dlqctlEnvironment(*home, server->token()));
    }

    QString snapshotDir() const
    {
        return home->filePath(QStringLiteral(".local/share/dlq-manager/snapshots"));
    }

    QStringList snapshotFiles() const
    {
        return QDir(snapshotDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    }

    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const SandboxRequest &r : server->requests())
            n += r.method == method ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        home = std::make_unique<QTemporaryDir>();
        QVERIFY(home->isValid());
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        server->setToken(QStringLiteral("cli-secret-91ab"));
        existing = server->seed(5, 9);
    }

    void cleanup()
    {
        server.reset();
        home.reset();
    }

    void idsAreSavedBeforeTheFirstDeleteAndTheReportNamesTheFile()
    {
        QHash<QString, QJsonObject> stored;
        for (const QString &id : std::as_const(existing))
            stored.insert(id,
                          sandboxPresentedEntry(*server->entry(id), SandboxCallbackShape::Spec));
        int filesAtFirstDelete = -1;
        connect(server.get(), &SandboxServer::requestReceived, this,
                [&](const SandboxRequest &request) {
                    if (request.method == "DELETE" && filesAtFirstDelete == -1)
                        filesAtFirstDelete = int(snapshotFiles().size());
                });
        const auto r = deleteIds({QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(filesAtFirstDelete, 1);
        QCOMPARE(count("GET"), existing.size() + 1);
        QCOMPARE(count("DELETE"), existing.size() + 1);
        QCOMPARE(server->entryCount(), 0);

        const QStringList files = snapshotFiles();
        QCOMPARE(files.size(), 1);
        const QString path = QDir(snapshotDir()).filePath(files.first());
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(QDir::cleanPath(report.value(QLatin1String("snapshotPath")).toString()),
                 QDir::cleanPath(path));
        QVERIFY(r.err.contains(QDir::toNativeSeparators(path)));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(server->token().toUtf8()));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), existing.size());
        for (int i = 0; i < existing.size(); ++i)
            QCOMPARE(entries.at(i).toObject(), stored.value(existing.at(i)));
        QCOMPARE(root.value(QLatin1String("notInDlqAtSnapshotTime")).toArray(),
                 QJsonArray{missing});
    }

    void bulkDeletesAreSavedFirstToo()
    {
        const auto r = deleteIds(
            {QStringLiteral("--bulk"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(snapshotFiles().size(), 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(report.value(QLatin1String("snapshotPath"))
                    .toString()
                    .endsWith(snapshotFiles().first()));
        QCOMPARE(count("GET"), existing.size() + 1);
    }

    void noSnapshotSendsNoGet()
    {
        const auto r = deleteIds(
            {QStringLiteral("--no-snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(count("GET"), 0);
        QCOMPARE(count("DELETE"), existing.size() + 1);
        QCOMPARE(snapshotFiles(), QStringList());
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!report.contains(QLatin1String("snapshotPath")));
    }

    void aFailedGetStopsBeforeAnyDelete()
    {
        const QString broken = existing.at(1);
        server->setOverride([broken](const SandboxRequest &r) -> std::optional<SandboxResponse> {
            if (r.method != "GET" || !r.path.endsWith(broken.toUtf8()))
                return std::nullopt;
            SandboxResponse response;
            response.status = 500;
            response.body = R"({"error":"boom"})";
            return response;
        });
        const auto r = deleteIds({QStringLiteral("--max-attempts"), QStringLiteral("1")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(count("DELETE"), 0);
        QCOMPARE(server->entryCount(), existing.size());
        QVERIFY(r.err.contains(broken));
        QVERIFY(r.err.contains(QLatin1String("--no-snapshot")));
    }

    // A delete would not get through either, so there is no hint to delete without the copy.
    void anUnreachableHostSaysCannotReachAndDeletesNothing()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused
        const auto r = runDlqctl(QStringList{QStringLiteral("delete"), QStringLiteral("--base-url"),
                                             QStringLiteral("http://127.0.0.1:%1").arg(port),
                                             QStringLiteral("--yes")} +
                                     existing,
                                 dlq::test::dlqctlEnvironment(*home, server->token()));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1); // as a delete run stopped by an unreachable host
        QVERIFY2(r.err.contains(QStringLiteral("Cannot reach 127.0.0.1:%1: connection refused. "
                                               "Nothing was deleted.\n")
                                    .arg(port)),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("without a copy")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("No complete copy")), qPrintable(r.err));
        QVERIFY(snapshotFiles().isEmpty());
        QCOMPARE(server->entryCount(), existing.size());
    }
};

QTEST_GUILESS_MAIN(TestDlqctlSnapshot)
#include "tst_dlqctlsnapshot.moc"
