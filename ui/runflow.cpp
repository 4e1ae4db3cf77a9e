#include "runflow.h"

#include "appsettings.h"
#include "confirmdeletedialog.h"
#include "messageboxes.h"
#include "resultsmodel.h"
#include "runcontroller.h"
#include "runmessages.h"
#include "runprogress.h"
#include "uitext.h"

#include <QMessageBox>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
} // namespace

RunFlow::RunFlow(RunController *controller, ResultsModel *model, AppSettings *settings,
                 RunProgress *progress, QWidget *window)
    : QObject(window), m_controller(controller), m_model(model), m_settings(settings),
      m_progress(progress), m_window(window)
{
    connect(controller, &RunController::runStarted, this, &RunFlow::onStarted);
    connect(controller, &RunController::progressChanged, progress, &RunProgress::update);
    connect(controller, &RunController::runFinished, this, &RunFlow::onFinished);
    connect(controller, &RunController::paused, this, [this] {
        Q_EMIT statusMessage(tr("Paused: nothing new is sent until you resume."), 0);
        Q_EMIT stateChanged();
    });
    connect(controller, &RunController::resumed, this, [this] {
        Q_EMIT statusMessage(tr("Deleting on %1…").arg(m_target.description()), 0);
        Q_EMIT stateChanged();
    });
    connect(controller, &RunController::notFoundGuardTripped, this, &RunFlow::askAfterOnlyNotFound);
}

void RunFlow::confirm(bool retry)
{
    if (m_controller->isRunning() || !m_target.isUsable() || m_confirm)
        return;
    const QList<int> rows = retry ? m_controller->retryableRows() : m_controller->unsentRows();
    if (rows.isEmpty())
        return;
    auto *dialog =
        new ConfirmDeleteDialog(makeDeleteRequest(*m_model, rows, m_target, retry), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = dialog;
    const Target confirmed = m_target;
    connect(dialog, &QDialog::accepted, this, [this, rows, retry, confirmed] {
        // What was confirmed is what goes out: if anything moved meanwhile, send nothing.
        const QList<int> now = retry ? m_controller->retryableRows() : m_controller->unsentRows();
        if (now != rows || confirmed != m_target || m_controller->isRunning()) {
            Q_EMIT statusMessage(tr("The list or the target changed while the confirmation "
                                    "was open. Nothing was sent."),
                                 kStatusMs);
            return;
        }
        start(rows);
    });
    dialog->open();
}

void RunFlow::pauseOrResume()
{
    if (!m_controller->isRunning())
        return;
    if (m_controller->isPaused())
        m_controller->resume();
    else
        m_controller->pause();
}

void RunFlow::start(const QList<int> &rows)
{
    RunConfig config;
    config.baseUrl = m_target.baseUrl;
    config.token = m_target.token;
    config.concurrency = m_settings->concurrency();
    config.timeoutMs = m_settings->timeoutSeconds() * 1000;
    if (!m_controller->start(rows, config))
        Q_EMIT statusMessage(tr("The run could not start. Nothing was sent."), kStatusMs);
    // runStarted comes before the run counts as running; say it again now that it does.
    Q_EMIT stateChanged();
}

void RunFlow::onStarted(int total)
{
    m_progress->start(total);
    Q_EMIT statusMessage(tr("Deleting %1 on %2…").arg(nIds(total), m_target.description()), 0);
    Q_EMIT stateChanged();
}

void RunFlow::onFinished(RunEnd end)
{
    if (m_guardBox)
        m_guardBox->close();
    m_progress->finish(m_controller->done(), m_controller->total(), m_controller->ratePerSecond(),
                       runOutcomeWord(end));
    Q_EMIT statusMessage(runFinishedMessage(end, *m_model, m_target), 0);
    Q_EMIT stateChanged();
    Q_EMIT finished(end);
    if ((end != RunEnd::TokenRejected && end != RunEnd::QuotaExhausted) || m_stoppedBox ||
        !m_window->isVisible())
        return;
    const bool token = end == RunEnd::TokenRejected;
    QMessageBox *box = makeRunStoppedBox(
        token ? QStringLiteral("tokenRejectedBox") : QStringLiteral("quotaExhaustedBox"),
        token ? tr("Token rejected") : tr("Quota used up"),
        runFinishedMessage(end, *m_model, m_target), token, m_window);
    m_stoppedBox = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->buttonRole(box->clickedButton()) == QMessageBox::ActionRole)
            Q_EMIT settingsRequested();
    });
    box->open();
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
