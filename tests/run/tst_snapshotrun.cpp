// The copy before a delete (SnapshotRun) against the sandbox: each entry's full JSON as the
// server holds it, 404s listed, a failed GET reported, cancel, and never the token.
#include "run/snapshotrun.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dlq;

class TestSnapshotRun : public QObject
{
    Q_OBJECT

private:
    RunConfig config() const
    {
        RunConfig c;
        c.baseUrl = server->baseUrl();
        c.token = server->token();
        c.concurrency = 3;
        c.timeoutMs = 10000;
        c.maxAttempts = 2;
        c.retryBaseDelayMs = 1;
        c.maxRetryDelayMs = 5;
        c.jitterSeed = 3;
        return c;
    }

    // Runs a copy of `ids` to the end; the outcome, or nullopt when it never finished.
    std::optional<SnapshotOutcome> take(const QStringList &ids,
                                        const QList<api::DlqEntry> &known = {})
    {
        SnapshotRun run(&nam, config());
        run.setDirectory(dir->path());
        QSignalSpy finished(&run, &SnapshotRun::finished);
        EntrySnapshot header;
        header.action = QStringLiteral("delete");
        header.host = QStringLiteral("sandbox");
        header.reason = QStringLiteral("TICKET-7");
        if (!run.start(header, ids, known) || !finished.wait(20000))
            return std::nullopt;
        return finished.first().first().value<SnapshotOutcome>();
    }

    static QJsonObject readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    int getsSent() const
    {
        int n = 0;
        for (const SandboxRequest &r : server->requests())
            n += r.method == "GET" ? 1 : 0;
        return n;
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QTemporaryDir> dir;
    QNetworkAccessManager nam;
    QStringList ids;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<SandboxServer>();
        QVERIFY(server->listen());
        server->setToken(QStringLiteral("secret-token-7f3a9"));
        ids = server->seed(6, 11);
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
    }

    void savesEachEntryAsTheServerHoldsIt()
    {
        const QString missing = QStringLiteral("1700000000000-missing");
        const auto outcome = take(ids + QStringList{missing});
        QVERIFY(outcome);
        QVERIFY2(outcome->complete(), qPrintable(outcome->problem()));
        QCOMPARE(outcome->saved, ids.size());
        QCOMPARE(outcome->notFound, QStringList{missing});
        QCOMPARE(getsSent(), ids.size() + 1);

        const QJsonObject root = readFile(outcome->path);
        QCOMPARE(root.value(QLatin1String("reason")).toString(), QStringLiteral("TICKET-7"));
        const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            std::optional<QJsonObject> stored = server->entry(ids.at(i));
            QVERIFY(stored);
            // The full JSON, bodies included, as the API answers with it.
            QCOMPARE(entries.at(i).toObject(),
                     sandboxPresentedEntry(*stored, SandboxCallbackShape::Spec));
        }
        QCOMPARE(root.value(QLatin1String("notInDlqAtSnapshotTime")).toArray(),
                 QJsonArray{missing});
        QCOMPARE(QFile::permissions(outcome->path) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void neverHoldsTheToken()
    {
        const auto outcome = take(ids);
        QVERIFY(outcome && !outcome->path.isEmpty());
        QFile file(outcome->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(ids.first().toUtf8())); // the file is the right one
        QVERIFY(!bytes.contains(server->token().toUtf8()));
    }

    void knownEntriesAreNotFetchedAgain()
    {
        api::DlqEntry known = api::parseDlqEntry(QJsonValue(*server->entry(ids.first())));
        const auto outcome = take(ids, {known});
        QVERIFY(outcome && outcome->complete());
        QCOMPARE(getsSent(), ids.size() - 1);
        QCOMPARE(outcome->saved, ids.size());
    }

    void aFailedGetIsReported()
    {
        const QString broken = ids.at(2);
        server->setOverride([broken](const SandboxRequest &r) -> std::optional<SandboxResponse> {
            if (r.method != "GET" || !r.path.endsWith(broken.toUtf8()))
                return std::nullopt;
            SandboxResponse response;
            response.status = 500;
            response.body = R"({"error":"boom"})";
            return response;
        });
        const auto outcome = take(ids);
        QVERIFY(outcome);
        QVERIFY(!outcome->complete());
        QCOMPARE(outcome->notFetched.size(), 1);
        QCOMPARE(outcome->notFetched.first().first, broken);
        QVERIFY(outcome->problem().contains(broken));
        // One entry is one, not "1 entries".
        QVERIFY2(outcome->problem().startsWith(
                     QStringLiteral("1 entry could not be fetched for the copy (%1: ").arg(broken)),
                 qPrintable(outcome->problem()));
        // The others are kept, and the file says which one is missing.
        QCOMPARE(outcome->saved, ids.size() - 1);
        const QJsonArray notFetched =
            readFile(outcome->path).value(QLatin1String("notFetched")).toArray();
        QCOMPARE(notFetched.size(), 1);
        QCOMPARE(notFetched.first().toObject().value(QLatin1String("dlqId")).toString(), broken);
    }

    void cancelWritesNothing()
    {
        server->setLatencyMs(200);
        SnapshotRun run(&nam, config());
        run.setDirectory(dir->path());
        QSignalSpy finished(&run, &SnapshotRun::finished);
        QSignalSpy received(server.get(), &SandboxServer::requestReceived);
        QVERIFY(run.start(EntrySnapshot{}, ids));
        QVERIFY(received.wait(10000));
        QVERIFY(run.isRunning());
        run.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        const auto outcome = finished.first().first().value<SnapshotOutcome>();
        QVERIFY(outcome.cancelled());
        QVERIFY(outcome.path.isEmpty());
        QCOMPARE(QDir(dir->path()).entryList(QDir::Files), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotRun)
#include "tst_snapshotrun.moc"
