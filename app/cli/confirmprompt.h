#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace dlq::cli {

// Asks on stderr and reads one line from standard input on the event loop (QSocketNotifier),
// so SIGINT still gets through while the user thinks. Confirmed only when the line is
// exactly the expected text; end of input counts as "no".
class ConfirmPrompt : public QObject
{
    Q_OBJECT
public:
    explicit ConfirmPrompt(QObject *parent = nullptr);

    void ask(const QString &question, const QString &expectedAnswer);
    bool isWaiting() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void answered(bool confirmed);

private:
    void onReadable();
    void finish(bool confirmed);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    QString m_expected;
};

} // namespace dlq::cli
