#include "ui/runflow.h"

#include "history/historyrecord.h"
#include "history/historystore.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "settings/appsettings.h"
#include "ui/confirmdeletedialog.h"
#include "ui/messageboxes.h"
#include "ui/runmessages.h"
#include "ui/runprogress.h"
#include "ui/snapshots/snapshotstep.h"
#include "ui/uitext.h"

#include <QDir>
#include <QMessageBox>
#include <QSet>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;

// Rows of a run with an outcome of their own: not those it stopped before sending, nor those
// it aborted in flight.
int rowsDone(const ResultsModel &model, const QList<int> &rows)
{
    int done = 0;
    for (int row : rows) {
        if (row < 0 || row >= model.rowCount())
            continue;
        const ResultState state = model.row(row).state;
        done += isFinished(state) && state != ResultState::NotSent &&
                state != ResultState::Cancelled && state != ResultState::Invalid;
    }
    return done;
}
} // namespace

RunFlow::RunFlow(RunController *controller, ResultsModel *model, AppSettings *settings,
                 RunProgress *progress, QWidget *window)
    : QObject(window), m_controller(controller), m_model(model), m_settings(settings),
      m_progress(progress), m_window(window), m_snapshotStep(new SnapshotStep(window))
{
    connect(m_snapshotStep, &SnapshotStep::progressChanged, progress,
            [progress](int done, int total) { progress->update(done, total, 0); });
    connect(m_snapshotStep, &SnapshotStep::ready, this, [this](const QString &path) {
        m_snapshotPath = path;
        startDelete(m_pendingBulk);
    });
    connect(m_snapshotStep, &SnapshotStep::stopped, this,
            [this](bool, const QString &message) { onSnapshotStopped(message); });
    connect(controller, &RunController::runStarted, this, &RunFlow::onStarted);
    connect(controller, &RunController::progressChanged, progress, &RunProgress::update);
    connect(controller, &RunController::runFinished, this, &RunFlow::onFinished);
    connect(controller, &RunController::paused, this, [this] {
        m_progress->setPaused(true);
        Q_EMIT statusMessage(tr("Paused: nothing new is sent until you resume."), 0);
        Q_EMIT stateChanged();
    });
    connect(controller, &RunController::resumed, this, [this] {
        m_progress->setPaused(false);
        Q_EMIT statusMessage(tr("Deleting on %1…").arg(m_target.description()), 0);
        Q_EMIT stateChanged();
    });
    connect(controller, &RunController::notFoundGuardTripped, this, &RunFlow::askAfterOnlyNotFound);
}

void RunFlow::confirm(bool retry)
{
    confirmRows(retry, [this, retry] {
        return retry ? m_controller->retryableRows() : m_controller->unsentRows();
    });
}

void RunFlow::confirmIds(const QStringList &ids, const QList<api::DlqEntry> &known)
{
    m_known = known;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    const auto pick = [this, wanted] {
        QList<int> rows;
        for (int row : m_controller->unsentRows()) {
            if (wanted.contains(m_model->row(row).id))
                rows.append(row);
        }
        return rows;
    };
    if (pick().isEmpty() && !isRunning())
        Q_EMIT statusMessage(tr("Those IDs are already on the list and were sent: see their "
                                "results there."),
                             kStatusMs);
    confirmRows(false, pick);
}

void RunFlow::confirmRows(bool retry, const std::function<QList<int>()> &pick)
{
    if (isRunning() || !m_target.isUsable() || m_confirm)
        return;
    const QList<int> rows = pick();
    if (rows.isEmpty())
        return;
    auto *dialog =
        new ConfirmDeleteDialog(makeDeleteRequest(*m_model, rows, m_target, retry), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = dialog;
    const Target confirmed = m_target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows, pick, confirmed] {
        // What was confirmed is what goes out: if anything moved meanwhile, send nothing.
        const QList<int> now = pick();
        if (now != rows || confirmed != m_target || isRunning()) {
            Q_EMIT statusMessage(tr("The list or the target changed while the confirmation "
                                    "was open. Nothing was sent."),
                                 kStatusMs);
            return;
        }
        start(rows, dialog->bulkMode(), dialog->reason());
    });
    dialog->open();
}

bool RunFlow::isRunning() const
{
    return m_controller->isRunning() || m_snapshotStep->isActive();
}

bool RunFlow::isBulkRunning() const
{
    return m_controller->isRunning() && m_controller->mode() == RunMode::Bulk;
}

bool RunFlow::canPause() const
{
    return m_controller->isRunning() || m_snapshotStep->isCopying();
}

int RunFlow::done() const
{
    return m_snapshotStep->isActive() ? 0 : m_controller->done();
}

int RunFlow::total() const
{
    return m_snapshotStep->isActive() ? m_snapshotStep->total() : m_controller->total();
}

void RunFlow::cancel()
{
    if (m_snapshotStep->isActive())
        m_snapshotStep->cancel();
    else
        m_controller->cancel();
}

void RunFlow::pauseOrResume()
{
    if (m_snapshotStep->isCopying()) {
        m_snapshotStep->pauseOrResume();
        m_progress->setPaused(m_snapshotStep->isPaused());
        Q_EMIT stateChanged();
        return;
    }
    if (!m_controller->isRunning())
        return;
    if (m_controller->isPaused())
        m_controller->resume();
    else
        m_controller->pause();
}

