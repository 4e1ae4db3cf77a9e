#include "cli/console.h"

#include <cstdio>

#include <unistd.h>

namespace dlq::cli::console {

void out(const QString &text)
{
    outBytes(text.toUtf8());
}

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace dlq::cli::console
