#pragma once

#include "run/actjournal.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace dlq {

class DlqActions;

// The window's side of crash-safe DLQ-tab actions. Every action run is journalled in
// `directory` (ActFlow::setJournalDirectory); at construction this reads what an interrupted
// run left there and holds the flow (a new run would replace the journal) until askOnce()'s
// question is answered: Continue runs what is left through the flow on the same target only,
// Forget it removes the journal. An empty directory disables all this.
class ActSessionKeeper : public QObject
{
    Q_OBJECT
public:
    ActSessionKeeper(DlqActions *actions, const QString &directory, QWidget *window);

    void askOnce(); // after the window is up; no-op after the first call
    bool isPending() const { return m_interrupted.found; }
    const InterruptedAct &interrupted() const { return m_interrupted; }
    QMessageBox *box() const { return m_box; }

Q_SIGNALS:
    void continued(); // the run goes on; the window shows the DLQ tab
    void statusMessage(const QString &text, int timeoutMs);

private:
    void continueRun();
    void forget();
    QString targetNote() const;

    DlqActions *m_actions;
    QWidget *m_window;
    const QString m_directory;
    InterruptedAct m_interrupted;
    bool m_asked = false;
    QPointer<QMessageBox> m_box;
};

} // namespace dlq
