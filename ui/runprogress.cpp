#include "ui/runprogress.h"

#include "ui/uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace dlq {

namespace {
constexpr int kRefreshMs = 100;
}

RunProgress::RunProgress(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_rate(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Delete progress"));
    m_bar->setFormat(QStringLiteral("%v / %m"));
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(100); // the run row must fit 683 px (1366 at 200 %)

    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_rate->setAccessibleName(tr("Progress and speed"));
    m_rate->setTextFormat(Qt::PlainText);
    m_rate->setWordWrap(true); // the stop reason can be long; the window must not widen

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_rate, 2); // the words get the room; the bar shrinks first
    setVisible(false);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &RunProgress::showCounts);
}

void RunProgress::start(int total)
{
    m_refresh.stop();
    m_shown.invalidate();
    setVisible(true);
    m_paused = false;
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(0);
    m_rate->setText(tr("0 / %1 · starting…").arg(total));
}

void RunProgress::update(int done, int total, double ratePerSecond)
{
    m_done = done;
    m_total = total;
    m_ratePerSecond = ratePerSecond;
    if (m_shown.isValid() && m_shown.elapsed() < kRefreshMs) {
        if (!m_refresh.isActive())
            m_refresh.start(int(kRefreshMs - m_shown.elapsed()));
        return;
    }
    showCounts();
}

void RunProgress::showCounts()
{
    m_refresh.stop();
    m_shown.start();
    m_bar->setRange(0, qMax(m_total, 1));
    m_bar->setValue(qMin(m_done, m_total));
    showRunning();
}

void RunProgress::setPaused(bool paused)
{
    m_paused = paused;
    showCounts();
}

void RunProgress::showRunning()
{
    const QString counts =
        tr("%1 / %2 · %3 IDs/s").arg(m_done).arg(m_total).arg(rateText(m_ratePerSecond));
    m_rate->setText(m_paused ? tr("%1 · paused: nothing new is sent").arg(counts) : counts);
}

void RunProgress::finish(int done, int total, double ratePerSecond, const QString &outcome)
{
    m_refresh.stop();
    m_paused = false;
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(qBound(0, done, total));
    const QString rate = rateText(ratePerSecond);
    if (done >= total) {
        m_rate->setText(tr("%1 / %2 · %3 IDs/s · %4").arg(done).arg(total).arg(rate, outcome));
        return;
    }
    m_rate->setText(tr("%1 of %2 done, %3 stopped before an answer · %4 IDs/s · %5")
                        .arg(done)
                        .arg(total)
                        .arg(total - done)
                        .arg(rate, outcome));
}

} // namespace dlq
