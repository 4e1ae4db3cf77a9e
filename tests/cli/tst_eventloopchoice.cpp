// Which event dispatcher dlqctl picks: glib's only when the keychain may be read (libsecret
// answers through glib's main loop), Qt's own otherwise.
#include "cli/eventloopchoice.h"

#include <QTest>

using namespace dlq::cli;

namespace {

QProcessEnvironment environment(const QString &token)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    if (!token.isNull())
        env.insert(QStringLiteral("QSTASH_TOKEN"), token);
    return env;
}

bool mayRead(const QStringList &rest, const QString &token = QString())
{
    return mayReadKeychain(QStringList{QStringLiteral("dlqctl")} + rest, environment(token));
}

} // namespace

class TestEventLoopChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deleteWithoutTokenSource_mayReadKeychain()
    {
        QVERIFY(mayRead({QStringLiteral("delete"), QStringLiteral("--from"),
                         QStringLiteral("ids.txt")}));
        // A blank QSTASH_TOKEN does not count, as in AppSettings::tokenFromEnvironment().
        QVERIFY(mayRead({QStringLiteral("delete"), QStringLiteral("id-1")}, QStringLiteral("  ")));
        // "--token-file" as the value of --from names the IDs file, not a token file.
        QVERIFY(mayRead({QStringLiteral("delete"), QStringLiteral("--from"),
                         QStringLiteral("--token-file"), QStringLiteral("id-1")}));
    }

    void tokenFromEnvironmentOrFile_neverReadsKeychain()
    {
        QVERIFY(!mayRead({QStringLiteral("delete"), QStringLiteral("id-1")},
                         QStringLiteral("secret")));
        QVERIFY(!mayRead({QStringLiteral("delete"), QStringLiteral("--token-file"),
                          QStringLiteral("token.txt"), QStringLiteral("id-1")}));
        QVERIFY(!mayRead({QStringLiteral("delete"), QStringLiteral("--token-file=token.txt"),
                          QStringLiteral("id-1")}));
    }

    void commandsWithoutToken_neverReadKeychain()
    {
        QVERIFY(!mayRead({QStringLiteral("sandbox"), QStringLiteral("--port"),
                          QStringLiteral("0")}));
        QVERIFY(!mayRead({QStringLiteral("--version")}));
        QVERIFY(!mayRead({QStringLiteral("delete"), QStringLiteral("--help")}));
        QVERIFY(!mayRead({QStringLiteral("purge")}));
    }
};

QTEST_GUILESS_MAIN(TestEventLoopChoice)
#include "tst_eventloopchoice.moc"
