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
    void deleteWithoutTokenInEnvironment_mayReadKeychain()
    {
        QVERIFY(mayRead(
            {QStringLiteral("delete"), QStringLiteral("--from"), QStringLiteral("ids.txt")}));
        // A blank QSTASH_TOKEN does not count, as in AppSettings::tokenFromEnvironment().
        QVERIFY(mayRead({QStringLiteral("delete"), QStringLiteral("id-1")}, QStringLiteral("  ")));
        // Told apart only by the parser, which cannot run before the application exists.
        QVERIFY(mayRead({QStringLiteral("delete"), QStringLiteral("--token-file"),
                         QStringLiteral("token.txt"), QStringLiteral("id-1")}));
        QVERIFY(mayRead({QStringLiteral("--version")}));
    }

    void tokenInEnvironment_neverReadsKeychain()
    {
        QVERIFY(
            !mayRead({QStringLiteral("delete"), QStringLiteral("id-1")}, QStringLiteral("secret")));
        QVERIFY(!mayRead({QStringLiteral("delete"), QStringLiteral("--ca-file"),
                          QStringLiteral("ca.crt"), QStringLiteral("id-1")},
                         QStringLiteral("secret")));
    }

    void sandbox_neverReadsKeychain()
    {
        QVERIFY(
            !mayRead({QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")}));
    }
};

QTEST_GUILESS_MAIN(TestEventLoopChoice)
#include "tst_eventloopchoice.moc"
