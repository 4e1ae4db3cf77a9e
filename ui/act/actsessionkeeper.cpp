#include "ui/act/actsessionkeeper.h"

#include "session/sessionjournal.h"
#include "ui/act/actflow.h"
#include "ui/act/actpanel.h"
#include "ui/act/actrestorebox.h"
#include "ui/act/dlqactions.h"

#include <QMessageBox>
#include <QPushButton>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
}

ActSessionKeeper::ActSessionKeeper(DlqActions *actions, const QString &directory, QWidget *window)
    : QObject(window), m_actions(actions), m_window(window), m_directory(directory)
{
    if (m_directory.isEmpty())
        return;
    actions->flow()->setJournalDirectory(m_directory);
    m_interrupted = readInterruptedAct(m_directory);
    if (m_interrupted.found)
        actions->flow()->holdJournal(
            tr("An interrupted action is waiting: continue it or forget it first."));
}

QString ActSessionKeeper::targetNote() const
{
    const Target &target = m_actions->flow()->target();
    return continueRefusal(m_interrupted, target.baseUrl.toString(), target.profile,
                           target.isUsable());
}

void ActSessionKeeper::askOnce()
{
    if (m_asked)
        return;
    m_asked = true;
    if (!m_interrupted.found) {
        if (!m_interrupted.warnings.isEmpty())
            Q_EMIT statusMessage(tr("The record of an interrupted action was damaged: %1")
                                     .arg(m_interrupted.warnings.join(QLatin1Char(' '))),
                                 0);
        return;
    }
    QStringList details = m_interrupted.warnings;
    // Said before the user picks: Continue will refuse, Forget it is the other way out.
    if (const QString note = targetNote(); !note.isEmpty())
        details.prepend(note);
    QMessageBox *box = makeActRestoreBox(m_interrupted, details.join(QLatin1Char('\n')), m_window);
    m_box = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (!m_interrupted.found)
            return;
        const QMessageBox::ButtonRole role = box->buttonRole(box->clickedButton());
        if (role == QMessageBox::DestructiveRole)
            forget();
        else if (role == QMessageBox::AcceptRole)
            continueRun();
    });
    box->open();
}

void ActSessionKeeper::continueRun()
{
    if (const QString refusal = targetNote(); !refusal.isEmpty()) {
        // The journal stays: the next start asks again.
        makeActRestoreRefusedBox(refusal, m_window)->open();
        Q_EMIT statusMessage(refusal, kStatusMs);
        return;
    }
    ActFlow *flow = m_actions->flow();
    m_actions->panel()->show();
    m_actions->panel()->raise();
    if (!flow->resume(m_interrupted)) {
        m_actions->panel()->showMessage(tr("Nothing was sent: %1").arg(flow->errorMessage()));
        return;
    }
    m_interrupted = {};
    m_actions->updateEnabled();
    Q_EMIT continued();
}

void ActSessionKeeper::forget()
{
    SessionJournal::discard(m_directory);
    m_interrupted = {};
    m_actions->flow()->holdJournal({});
    m_actions->updateEnabled();
    Q_EMIT statusMessage(tr("The interrupted action was forgotten; nothing more of it was sent."),
                         kStatusMs);
}

} // namespace dlq
