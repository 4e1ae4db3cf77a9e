// TLS + HTTP/2 through a real terminator: nginx (tests/support/nginx-h2.conf.in) with a
// certificate from a CA made here by the openssl command, in front of the in-process sandbox.
// The run trusts that CA only through RunConfig::tls (QSslConfiguration), never by ignoring
// errors. nginx's access log says which protocol each request arrived in.
#include "net/tlstrust.h"
#include "results/resultsmodel.h"
#include "run/deleterun.h"
#include "sandbox/sandboxserver.h"
#include "support/openssl.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dlq;

namespace {

struct RunOutcome
{
    QList<ResultRow> rows;
    int requestsSent = 0;
};

RunOutcome deleteAll(const QUrl &baseUrl, const QStringList &ids, const QSslConfiguration &tls)
{
    QNetworkAccessManager nam;
    RunConfig config;
    config.baseUrl = baseUrl;
    config.token = SandboxServer::defaultToken();
    config.concurrency = 16;
    config.maxAttempts = 2;
    config.retryBaseDelayMs = 10;
    config.maxRetryDelayMs = 20;
    config.notFoundGuard = 0;
    config.tls = tls;
    DeleteRun run(&nam, config);
    RunOutcome outcome;
    outcome.rows.resize(ids.size());
    QObject::connect(&run, &DeleteRun::itemFinished, &run,
                     [&outcome](int key, const ResultRow &row) { outcome.rows[key] = row; });
    QSignalSpy finished(&run, &DeleteRun::finished);
    QList<RunItem> items;
    for (int i = 0; i < ids.size(); ++i)
        items.append(RunItem{i, ids.at(i), false});
    run.start(items);
    if (!finished.wait(60000))
        qWarning("the run did not finish");
    outcome.requestsSent = run.requestsSent();
    return outcome;
}

} // namespace

