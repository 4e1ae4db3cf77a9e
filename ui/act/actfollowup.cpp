#include "ui/act/actfollowup.h"

#include "history/historystore.h"
#include "results/ledgermodel.h"

namespace dlq {

ActFollowUp::ActFollowUp(QNetworkAccessManager *nam, LedgerModel *model, QObject *parent)
    : QObject(parent), m_nam(nam), m_model(model)
{}

ActFollowUp::~ActFollowUp() = default;

bool ActFollowUp::start(const RunConfig &config, HistoryStore *history, quint64 ticket)
{
    detach();
    m_rows.clear();
    m_ids.clear();
    m_stopReason.clear();
    m_ended = false;
    m_history = history;
    m_ticket = ticket;
    const Ledger &ledger = m_model->ledger();
    for (int i = 0; i < ledger.entries.size(); ++i) {
        if (ledger.entries.at(i).startedRun()) {
            m_rows.append(i);
            m_ids.append(ledger.entries.at(i).row.id);
        }
    }
    if (m_rows.isEmpty()) {
        Q_EMIT changed();
        return false;
    }
    m_follower = new RunFollower(m_nam, config, this);
    m_follower->setFollowConfig(m_follow);
    connect(m_follower, &RunFollower::entryUpdated, this, &ActFollowUp::onEntryUpdated);
    connect(m_follower, &RunFollower::finished, this, &ActFollowUp::onFinished);
    m_follower->start(ledger);
    Q_EMIT changed();
    return true;
}

void ActFollowUp::stop()
{
    if (m_follower)
        m_follower->cancel(); // finished() follows, with the pending runs marked
}

void ActFollowUp::detach()
{
    if (!m_follower)
        return;
    RunFollower *follower = m_follower;
    m_follower = nullptr;
    follower->disconnect(this);
    // A request in flight ends after this returns; the follower goes once it has.
    connect(follower, &RunFollower::finished, follower, &QObject::deleteLater);
    follower->cancel();
    if (!follower->isRunning())
        follower->deleteLater();
}

void ActFollowUp::abandon(const QString &why)
{
    if (!m_follower)
        return;
    detach();
    // What the follower would have marked, written here since its answers no longer count.
    for (int row : std::as_const(m_rows)) {
        LedgerEntry entry = m_model->ledger().entries.value(row);
        if (entry.followUp != FollowUp::None && entry.followUp != FollowUp::Running)
            continue;
        entry.followUp = entry.followUp == FollowUp::None ? FollowUp::Unknown : FollowUp::Running;
        entry.followUpNote = why;
        entry.followedAt = QDateTime::currentDateTimeUtc();
        m_model->setEntry(row, entry);
    }
    end(why);
}

void ActFollowUp::onEntryUpdated(int row)
{
    if (!m_model->setEntry(row, m_follower->ledger().entries.at(row))) {
        // The table shows another action now; nothing of this one belongs there.
        detach();
        m_rows.clear();
        end(tr("Stopped following: the ledger shown is another action's."));
        return;
    }
    Q_EMIT changed();
}

void ActFollowUp::onFinished()
{
    const QString reason = m_follower->stopReason();
    m_follower->deleteLater();
    m_follower = nullptr;
    end(reason);
}

void ActFollowUp::end(const QString &stopReason)
{
    m_stopReason = stopReason;
    m_ended = true;
    if (m_history && m_ticket != 0 && !m_rows.isEmpty()) {
        QList<HistoryFollowUp> found;
        const Ledger &ledger = m_model->ledger();
        for (int i = 0; i < m_rows.size(); ++i) {
            const LedgerEntry entry = ledger.entries.value(m_rows.at(i));
            if (entry.row.id == m_ids.at(i))
                found.append({m_rows.at(i), followUpName(entry.followUp), entry.newDlqId});
        }
        m_history->recordFollowUps(m_ticket, found);
    }
    m_ticket = 0;
    Q_EMIT changed();
    Q_EMIT finished();
}

QString ActFollowUp::countsText() const
{
    int recovered = 0;
    int failedAgain = 0;
    int unknown = 0;
    const Ledger &ledger = m_model->ledger();
    for (int row : m_rows) {
        switch (ledger.entries.value(row).followUp) {
        case FollowUp::Recovered:
            ++recovered;
            break;
        case FollowUp::FailedAgain:
            ++failedAgain;
            break;
        case FollowUp::Unknown:
            ++unknown;
            break;
        case FollowUp::None:
        case FollowUp::Running:
            break;
        }
    }
    // Not settled yet counts as running: the logs either said so or have not answered.
    const int running = int(m_rows.size()) - recovered - failedAgain - unknown;
    QString text = tr("%1 recovered, %2 failed again, %3 running")
                       .arg(recovered)
                       .arg(failedAgain)
                       .arg(running);
    if (unknown > 0)
        text += tr(", %1 unknown").arg(unknown);
    return text;
}

QString ActFollowUp::statusText() const
{
    if (m_rows.isEmpty())
        return m_stopReason;
    const int total = int(m_rows.size());
    if (!m_ended)
        return tr("Following %n new runs: %1.", nullptr, total).arg(countsText());
    QString text = tr("Followed %n new runs: %1.", nullptr, total).arg(countsText());
    if (!m_stopReason.isEmpty())
        text += QLatin1Char(' ') + m_stopReason;
    return text;
}

} // namespace dlq
