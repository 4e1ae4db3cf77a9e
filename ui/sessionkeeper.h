#pragma once

#include "session/sessionjournal.h"
#include "session/sessionrecovery.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;
class QWidget;

namespace dlq {

class ResultsModel;
class RunController;

// The window's side of crash-safe sessions (see sessionjournal.h for the lifecycle). At
// construction it reads what the previous run left in `directory`; askOnce() then offers to
// restore it. The journal is attached only after that decision, because attaching takes the
// directory over and the previous session would be gone. An empty directory disables all this.
class SessionKeeper : public QObject
{
    Q_OBJECT
public:
    SessionKeeper(ResultsModel *model, RunController *controller, const QString &directory,
                  QWidget *window);
    ~SessionKeeper() override;

    // Opens the restore question (or the damage report) once the window is up; no-op after.
    void askOnce();
    bool isAsking() const { return !m_box.isNull(); }
    SessionJournal *journal() const { return m_journal; }
    // Shown by the next start's restore question. Never pass the token.
    void setContext(const QString &host, const QString &preset);
    // The list was emptied on purpose: nothing to offer next time.
    void markClean();
    // The window closes. With nothing left to do the session ends clean; otherwise what is on
    // disk stays for the next start to offer.
    void close(bool unfinishedWork);

    // "Restore the previous session? 2 000 IDs from qstash.upstash.io, saved 14:02: …"
    static QString restoreQuestion(const RecoveredSession &session);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void restored(int added);

private:
    void restore();
    void discard();
    void attach();

    ResultsModel *m_model;
    RunController *m_controller;
    QWidget *m_window;
    const QString m_directory;
    RecoveredSession m_session;
    bool m_undecided = false;
    bool m_asked = false;
    QString m_host;
    QString m_preset;
    QPointer<SessionJournal> m_journal;
    QPointer<QMessageBox> m_box;
};

} // namespace dlq
