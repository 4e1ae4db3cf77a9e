#pragma once

// For tests that run the real dlqctl against an in-process sandbox: a fresh server and a home
// folder of the test's own for every test function (start() in init(), stop() in cleanup()).
// Test classes inherit it after QObject, so `server` and `home` read as their own members.

#include "sandbox/sandboxserver.h"
#include "support/dlqctlenv.h"
#include "support/dlqctlprocess.h"

#include <QTemporaryDir>

#include <memory>

namespace dlq::test {

struct DlqctlSandbox
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QTemporaryDir> home;

    bool start()
    {
        home = std::make_unique<QTemporaryDir>();
        if (!home->isValid())
            return false;
        server = std::make_unique<SandboxServer>();
        return server->listen();
    }

    void stop()
    {
        server.reset();
        home.reset();
    }

    // `token` empty: no QSTASH_TOKEN at all.
    QProcessEnvironment environment(const QString &token = SandboxServer::defaultToken()) const
    {
        return dlqctlEnvironment(*home, token);
    }

    // `command --base-url <the sandbox> more…`
    QStringList args(const QString &command, const QStringList &more) const
    {
        return QStringList{command, QStringLiteral("--base-url"), server->baseUrl().toString()} +
               more;
    }

    DlqctlRun dlqctl(const QString &command, const QStringList &more,
                     const QByteArray &input = {}) const
    {
        return runDlqctl(args(command, more), environment(), input);
    }
};

} // namespace dlq::test
