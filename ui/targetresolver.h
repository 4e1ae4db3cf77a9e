#pragma once

#include "net/endpoint.h"
#include "sandbox/sandboxserver.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace dlq {

class AppSettings;

// Where deletes go, as the windows describe it. The token is carried for RunConfig only;
// windows show it through AppSettings::fingerprint() and nothing else.
struct Target
{
    QUrl baseUrl;
    QString token;
    bool sandbox = false;
    bool urlFromEnvironment = false;
    bool tokenFromEnvironment = false;
    QString problem; // why nothing can be sent; empty when the target is usable
    // The settings profile; empty while "Default" is the only one and not production, as
    // there is then nothing to tell apart.
    QString profile;
    QString profileColour; // "#rrggbb" or empty
    bool production = false;

    bool isUsable() const { return problem.isEmpty() && baseUrl.isValid() && !token.isEmpty(); }
    bool lacksToken() const { return !sandbox && token.isEmpty(); }
    QString host() const;        // "qstash.upstash.io", "127.0.0.1:8080"
    QString description() const; // "qstash.upstash.io" or "the built-in sandbox (127.0.0.1:8080)"

    bool operator==(const Target &other) const;
    bool operator!=(const Target &other) const { return !(*this == other); }
};

// Turns settings into a Target. Owns the built-in sandbox: it is started (on a free loopback
// port, seeded) when the Sandbox preset is chosen and stopped when another one is.
class TargetResolver : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSandboxEntries = 500;
    static constexpr quint32 kSandboxSeed = 1;

    explicit TargetResolver(AppSettings *settings, QObject *parent = nullptr);

    Target resolve();
    // For "Test connection": the values still in the settings dialog. The environment wins
    // as it does for runs, so the test checks what a run would use.
    Target resolveFor(EndpointPreset preset, const QUrl &customUrl, const QString &token);
    SandboxServer *sandbox() const { return m_sandbox; }

private:
    Target resolveConnection();
    Target sandboxTarget();
    SandboxServer *ensureSandbox(QString *error);

    AppSettings *m_settings;
    QPointer<SandboxServer> m_sandbox;
};

} // namespace dlq
