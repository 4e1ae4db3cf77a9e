#include "net/endpoint.h"

#include <QSet>
#include <QTest>

using dlq::EndpointPreset;

Q_DECLARE_METATYPE(dlq::EndpointPreset)

class TstEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsComeInEnumOrderWithTheirDocumentedUrls_data();
    void presetsComeInEnumOrderWithTheirDocumentedUrls();
    void presetKeysAreUniqueAndLabelsReadable();
    void unknownPresetKeysFallBackToUpstash_data();
    void unknownPresetKeysFallBackToUpstash();
    void onlyThisComputerCountsAsLoopback_data();
    void onlyThisComputerCountsAsLoopback();
    void baseUrlsThatMayCarryTheTokenPass_data();
    void baseUrlsThatMayCarryTheTokenPass();
    void baseUrlsThatMustNotCarryTheTokenAreExplained_data();
    void baseUrlsThatMustNotCarryTheTokenAreExplained();
    void plainHttpToARemoteHostGetsTheTokenWarning();
    void everyNonSandboxPresetUrlPassesTheBaseUrlCheck();
};

void TstEndpoint::presetsComeInEnumOrderWithTheirDocumentedUrls_data()
{
    QTest::addColumn<EndpointPreset>("preset");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QUrl>("url");

    QTest::newRow("Upstash default") << EndpointPreset::Upstash << QStringLiteral("upstash")
                                     << QUrl(QStringLiteral("https://qstash.upstash.io"));
    QTest::newRow("EU central") << EndpointPreset::EuCentral << QStringLiteral("eu-central-1")
                                << QUrl(QStringLiteral("https://qstash-eu-central-1.upstash.io"));
    QTest::newRow("US east") << EndpointPreset::UsEast << QStringLiteral("us-east-1")
                             << QUrl(QStringLiteral("https://qstash-us-east-1.upstash.io"));
    QTest::newRow("local development server")
        << EndpointPreset::LocalDev << QStringLiteral("local-dev")
        << QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("built-in sandbox")
        << EndpointPreset::Sandbox << QStringLiteral("sandbox") << QUrl();
    QTest::newRow("custom URL") << EndpointPreset::Custom << QStringLiteral("custom") << QUrl();
}

void TstEndpoint::presetsComeInEnumOrderWithTheirDocumentedUrls()
{
    QFETCH(EndpointPreset, preset);
    QFETCH(QString, key);
    QFETCH(QUrl, url);

    const dlq::PresetInfo info = dlq::presetInfo(preset);
    QCOMPARE(info.preset, preset);
    QCOMPARE(info.key, key);
    QCOMPARE(info.url, url);
    QCOMPARE(dlq::presetFromKey(key), preset);
    QCOMPARE(dlq::endpointPresets().at(static_cast<int>(preset)).preset, preset);
}

void TstEndpoint::presetKeysAreUniqueAndLabelsReadable()
{
    const QList<dlq::PresetInfo> presets = dlq::endpointPresets();
    QCOMPARE(presets.size(), 6);
    QSet<QString> keys;
    QSet<QString> labels;
    for (const dlq::PresetInfo &info : presets) {
        QVERIFY(!info.key.isEmpty());
        QVERIFY(!info.label.isEmpty());
        keys.insert(info.key);
        labels.insert(info.label);
    }
    QCOMPARE(keys.size(), presets.size());
    QCOMPARE(labels.size(), presets.size());
    QCOMPARE(dlq::presetInfo(EndpointPreset::Upstash).label,
             QStringLiteral("Upstash (qstash.upstash.io)"));
    QVERIFY(dlq::presetInfo(EndpointPreset::EuCentral).label.contains(QStringLiteral("EU")));
    QVERIFY(dlq::presetInfo(EndpointPreset::UsEast).label.contains(QStringLiteral("US")));
    QVERIFY(dlq::presetInfo(EndpointPreset::LocalDev).label.startsWith(QStringLiteral("Local")));
    QVERIFY(dlq::presetInfo(EndpointPreset::Sandbox).label.contains(QStringLiteral("sandbox")));
    QCOMPARE(dlq::presetInfo(EndpointPreset::Custom).label, QStringLiteral("Custom URL"));
}

void TstEndpoint::unknownPresetKeysFallBackToUpstash_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("nonsense") << QStringLiteral("nonsense");
    QTest::newRow("an old region name") << QStringLiteral("eu-west-1");
    QTest::newRow("a URL instead of a key") << QStringLiteral("https://qstash.upstash.io");
}

void TstEndpoint::unknownPresetKeysFallBackToUpstash()
{
    QFETCH(QString, key);
    QCOMPARE(dlq::presetFromKey(key), EndpointPreset::Upstash);
}

