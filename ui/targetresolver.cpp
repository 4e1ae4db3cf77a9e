#include "ui/targetresolver.h"

#include "net/dlqurl.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "util/translate.h"

namespace dlq {

namespace {

QString problemWith(const Target &target)
{
    if (target.baseUrl.isEmpty())
        return tr("No server URL is set.");
    const QString reason = checkBaseUrl(target.baseUrl);
    if (!reason.isEmpty())
        return reason;
    if (target.token.isEmpty())
        return tr("No token is set.");
    return {};
}
} // namespace

QString Target::host() const
{
    return hostForDisplay(baseUrl);
}

QString Target::description() const
{
    if (sandbox)
        return dlq::tr("the built-in sandbox (%1)").arg(host());
    return host();
}

bool Target::operator==(const Target &other) const
{
    return baseUrl == other.baseUrl && token == other.token && sandbox == other.sandbox &&
           urlFromEnvironment == other.urlFromEnvironment &&
           tokenFromEnvironment == other.tokenFromEnvironment && problem == other.problem;
}

TargetResolver::TargetResolver(AppSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{}

Target TargetResolver::resolve()
{
    Target target = resolveConnection();
    if (m_settings->profileNames().size() > 1 || m_settings->isProduction()) {
        target.profile = m_settings->currentProfile();
        target.profileColour = m_settings->profileColour();
        target.production = m_settings->isProduction();
    }
    return target;
}

Target TargetResolver::resolveConnection()
{
    if (m_settings->usesSandbox())
        return sandboxTarget();
    if (m_sandbox) {
        // Not needed any more: free the port rather than leave a server listening.
        m_sandbox->close();
        m_sandbox->deleteLater();
        m_sandbox = nullptr;
    }
    Target target;
    target.urlFromEnvironment = m_settings->baseUrlFromEnvironment();
    target.baseUrl = m_settings->effectiveBaseUrl();
    target.tokenFromEnvironment = m_settings->tokenFromEnvironment();
    target.token = m_settings->effectiveToken();
    target.problem = problemWith(target);
    if (target.token.isEmpty() && m_settings->tokenPending() && !target.baseUrl.isEmpty())
        target.problem = tr("Reading the token from the keychain…");
    return target;
}

Target TargetResolver::resolveFor(EndpointPreset preset, const QUrl &customUrl,
                                  const QString &token)
{
    if (!m_settings->baseUrlFromEnvironment() && preset == EndpointPreset::Sandbox)
        return sandboxTarget();
    Target target;
    target.urlFromEnvironment = m_settings->baseUrlFromEnvironment();
    if (target.urlFromEnvironment)
        target.baseUrl = m_settings->environmentBaseUrl();
    else
        target.baseUrl = preset == EndpointPreset::Custom ? customUrl : presetInfo(preset).url;
    target.tokenFromEnvironment = m_settings->tokenFromEnvironment();
    target.token = target.tokenFromEnvironment ? m_settings->effectiveToken() : token;
    target.problem = problemWith(target);
    return target;
}

Target TargetResolver::sandboxTarget()
{
    Target target;
    target.sandbox = true;
    QString error;
    if (SandboxServer *server = ensureSandbox(&error)) {
        target.baseUrl = server->baseUrl();
        target.token = server->token();
    } else {
        target.problem = error;
    }
    return target;
}

SandboxServer *TargetResolver::ensureSandbox(QString *error)
{
    if (m_sandbox)
        return m_sandbox;
    auto *server = new SandboxServer(this);
    if (!server->listen()) {
        delete server;
        *error = tr("The built-in sandbox could not start: no free port on 127.0.0.1.");
        return nullptr;
    }
    server->seed(kSandboxEntries, kSandboxSeed);
    m_sandbox = server;
    return server;
}

} // namespace dlq