RunConfig RunFlow::runConfig() const
{
    RunConfig config;
    config.baseUrl = m_target.baseUrl;
    config.token = m_target.token;
    config.concurrency = m_settings->concurrency();
    config.timeoutMs = m_settings->timeoutSeconds() * 1000;
    config.maxAttempts = m_settings->maxAttempts();
    config.maxRetryDelayMs = m_settings->maxRetryDelaySeconds() * 1000;
    config.maxRequestsPerSecond = m_settings->maxRequestsPerSecond();
    return config;
}

void RunFlow::start(const QList<int> &rows, bool bulk, const QString &reason)
{
    m_runRows = rows;
    m_reason = reason;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_runClock.start();
    m_snapshotPath.clear();
    const QList<api::DlqEntry> known = std::exchange(m_known, {});
    if (!m_settings->snapshotBeforeDelete()) {
        startDelete(bulk);
        return;
    }
    // Nothing is deleted before the copy is on disk (or the operator chose to go without).
    EntrySnapshot header;
    header.action = recordedActionName(EntryCall::Delete, bulk);
    header.host = m_target.sandbox ? QStringLiteral("sandbox") : m_target.host();
    header.reason = reason;
    QStringList ids;
    for (int row : rows)
        ids.append(m_model->row(row).id);
    m_pendingBulk = bulk;
    m_progress->start(int(ids.size()));
    Q_EMIT statusMessage(tr("Saving a copy of %1 before deleting…").arg(nIds(int(ids.size()))), 0);
    if (!m_snapshotStep->begin(m_controller->network(), runConfig(), header, ids, known))
        onSnapshotStopped(tr("The copy could not start. Nothing was deleted."));
    Q_EMIT stateChanged();
}

void RunFlow::onSnapshotStopped(const QString &message)
{
    m_progress->finish(0, int(m_runRows.size()), 0, runOutcomeWord(RunEnd::Cancelled));
    Q_EMIT statusMessage(message, kStatusMs);
    Q_EMIT stateChanged();
    Q_EMIT finished(RunEnd::Cancelled);
}

void RunFlow::startDelete(bool bulk)
{
    if (!m_controller->start(m_runRows, runConfig(), bulk ? RunMode::Bulk : RunMode::PerId))
        Q_EMIT statusMessage(tr("The run could not start. Nothing was sent."), kStatusMs);
    // runStarted comes before the run counts as running; say it again now that it does.
    Q_EMIT stateChanged();
}

void RunFlow::onStarted(int total)
{
    m_progress->start(total);
    if (m_controller->mode() == RunMode::Bulk)
        Q_EMIT statusMessage(tr("Deleting %1 on %2 in bulk: results come as counts per chunk, "
                                "not per ID…")
                                 .arg(nIds(total), m_target.description()),
                             0);
    else
        Q_EMIT statusMessage(tr("Deleting %1 on %2…").arg(nIds(total), m_target.description()), 0);
    Q_EMIT stateChanged();
}

void RunFlow::onFinished(RunEnd end)
{
    if (m_guardBox)
        m_guardBox->close();
    m_progress->finish(rowsDone(*m_model, m_runRows), total(), m_controller->ratePerSecond(),
                       runOutcomeWord(end));
    QString message = runFinishedMessage(end, *m_model, m_target);
    if (m_controller->mode() == RunMode::Bulk && m_model->count(ResultState::DeletedOrNotFound) > 0)
        message += QLatin1String(". ") + tr("Bulk mode reports counts per chunk, not which IDs "
                                            "were missing.");
    if (!m_snapshotPath.isEmpty())
        message +=
            QLatin1String(". ") +
            tr("The entries as they were before: %1").arg(QDir::toNativeSeparators(m_snapshotPath));
    Q_EMIT statusMessage(message, 0);
    recordRun(end);
    Q_EMIT stateChanged();
    Q_EMIT finished(end);
    if (end == RunEnd::Completed || end == RunEnd::Cancelled || m_stoppedBox ||
        !m_window->isVisible())
        return;
    QString name = QStringLiteral("quotaExhaustedBox");
    QString title = tr("Quota used up");
    if (end == RunEnd::TokenRejected) {
        name = QStringLiteral("tokenRejectedBox");
        title = tr("Token rejected");
    } else if (end == RunEnd::Unreachable) {
        name = QStringLiteral("unreachableBox");
        title = tr("Server not reachable");
    }
    QMessageBox *box = makeRunStoppedBox(name, title, runFinishedMessage(end, *m_model, m_target),
                                         end != RunEnd::QuotaExhausted, m_window);
    m_stoppedBox = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::ActionRole)
            Q_EMIT settingsRequested();
    });
    box->open();
}

void RunFlow::setHistory(HistoryStore *history)
{
    m_history = history;
}

void RunFlow::recordRun(RunEnd end)
{
    if (!m_history)
        return;
    RunFacts facts;
    facts.profile = m_settings->currentProfile();
    facts.host = m_target.sandbox ? QStringLiteral("sandbox") : m_target.host();
    facts.action = recordedActionName(EntryCall::Delete, m_controller->mode() == RunMode::Bulk);
    facts.source = QStringLiteral("app");
    facts.reason = m_reason;
    facts.startedAt = m_startedAt;
    facts.snapshotPath = m_snapshotPath;
    facts.finish(end, m_runClock);
    m_history->record(facts, m_model->rows(), m_runRows);
}

void RunFlow::askAfterOnlyNotFound(int count)
{
    if (m_guardBox)
        return;
    QMessageBox *box = makeNotFoundGuardBox(count, m_target.description(), m_window);
    m_guardBox = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (!m_controller->isRunning())
            return;
        if (box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole)
            m_controller->resume();
        else
            m_controller->cancel();
    });
    box->open();
}

} // namespace dlq