class TestHttp2 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    QProcess m_nginx;
    quint16 m_port = 0;
    QString m_error;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool openssl(const QStringList &arguments)
    {
        m_error = test::runOpenssl(m_dir.path(), arguments);
        return m_error.isEmpty();
    }

    // A CA and a certificate for localhost signed by it, named <ca>.crt and <leaf>.crt/.key.
    bool makeCaAndLeaf(const QString &ca, const QString &leaf)
    {
        const QStringList ec{
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QFile ext(path(QStringLiteral("leaf.ext")));
        if (!ext.open(QIODevice::WriteOnly) ||
            ext.write("basicConstraints=CA:FALSE\n"
                      "subjectAltName=DNS:localhost,IP:127.0.0.1\n") < 0)
            return false;
        ext.close();
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                       QStringList{QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                                   QStringLiteral("-out"), ca + QStringLiteral(".crt"),
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=") + ca}) &&
               openssl(QStringList{QStringLiteral("req")} + ec +
                       QStringList{QStringLiteral("-keyout"), leaf + QStringLiteral(".key"),
                                   QStringLiteral("-out"), leaf + QStringLiteral(".csr"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        leaf + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        ca + QStringLiteral(".crt"), QStringLiteral("-CAkey"),
                        ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        QStringLiteral("leaf.ext"), QStringLiteral("-out"),
                        leaf + QStringLiteral(".crt")});
    }

    QSslConfiguration trusting(const QString &caName) const
    {
        return tlsTrusting(QSslCertificate::fromPath(path(caName + QStringLiteral(".crt"))));
    }

    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("localhost"));
        url.setPort(m_port);
        return url;
    }

    QByteArrayList accessLog() const
    {
        QFile file(path(QStringLiteral("access.log")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArrayList lines = file.readAll().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    // Writes nginx.conf for a loopback port that is free at this moment.
    bool writeConfig(const QByteArray &confTemplate)
    {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost))
                return false;
            m_port = probe.serverPort();
        }
        const QByteArray upstream = "127.0.0.1:" + QByteArray::number(m_sandbox.port());
        QByteArray config = confTemplate;
        config.replace("@DIR@", QDir(m_dir.path()).absolutePath().toUtf8())
            .replace("@PORT@", QByteArray::number(m_port))
            .replace("@UPSTREAM@", upstream)
            .replace("@USER@", geteuid() == 0 ? "user root;" : "");
        QFile configFile(path(QStringLiteral("nginx.conf")));
        return configFile.open(QIODevice::WriteOnly) && configFile.write(config) == config.size();
    }

    bool nginxReady() const
    {
        QFile log(path(QStringLiteral("error.log")));
        return log.open(QIODevice::ReadOnly) && log.readAll().contains("start worker process");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        if (nginx.isEmpty()) // /usr/sbin is not on every user's PATH
            nginx = QStandardPaths::findExecutable(
                QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        if (nginx.isEmpty()) {
            qWarning("**************************************************************");
            qWarning("* nginx is NOT installed: the TLS + HTTP/2 test did not run. *");
            qWarning("* Install it with: DLQ_WITH_TEST_TOOLS=1 scripts/deps.sh     *");
            qWarning("**************************************************************");
            QSKIP("nginx is not installed (Debian package nginx-light)");
        }
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        QVERIFY2(makeCaAndLeaf(QStringLiteral("ca"), QStringLiteral("server")),
                 qPrintable(m_error));
        QVERIFY2(makeCaAndLeaf(QStringLiteral("other-ca"), QStringLiteral("other")),
                 qPrintable(m_error));

        QVERIFY(m_sandbox.listen());
        QFile templateFile(QStringLiteral(DLQ_SOURCE_DIR "/tests/support/nginx-h2.conf.in"));
        QVERIFY(templateFile.open(QIODevice::ReadOnly));
        const QByteArray confTemplate = templateFile.readAll();
        // The probe's port is free only until it closes: another test running in parallel can
        // take it before nginx binds. nginx then exits with "Address already in use"; pick
        // another port and try again instead of failing.
        QByteArray output;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QVERIFY(writeConfig(confTemplate));
            QFile::remove(path(QStringLiteral("error.log")));
            m_nginx.setProcessChannelMode(QProcess::MergedChannels);
            m_nginx.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                                  path(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                                  path(QStringLiteral("error.log"))});
            QVERIFY2(m_nginx.waitForStarted(), qPrintable(m_nginx.errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(nginxReady() || m_nginx.state() == QProcess::NotRunning,
                                     30000);
            if (m_nginx.state() == QProcess::Running)
                break;
            output = m_nginx.readAll();
            if (!output.contains("Address already in use"))
                break;
        }
        QVERIFY2(m_nginx.state() == QProcess::Running, output.constData());
    }

    void cleanupTestCase()
    {
        if (m_nginx.state() != QProcess::NotRunning) {
            m_nginx.terminate();
            if (!m_nginx.waitForFinished(10000))
                m_nginx.kill();
        }
    }

    void perIdDeletesArriveAsHttp2()
    {
        const QStringList ids = m_sandbox.seed(40, 3);
        const RunOutcome run = deleteAll(baseUrl(), ids, trusting(QStringLiteral("ca")));
        for (const ResultRow &row : run.rows)
            QVERIFY2(row.state == ResultState::Deleted, qPrintable(row.message));
        QCOMPARE(run.requestsSent, int(ids.size()));
        for (const QString &id : ids)
            QVERIFY(!m_sandbox.contains(id));

        const QByteArrayList log = accessLog();
        QCOMPARE(log.size(), ids.size());
        for (const QByteArray &line : log)
            QVERIFY2(line.startsWith("HTTP/2.0 DELETE /v2/workflows/dlq/") && line.endsWith(" 200"),
                     line.constData());
    }

    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("trustedCa");
        QTest::newRow("system CAs only") << QString();
        QTest::newRow("another private CA") << QStringLiteral("other-ca");
    }

    void untrustedCertificateIsRefused()
    {
        QFETCH(QString, trustedCa);
        const QStringList ids = m_sandbox.seed(3, 11);
        const qsizetype logged = accessLog().size();
        const RunOutcome run = deleteAll(
            baseUrl(), ids, trustedCa.isEmpty() ? QSslConfiguration() : trusting(trustedCa));
        for (const ResultRow &row : run.rows) {
            QCOMPARE(row.state, ResultState::Failed);
            QVERIFY2(row.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                     qPrintable(row.message));
        }
        QCOMPARE(run.requestsSent, int(ids.size())); // a certificate problem is not retried
        for (const QString &id : ids)
            QVERIFY(m_sandbox.contains(id));
        QCOMPARE(accessLog().size(), logged); // no request got through nginx
    }
};

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
