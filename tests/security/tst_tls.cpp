// TLS failures: a self-signed or expired certificate must fail the request with a message
// that names the problem and the host, without retries and without a byte of the request
// (or the token) reaching the server. The server is a QSslServer in this process with
// throwaway certificates made by the openssl command at the start of the test.
#include "net/requestjob.h"
#include "results/resultsmodel.h"
#include "run/deleterun.h"
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"
#include "support/openssl.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlq;

namespace {

const QString kToken = QStringLiteral("tok_TLS_never_sent_5d1e");
const QString kId = QStringLiteral("1752829295505-0");

// Answers "HTTP/1.1 200" to anything, and counts what it got: a handshake that started is
// proof the client reached it, and application bytes would mean the request went out.
class TlsServer : public QObject
{
    Q_OBJECT
public:
    TlsServer(const QString &certFile, const QString &keyFile)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile cert(certFile);
        QFile key(keyFile);
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            config.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
            config.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        }
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this](QSslSocket *) { ++handshakesStarted; });
        connect(&m_server, &QSslServer::errorOccurred, this,
                [this](QSslSocket *, QAbstractSocket::SocketError) { ++socketErrors; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++encryptedConnections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received += socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("localhost"));
        url.setPort(port());
        return url;
    }

    int handshakesStarted = 0;
    int socketErrors = 0;
    int encryptedConnections = 0;
    QByteArray received;

private:
    QSslServer m_server;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_opensslError;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        m_opensslError = test::runOpenssl(m_dir.path(), arguments);
        return m_opensslError.isEmpty();
    }

    struct RunResult
    {
        ResultRow row;
        int requestsSent = 0;
    };

    // One ID through DeleteRun, as the window and dlqctl send it.
    static RunResult deleteOne(const QUrl &baseUrl)
    {
        QNetworkAccessManager nam;
        RunConfig config;
        config.baseUrl = baseUrl;
        config.token = kToken;
        config.maxAttempts = 5;
        config.retryBaseDelayMs = 10;
        config.maxRetryDelayMs = 20;
        config.timeoutMs = 20000;
        config.jitterSeed = 1;
        DeleteRun run(&nam, config);
        RunResult result;
        connect(&run, &DeleteRun::itemFinished, &run,
                [&result](int, const ResultRow &outcome) { result.row = outcome; });
        QSignalSpy finished(&run, &DeleteRun::finished);
        run.start({RunItem{0, kId, false}});
        if (!finished.wait(30000))
            qWarning("DeleteRun did not finish");
        result.requestsSent = run.requestsSent();
        return result;
    }

    static QString hostPort(const TlsServer &server)
    {
        return QStringLiteral("localhost:%1").arg(server.port());
    }

    void checkRefused(const TlsServer &server, const RunResult &result, const QString &problem)
    {
        qInfo("Message: %s", qPrintable(result.row.message));
        QCOMPARE(result.row.state, ResultState::Failed);
        QVERIFY2(result.row.message.contains(problem, Qt::CaseInsensitive),
                 qPrintable(result.row.message));
        QVERIFY2(result.row.message.contains(hostPort(server)), qPrintable(result.row.message));
        QVERIFY2(!result.row.message.contains(kToken), "the token is in the message");
        QCOMPARE(result.requestsSent, 1); // a certificate problem is not retried
        QVERIFY(server.handshakesStarted >= 1);
        QCOMPARE(server.encryptedConnections, 0);
        QVERIFY2(server.received.isEmpty(), server.received.constData());
    }

private Q_SLOTS:
    void initTestCase();
    void validCertificateWorks();
    void selfSignedFails();
    void expiredFails();
    void requestJobNamesTheProblem();
    void dlqctlSelfSignedFails();
    void noIgnoreSslErrorsInSources();
};

void TestTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("The openssl command is needed to make the test certificates "
              "(scripts/deps.sh installs it).");
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    const QStringList names{QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")};
    // Self-signed for localhost: nothing vouches for it.
    QVERIFY2(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList{QStringLiteral("-keyout"), QStringLiteral("self.key"),
                                 QStringLiteral("-out"), QStringLiteral("self.crt"),
                                 QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost")} +
                     names),
             qPrintable(m_opensslError));
    // A CA this process trusts, so that the expired certificate fails for being expired
    // only. OpenSSL 3.0's x509 cannot set past dates; `openssl ca` can.
    QVERIFY2(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                 QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                 QStringLiteral("-days"), QStringLiteral("30"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=DLQ Test CA")}),
             qPrintable(m_opensslError));
    {
        QFile config(path(QStringLiteral("ca.cnf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "[ ca ]\ndefault_ca = CA_default\n"
            "[ CA_default ]\ndatabase = index.txt\nnew_certs_dir = .\n"
            "serial = serial\ndefault_md = sha256\npolicy = policy_any\ncopy_extensions = copy\n"
            "unique_subject = no\n"
            "[ policy_any ]\ncommonName = supplied\n");
        QFile index(path(QStringLiteral("index.txt")));
        QVERIFY(index.open(QIODevice::WriteOnly));
    }
    for (const QString &name : {QStringLiteral("expired"), QStringLiteral("valid")}) {
        QVERIFY2(openssl(QStringList{QStringLiteral("req")} + ec +
                         QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                     QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost")} +
                         names),
                 qPrintable(m_opensslError));
        QStringList sign{QStringLiteral("ca"),           QStringLiteral("-batch"),
                         QStringLiteral("-config"),      QStringLiteral("ca.cnf"),
                         QStringLiteral("-cert"),        QStringLiteral("ca.crt"),
                         QStringLiteral("-keyfile"),     QStringLiteral("ca.key"),
                         QStringLiteral("-rand_serial"), QStringLiteral("-notext"),
                         QStringLiteral("-in"),          name + QStringLiteral(".csr"),
                         QStringLiteral("-out"),         name + QStringLiteral(".crt")};
        if (name == QLatin1String("expired")) {
            sign << QStringLiteral("-startdate") << QStringLiteral("20200101000000Z")
                 << QStringLiteral("-enddate") << QStringLiteral("20200201000000Z");
        } else {
            sign << QStringLiteral("-days") << QStringLiteral("2");
        }
        QVERIFY2(openssl(sign), qPrintable(m_opensslError));
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(path(QStringLiteral("ca.crt")));
    QSslConfiguration::setDefaultConfiguration(config);
}

// The control: the same server with a certificate that checks out gets the request, so
// "nothing received" below means nothing was sent, not a broken server.
void TestTls::validCertificateWorks()
{
    TlsServer server(path(QStringLiteral("valid.crt")), path(QStringLiteral("valid.key")));
    QVERIFY(server.listen());
    const RunResult result = deleteOne(server.baseUrl());
    QVERIFY2(result.row.state == ResultState::Deleted, qPrintable(result.row.message));
    QCOMPARE(server.encryptedConnections, 1);
    const QByteArray requestLine = QByteArray("DELETE /v2/workflows/dlq/") + kId.toLatin1();
    QVERIFY2(server.received.startsWith(requestLine), server.received.constData());
}

void TestTls::selfSignedFails()
{
    TlsServer server(path(QStringLiteral("self.crt")), path(QStringLiteral("self.key")));
    QVERIFY(server.listen());
    const RunResult result = deleteOne(server.baseUrl());
    checkRefused(server, result, QStringLiteral("self-signed"));
}

void TestTls::expiredFails()
{
    TlsServer server(path(QStringLiteral("expired.crt")), path(QStringLiteral("expired.key")));
    QVERIFY(server.listen());
    const RunResult result = deleteOne(server.baseUrl());
    checkRefused(server, result, QStringLiteral("expired"));
}

void TestTls::requestJobNamesTheProblem()
{
    TlsServer server(path(QStringLiteral("self.crt")), path(QStringLiteral("self.key")));
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.url = server.baseUrl().resolved(QUrl(QStringLiteral("/v2/workflows/dlq/") + kId));
    RequestJob job(&nam, spec, kToken, 20000);
    QSignalSpy finished(&job, &RequestJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    const ReplyOutcome &outcome = job.outcome();
    QCOMPARE(outcome.httpStatus, 0);
    QVERIFY2(outcome.message.contains(QLatin1String("self-signed")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(hostPort(server)), qPrintable(outcome.message));
    QCOMPARE(outcome.timesSent, 0);
    QCOMPARE(server.encryptedConnections, 0);
    QVERIFY(server.received.isEmpty());
}

// The real binary, with nothing of this process's trust: the same failure, exit status 1.
void TestTls::dlqctlSelfSignedFails()
{
    TlsServer server(path(QStringLiteral("self.crt")), path(QStringLiteral("self.key")));
    QVERIFY(server.listen());
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = test::dlqctlEnvironment(home, kToken);
    const test::DlqctlRun r = test::runDlqctl(
        {QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--no-snapshot"),
         QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--format"),
         QStringLiteral("json"), kId},
        env, {}, 60000);
    QVERIFY(r.finished);
    const QByteArray out = r.out.toUtf8();
    const QString &err = r.err;
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 1, qPrintable(err));
    const QJsonArray results =
        QJsonDocument::fromJson(out).object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject item = results.first().toObject();
    QCOMPARE(item.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(item.value(QLatin1String("attempts")).toInt(), 1);
    const QString message = item.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("self-signed")), qPrintable(message));
    QVERIFY2(message.contains(hostPort(server)), qPrintable(message));
    QVERIFY(!out.contains(kToken.toUtf8()));
    QVERIFY(!err.contains(kToken));
    QVERIFY(server.handshakesStarted >= 1);
    QCOMPARE(server.encryptedConnections, 0);
    QVERIFY(server.received.isEmpty());
}

// There is no switch to accept a bad certificate: no code path calls ignoreSslErrors().
void TestTls::noIgnoreSslErrorsInSources()
{
    const QDir root(QStringLiteral(DLQ_SOURCE_DIR));
    if (!root.exists(QStringLiteral("app")))
        QSKIP("The sources are not where they were built from.");
    int files = 0;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!file.readAll().contains("ignoreSslErrors"), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files > 20);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
