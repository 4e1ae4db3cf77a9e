#include "ui/act/actpanel.h"

#include "results/ledgermodel.h"
#include "ui/act/actflow.h"
#include "ui/act/actwording.h"
#include "ui/browse/widgetnames.h"
#include "ui/filedialogs.h"
#include "ui/runmessages.h"
#include "ui/uitext.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dlq {

ActPanel::ActPanel(ActFlow *flow, QWidget *parent)
    : QDialog(parent), m_flow(flow), m_headline(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_arrived(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("actPanel"));
    setWindowTitle(tr("DLQ action"));
    setAccessibleName(tr("DLQ action and its ledger"));
    setModal(false);
    named(m_headline, "actPanelHeadline", tr("Action"));
    named(m_progress, "actProgressBar", tr("Progress"));
    m_progress->setToolTip(tr("Requests answered so far"));
    named(m_status, "actStatusLabel", tr("Action status"));
    named(m_arrived, "actArrivedLabel", tr("Entries that arrived after the preview"));
    for (QLabel *label : {m_headline, m_status, m_arrived}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_arrived->hide();
    named(m_table, "actLedgerView", tr("Ledger"));
    m_table->setModel(flow->ledgerModel());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("What happened to each DLQ entry, and the workflow run it started"));

    m_cancel =
        named(new QPushButton(tr("&Cancel"), this), "actRunCancelButton", tr("Cancel the action"));
    m_cancel->setToolTip(tr("Stop sending; requests in flight may still be applied"));
    m_exportCsv = named(new QPushButton(tr("Export C&SV…"), this), "actExportCsvButton",
                        tr("Export the ledger as CSV"));
    m_exportCsv->setToolTip(tr("Save the ledger as a CSV file"));
    m_exportJson = named(new QPushButton(tr("Export &JSON…"), this), "actExportJsonButton",
                         tr("Export the ledger as JSON"));
    m_exportJson->setToolTip(tr("Save the ledger as a JSON file"));
    m_restartInstead = named(new QPushButton(this), "actRestartInsteadButton",
                             tr("Restart the refused entries instead"));
    m_restartInstead->setToolTip(tr("The server could not resume these (the workflow changed or "
                                    "does not support resume); restart them from the first step"));
    m_restartInstead->hide();
    m_close = named(new QPushButton(tr("C&lose"), this), "actPanelCloseButton", tr("Close"));
    m_close->setToolTip(tr("Close this panel; a running action goes on"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restartInstead);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_arrived);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(760, 420);

    connect(m_cancel, &QPushButton::clicked, flow, &ActFlow::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportLedger(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportLedger(true); });
    connect(m_restartInstead, &QPushButton::clicked, this,
            [this] { Q_EMIT restartInsteadRequested(m_flow->restartCandidates()); });
    connect(flow, &ActFlow::started, this, &ActPanel::onStarted);
    connect(flow, &ActFlow::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %2 requests answered…").arg(done).arg(total));
    });
    connect(flow, &ActFlow::finished, this, &ActPanel::onFinished);
    setBusy(false);
}

void ActPanel::setBusy(bool busy)
{
    m_cancel->setEnabled(busy);
    const bool hasLedger = !busy && m_flow->ledgerModel()->rowCount() > 0;
    m_exportCsv->setEnabled(hasLedger);
    m_exportJson->setEnabled(hasLedger);
}

void ActPanel::showPreviewing(const QString &filterText)
{
    m_headline->setText(tr("Listing every entry matching %1…").arg(filterText));
    m_progress->setRange(0, 0);
    m_status->setText(tr("Freezing the set: the action will touch exactly these entries."));
    m_arrived->hide();
    m_restartInstead->hide();
    setBusy(true);
}

void ActPanel::showMessage(const QString &text)
{
    m_status->setText(text);
    setBusy(m_flow->isBusy());
}

void ActPanel::addSection(QWidget *section)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_table), section);
}

void ActPanel::onStarted(int total)
{
    const Ledger &ledger = m_flow->ledgerModel()->ledger();
    m_headline->setText(actHeadline(ledger.action, nEntries(int(ledger.entries.size())),
                                    m_flow->target().description()));
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_status->setText(tr("Sending…"));
    m_arrived->hide();
    m_restartInstead->hide();
    setBusy(true);
}

void ActPanel::onFinished(RunEnd end, const QString &recountError)
{
    const Ledger &ledger = m_flow->ledgerModel()->ledger();
    const QStringList acted = m_flow->actedIds();
    QString status = actEndStatus(end, int(acted.size()), int(ledger.entries.size()),
                                  m_flow->target().description(), m_flow->target().host());
    if (!ledger.snapshotPath.isEmpty())
        status += QLatin1Char(' ') + tr("The entries as they were before: %1")
                                         .arg(QDir::toNativeSeparators(ledger.snapshotPath));
    m_status->setText(status);
    if (ledger.matching) {
        const int arrived = ledger.arrivedAfterPreview;
        m_arrived->setText(
            arrived < 0 ? tr("Entries that arrived after the preview were not counted: %1")
                              .arg(recountError)
            : arrived == 1
                ? tr("1 entry arrived after the preview and was not touched.")
                : tr("%1 entries arrived after the preview and were not touched.").arg(arrived));
        m_arrived->setAccessibleName(m_arrived->text());
        m_arrived->show();
    }
    const int refused = int(m_flow->restartCandidates().size());
    m_restartInstead->setText(tr("&Restart these %1 instead…").arg(refused));
    m_restartInstead->setVisible(refused > 0);
    setBusy(false);
}

void ActPanel::exportLedger(bool json)
{
    QFileDialog *dialog = makeExportDialog(tr("Export the ledger"), this);
    if (json) {
        dialog->selectNameFilter(dialog->nameFilters().value(1));
        dialog->setDefaultSuffix(QStringLiteral("json"));
        dialog->selectFile(dialog->selectedFiles()
                               .value(0)
                               .section(QLatin1Char('/'), -1)
                               .replace(QLatin1String(".csv"), QLatin1String(".json")));
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = m_flow->ledgerModel()->ledger().writeFile(path);
        m_status->setText(error.isEmpty() ? tr("Saved the ledger to %1.").arg(path) : error);
    });
    dialog->open();
}

} // namespace dlq