void TstEndpoint::onlyThisComputerCountsAsLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("long-form IPv6 loopback") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("a private address") << QStringLiteral("192.168.1.10") << false;
    QTest::newRow("the unspecified address") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("the IPv6 unspecified address") << QStringLiteral("::") << false;
    QTest::newRow("a public name") << QStringLiteral("qstash.upstash.io") << false;
    QTest::newRow("localhost as a subdomain") << QStringLiteral("localhost.evil.example") << false;
    QTest::newRow("loopback digits in a name") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstEndpoint::onlyThisComputerCountsAsLoopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(dlq::isLoopbackHost(host), loopback);
}

void TstEndpoint::baseUrlsThatMayCarryTheTokenPass_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("Upstash") << QUrl(QStringLiteral("https://qstash.upstash.io"));
    QTest::newRow("with a trailing slash") << QUrl(QStringLiteral("https://qstash.upstash.io/"));
    QTest::newRow("upper-case scheme and host")
        << QUrl(QStringLiteral("HTTPS://QSTASH.UPSTASH.IO"));
    QTest::newRow("a proxy with a path prefix")
        << QUrl(QStringLiteral("https://proxy.example/qstash"));
    QTest::newRow("https on a custom port") << QUrl(QStringLiteral("https://proxy.example:8443"));
    QTest::newRow("http to 127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("http to localhost") << QUrl(QStringLiteral("http://localhost:8080"));
    QTest::newRow("http to ::1") << QUrl(QStringLiteral("http://[::1]:8080"));
    QTest::newRow("http to 127.0.0.2") << QUrl(QStringLiteral("http://127.0.0.2"));
}

void TstEndpoint::baseUrlsThatMayCarryTheTokenPass()
{
    QFETCH(QUrl, url);
    QCOMPARE(dlq::checkBaseUrl(url), QString());
}

void TstEndpoint::baseUrlsThatMustNotCarryTheTokenAreExplained_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QUrl() << QStringLiteral("No server URL");
    QTest::newRow("not a URL") << QUrl(QStringLiteral("https://exa mple.com"))
                               << QStringLiteral("not a valid URL");
    QTest::newRow("no scheme") << QUrl(QStringLiteral("qstash.upstash.io"))
                               << QStringLiteral("no scheme");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://qstash.upstash.io"))
                         << QStringLiteral("not ftp://");
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"))
                          << QStringLiteral("file://");
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"))
                                << QStringLiteral("javascript://");
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///v2")) << QStringLiteral("no host");
    QTest::newRow("user and password") << QUrl(QStringLiteral("https://user:pw@qstash.upstash.io"))
                                       << QStringLiteral("user name or password");
    QTest::newRow("user only") << QUrl(QStringLiteral("https://user@qstash.upstash.io"))
                               << QStringLiteral("user name or password");
    QTest::newRow("a query") << QUrl(QStringLiteral("https://qstash.upstash.io?token=x"))
                             << QStringLiteral("query");
    QTest::newRow("an empty query")
        << QUrl(QStringLiteral("https://qstash.upstash.io/?")) << QStringLiteral("query");
    QTest::newRow("a fragment") << QUrl(QStringLiteral("https://qstash.upstash.io#x"))
                                << QStringLiteral("fragment");
    QTest::newRow("an empty fragment")
        << QUrl(QStringLiteral("https://qstash.upstash.io#")) << QStringLiteral("fragment");
    QTest::newRow("http to Upstash")
        << QUrl(QStringLiteral("http://qstash.upstash.io")) << QStringLiteral("unencrypted");
    QTest::newRow("http to a LAN address")
        << QUrl(QStringLiteral("http://192.168.1.10:8080")) << QStringLiteral("unencrypted");
    QTest::newRow("http to a name that starts like loopback")
        << QUrl(QStringLiteral("http://127.0.0.1.nip.io")) << QStringLiteral("unencrypted");
    QTest::newRow("http to localhost as a subdomain")
        << QUrl(QStringLiteral("http://localhost.evil.example")) << QStringLiteral("unencrypted");
}

void TstEndpoint::baseUrlsThatMustNotCarryTheTokenAreExplained()
{
    QFETCH(QUrl, url);
    QFETCH(QString, reasonContains);
    const QString reason = dlq::checkBaseUrl(url);
    QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
    QVERIFY2(reason.endsWith(QLatin1Char('.')) || reason.endsWith(QLatin1String(").")),
             qPrintable(reason));
}

void TstEndpoint::plainHttpToARemoteHostGetsTheTokenWarning()
{
    QCOMPARE(dlq::checkBaseUrl(QUrl(QStringLiteral("http://qstash.upstash.io"))),
             QStringLiteral("Plain http:// would send your token unencrypted; use https:// (http "
                            "is only allowed for this computer: localhost/127.0.0.1)."));
}

void TstEndpoint::everyNonSandboxPresetUrlPassesTheBaseUrlCheck()
{
    const QList<dlq::PresetInfo> presets = dlq::endpointPresets();
    for (const dlq::PresetInfo &info : presets) {
        if (info.url.isEmpty())
            continue;
        QVERIFY2(dlq::checkBaseUrl(info.url).isEmpty(), qPrintable(info.key));
    }
}

QTEST_GUILESS_MAIN(TstEndpoint)
#include "tst_endpoint.moc"
