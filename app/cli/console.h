#pragma once

#include <QByteArray>
#include <QString>

// dlqctl's terminal I/O: results go to stdout, everything meant for a person to stderr.
namespace dlq::cli::console {

void out(const QString &text);
void outBytes(const QByteArray &bytes);
void err(const QString &text); // unbuffered, so progress and prompts show up at once
void flush();

bool stdinIsTerminal();
bool stderrIsTerminal();

} // namespace dlq::cli::console
