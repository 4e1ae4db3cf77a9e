#include "ui/snapshots/snapshotstep.h"

#include "net/dlqurl.h"
#include "run/snapshotrun.h"
#include "ui/messageboxes.h"
#include "ui/runmessages.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace dlq {

SnapshotStep::SnapshotStep(QWidget *window) : QObject(window), m_window(window) {}

bool SnapshotStep::begin(QNetworkAccessManager *nam, const RunConfig &config,
                         const EntrySnapshot &header, const QStringList &ids,
                         const QList<api::DlqEntry> &known)
{
    if (isActive())
        return false;
    m_host = hostForDisplay(config.baseUrl);
    auto *run = new SnapshotRun(nam, config, this);
    if (!m_dir.isEmpty())
        run->setDirectory(m_dir);
    m_run = run;
    connect(run, &SnapshotRun::progressChanged, this, &SnapshotStep::progressChanged);
    connect(run, &SnapshotRun::finished, this, &SnapshotStep::onFinished);
    return run->start(header, ids, known);
}

void SnapshotStep::onFinished(const SnapshotOutcome &outcome)
{
    m_run->deleteLater();
    if (outcome.cancelled()) {
        Q_EMIT stopped(true, tr("Cancelled while saving the copy. Nothing was deleted."));
        return;
    }
    if (outcome.complete()) {
        Q_EMIT ready(outcome.path);
        return;
    }
    if (outcome.unreachable()) {
        tellUnreachable(outcome);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No complete copy"),
                                tr("The entries could not all be saved before deleting. Nothing "
                                   "has been deleted yet."),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("snapshotFailedBox"));
    box->setAccessibleName(tr("No complete copy"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(outcome.problem());
    QPushButton *go = box->addButton(tr("Delete without a copy"), QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("snapshotFailedDeleteButton"));
    go->setAccessibleName(tr("Delete without a copy"));
    QPushButton *stop = box->addButton(QMessageBox::Cancel);
    stop->setObjectName(QStringLiteral("snapshotFailedCancelButton"));
    stop->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(stop);
    m_box = box;
    const QString path = outcome.path;
    connect(box, &QMessageBox::finished, this, [this, box, go, path] {
        m_box = nullptr;
        if (box->clickedButton() == go)
            Q_EMIT ready(path);
        else
            Q_EMIT stopped(true, tr("Nothing was deleted: no complete copy."));
    });
    box->open();
}

// A delete would not reach the server either: say so, and offer nothing that deletes.
void SnapshotStep::tellUnreachable(const SnapshotOutcome &outcome)
{
    const QString message =
        cannotReachSentence(m_host) + QLatin1Char(' ') + tr("Nothing was deleted.");
    QMessageBox *box = makeRunStoppedBox(QStringLiteral("snapshotUnreachableBox"),
                                         tr("Server not reachable"), message, false, m_window);
    box->setInformativeText(outcome.problem());
    // Only news, like the delete run's own "not reachable" box: the window is free again.
    box->open();
    Q_EMIT stopped(false, message);
}

void SnapshotStep::cancel()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    else if (m_box)
        m_box->reject();
}

void SnapshotStep::pauseOrResume()
{
    if (!isCopying())
        return;
    if (m_run->isPaused())
        m_run->resume();
    else
        m_run->pause();
}

bool SnapshotStep::isActive() const
{
    return isCopying() || m_box;
}

bool SnapshotStep::isCopying() const
{
    return m_run && m_run->isRunning();
}

bool SnapshotStep::isPaused() const
{
    return isCopying() && m_run->isPaused();
}

int SnapshotStep::done() const
{
    return m_run ? m_run->fetchedCount() : 0;
}

int SnapshotStep::total() const
{
    return m_run ? m_run->total() : 0;
}

} // namespace dlq
