#include "cli/confirmprompt.h"

#include "cli/console.h"

#include <QSocketNotifier>

#include <cerrno>

#include <unistd.h>

namespace dlq::cli {

namespace {
constexpr qsizetype kMaxAnswerBytes = 1024;
}

ConfirmPrompt::ConfirmPrompt(QObject *parent) : QObject(parent) {}

void ConfirmPrompt::ask(const QString &question, const QString &expectedAnswer)
{
    Q_ASSERT(!m_notifier);
    m_expected = expectedAnswer;
    m_line.clear();
    console::err(question + QLatin1Char(' '));
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConfirmPrompt::onReadable);
}

void ConfirmPrompt::onReadable()
{
    char buffer[256];
    // The notifier said readable, so this read returns at once.
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        console::err(QStringLiteral("\n"));
        finish(false);
        return;
    }
    m_line.append(buffer, n);
    const qsizetype newline = m_line.indexOf('\n');
    if (newline >= 0) {
        finish(QString::fromUtf8(m_line.left(newline)).trimmed() == m_expected);
    } else if (m_line.size() > kMaxAnswerBytes) {
        console::err(QStringLiteral("\n"));
        finish(false);
    }
}

void ConfirmPrompt::finish(bool confirmed)
{
    // Called from the notifier's own signal: it may only go once control is back in the loop.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    Q_EMIT answered(confirmed);
}

} // namespace dlq::cli
