#pragma once

#include "run/runconfig.h"
#include "run/runfollower.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace dlq {

class HistoryStore;
class LedgerModel;

// The window's follow-up of the runs a DLQ-tab action started (resume, restart, callback
// retry): a RunFollower on the action's server, whose answers go into the ledger table row by
// row, and the one line the panel shows ("Following 120 new runs: 80 recovered, …"). It only
// reads, so it never holds up the next action: that one (or a switch of server) abandons it.
class ActFollowUp : public QObject
{
    Q_OBJECT
public:
    ActFollowUp(QNetworkAccessManager *nam, LedgerModel *model, QObject *parent = nullptr);
    ~ActFollowUp() override;

    // How often and how long (tests poll every few milliseconds).
    void setFollowConfig(const FollowConfig &config) { m_follow = config; }
    const FollowConfig &followConfig() const { return m_follow; }

    // Follows the runs the model's ledger started, on the server `config` names. False, and
    // nothing sent, when the ledger started none.
    // When it ends, what it found goes into `history`'s record of the run (`ticket`, from
    // HistoryStore::record; 0 or no store: nowhere).
    bool start(const RunConfig &config, HistoryStore *history = nullptr, quint64 ticket = 0);
    // The operator's "Stop following": the pending runs are marked with what was known.
    void stop();
    // Another action or server takes over: no request of this follow-up touches the table
    // again; runs not settled keep what was known, with `why`.
    void abandon(const QString &why);

    bool isFollowing() const { return m_follower != nullptr; }
    int followedCount() const { return int(m_rows.size()); }
    // "Following 120 new runs: …" or, once ended, what it found and why it stopped; empty when
    // nothing was followed.
    QString statusText() const;

Q_SIGNALS:
    void changed();
    void finished();

private:
    void detach(); // the follower stops and never writes to the table again
    void onEntryUpdated(int row);
    void onFinished();
    QString countsText() const;
    void end(const QString &stopReason);

    QNetworkAccessManager *m_nam;
    LedgerModel *m_model;
    FollowConfig m_follow;
    RunFollower *m_follower = nullptr;
    QList<int> m_rows; // the ledger rows whose runs are followed
    QStringList m_ids; // their DLQ IDs
    QPointer<HistoryStore> m_history;
    quint64 m_ticket = 0;
    QString m_stopReason;
    bool m_ended = false;
};

} // namespace dlq
