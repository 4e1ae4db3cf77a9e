#include "ui/sessionkeeper.h"

#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "session/sessionjournal.h"
#include "ui/messageboxes.h"

#include <QDate>
#include <QLocale>
#include <QMessageBox>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;

QString number(int n)
{
    return QLocale().toString(n);
}

QString numberOfIds(int n)
{
    return number(n) + QLatin1Char(' ') +
           (n == 1 ? SessionKeeper::tr("ID") : SessionKeeper::tr("IDs"));
}
} // namespace

SessionKeeper::SessionKeeper(ResultsModel *model, RunController *controller,
                             const QString &directory, QWidget *window)
    : QObject(window), m_model(model), m_controller(controller), m_window(window),
      m_directory(directory)
{
    if (m_directory.isEmpty())
        return;
    if (SessionJournal::hasRecoverableSession(m_directory)) {
        // recover() never fails: a damaged journal yields what it held up to the damage, plus
        // warnings, and an unreadable one is moved aside, so it can never block the start.
        m_session = SessionJournal::recover(m_directory);
        m_undecided = !m_session.isEmpty();
    }
    if (!m_undecided)
        attach();
}

SessionKeeper::~SessionKeeper() = default;

QString SessionKeeper::restoreQuestion(const RecoveredSession &session)
{
    const int total = int(session.rows.size());
    const int unfinished = session.unfinished;
    const int unknown = session.unknownToResend;
    QString saved;
    if (session.savedAt.isValid()) {
        const QDateTime local = session.savedAt.toLocalTime();
        // Minutes are enough to recognise the session; the table uses the same ISO-like form.
        saved = local.toString(local.date() == QDate::currentDate()
                                   ? QStringLiteral("HH:mm")
                                   : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    const QString where = session.host.isEmpty() ? tr("an unknown server") : session.host;
    QString text = tr("Restore the previous session? %1 from %2").arg(numberOfIds(total), where);
    if (!saved.isEmpty())
        text += tr(", saved %1").arg(saved);
    text += tr(": %1 finished, %2 unfinished").arg(number(total - unfinished), number(unfinished));
    if (unknown > 0)
        text += tr(" (%1 whose outcome is unknown will be re-sent)").arg(number(unknown));
    // Counted as finished, yet their outcome is unknown and Delete does not send them: say
    // which command does, so nobody thinks they are settled.
    const int cancelled = session.count(ResultState::Cancelled);
    if (cancelled > 0)
        text += tr("; %1 of the finished were cancelled in flight (outcome unknown): only "
                   "“Retry failed” sends them again")
                    .arg(number(cancelled));
    return text + QLatin1Char('.');
}

void SessionKeeper::askOnce()
{
    if (m_asked)
        return;
    m_asked = true;
    if (!m_undecided) {
        // Nothing to restore, yet something was found: say what was lost instead of silently
        // starting empty.
        if (!m_session.warnings.isEmpty())
            makeSessionWarningBox(m_session.warnings.join(QLatin1Char('\n')), m_window)->open();
        return;
    }
    QStringList details = m_session.warnings;
    // Finished rows are not sent again: a restored list is only right for the server it came
    // from, so say so before the user picks.
    if (!m_session.host.isEmpty() && !m_host.isEmpty() && m_session.host != m_host)
        details.prepend(
            tr("Those results came from %1; deletes now go to %2.").arg(m_session.host, m_host));
    QMessageBox *box = makeRestoreSessionBox(restoreQuestion(m_session),
                                             details.join(QLatin1Char('\n')), m_window);
    m_box = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (!m_undecided)
            return;
        if (box->buttonRole(box->clickedButton()) == QMessageBox::DestructiveRole)
            discard();
        else
            restore();
    });
    box->open();
}

void SessionKeeper::restore()
{
    m_undecided = false;
    const int added = restoreInto(m_model, m_session);
    m_controller->setOutcomeUnknown(m_session.unknownOutcomeIds);
    const int unfinished = int(m_controller->unsentRows().size());
    attach();
    m_session = {};
    Q_EMIT statusMessage(tr("Restored %1 from the previous session; %2 waiting to be deleted.")
                             .arg(numberOfIds(added), number(unfinished)),
                         kStatusMs);
    Q_EMIT restored(added);
}

void SessionKeeper::discard()
{
    m_undecided = false;
    SessionJournal::discard(m_directory);
    m_session = {};
    attach();
    Q_EMIT statusMessage(tr("The previous session was discarded."), kStatusMs);
}

void SessionKeeper::attach()
{
    if (m_journal || m_directory.isEmpty())
        return;
    m_journal = new SessionJournal(m_model, m_directory, this);
    m_journal->setContext(m_host, m_preset);
    connect(m_journal, &SessionJournal::writeFailed, this, [this](const QString &error) {
        Q_EMIT statusMessage(tr("The session could not be saved (%1): after a crash, the latest "
                                "results may be missing.")
                                 .arg(error),
                             0);
    });
}

void SessionKeeper::setContext(const QString &host, const QString &preset)
{
    m_host = host;
    m_preset = preset;
    if (m_journal)
        m_journal->setContext(host, preset);
}

void SessionKeeper::markClean()
{
    if (m_journal)
        m_journal->markClean();
}

void SessionKeeper::close(bool unfinishedWork)
{
    if (!m_journal)
        return;
    if (!unfinishedWork)
        m_journal->markClean();
    else
        m_journal->flush(); // the next start offers exactly what the list shows now
}

} // namespace dlq
