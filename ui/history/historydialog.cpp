#include "ui/history/historydialog.h"

#include "history/historyrecord.h"
#include "history/historystore.h"
#include "ids/idcheck.h"
#include "results/exporter.h"
#include "results/resultsmodel.h"
#include "ui/filedialogs.h"
#include "ui/history/historyrunsmodel.h"
#include "ui/messageboxes.h"
#include "ui/resultdelegate.h"
#include "ui/snapshots/snapshotsdialog.h"
#include "ui/uitext.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dlq {

namespace {
QTableView *makeTable(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the app
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton *makeButton(const QString &text, const QString &name, const QString &accessible,
                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}
} // namespace

HistoryDialog::HistoryDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_runs(new HistoryRunsModel(this)),
      m_results(new ResultsModel(this)), m_search(new QLineEdit(this)),
      m_searchButton(makeButton(tr("&Search"), QStringLiteral("historySearchButton"),
                                tr("Search the history for this ID"), this)),
      m_showAll(makeButton(tr("Show &all runs"), QStringLiteral("historyShowAllButton"),
                           tr("Show all runs"), this)),
      m_status(new QLabel(this)),
      m_runsView(makeTable(QStringLiteral("historyRunsView"), tr("Runs"), this)),
      m_runHeading(new QLabel(this)), m_resultsView(makeTable(QStringLiteral("historyResultsView"),
                                                              tr("Results of the run"), this)),
      m_open(makeButton(tr("&Open run"), QStringLiteral("historyOpenButton"),
                        tr("Show the results of the selected run"), this)),
      m_export(makeButton(tr("&Export run…"), QStringLiteral("historyExportButton"),
                          tr("Export the results of the run shown"), this)),
      m_openCopy(makeButton(tr("Open &copy"), QStringLiteral("historyOpenCopyButton"),
                            tr("Open the copy of the entries saved before this delete"), this)),
      m_close(makeButton(tr("Close"), QStringLiteral("historyCloseButton"), tr("Close"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    setAccessibleName(tr("History"));

    m_search->setObjectName(QStringLiteral("historySearchEdit"));
    m_search->setAccessibleName(tr("DLQ ID to search for"));
    m_search->setPlaceholderText(tr("Was it ever deleted? Paste a DLQ ID, e.g. 1752829295505-0"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&ID:"), this);
    searchLabel->setObjectName(QStringLiteral("historySearchLabel"));
    searchLabel->setBuddy(m_search);

    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_runHeading->setObjectName(QStringLiteral("historyRunHeading"));
    m_runHeading->setTextFormat(Qt::PlainText);
    m_runHeading->setWordWrap(true);
    m_runHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_runsView->setModel(m_runs);
    m_resultsView->setModel(m_results);
    m_resultsView->setItemDelegate(new ResultDelegate(m_resultsView));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchButton);
    searchRow->addWidget(m_showAll);

    auto *lower = new QWidget(this);
    lower->setObjectName(QStringLiteral("historyRunPane"));
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_runHeading);
    lowerLayout->addWidget(m_resultsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_runsView);
    splitter->addWidget(lower);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_export);
    buttons->addWidget(m_openCopy);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(960, 620);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_search->clear();
        search(QString());
    });
    connect(m_runsView, &QAbstractItemView::activated, this, &HistoryDialog::openCurrentRun);
    connect(m_open, &QPushButton::clicked, this, &HistoryDialog::openCurrentRun);
    connect(m_export, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);
    connect(m_openCopy, &QPushButton::clicked, this, &HistoryDialog::openSnapshot);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryDialog::updateButtons);
    if (m_store)
        connect(m_store, &HistoryStore::recorded, this, &HistoryDialog::refresh);

    refresh();
    m_search->setFocus();
}

void HistoryDialog::refresh()
{
    search(m_runs->showsHits() ? m_search->text() : QString());
}

void HistoryDialog::search(const QString &text)
{
    const QString id = text.trimmed();
    if (!m_store || !m_store->isOpen()) {
        m_runs->setRuns({});
        m_status->setText(m_store ? m_store->errorString()
                                  : tr("History is off: no history file is in use."));
        updateButtons();
        return;
    }
    if (id.isEmpty()) {
        const QList<HistoryRun> runs = m_store->runs();
        m_runs->setRuns(runs);
        m_status->setText(
            runs.isEmpty()
                ? tr("No runs recorded yet.")
                : tr("%1 recorded, newest first.")
                      .arg(runs.size() == 1 ? tr("1 run") : tr("%1 runs").arg(runs.size())));
    } else {
        const QList<HistoryHit> hits = m_store->search(id);
        m_runs->setHits(id, hits);
        if (hits.isEmpty()) {
            m_status->setText(tr("%1 is in no recorded run.").arg(visibleId(id)));
        } else {
            const HistoryHit &last = hits.first();
            m_status->setText(
                tr("%1 was in %2; the latest: %3 on %4 (%5).")
                    .arg(visibleId(id),
                         hits.size() == 1 ? tr("1 run") : tr("%1 runs").arg(hits.size()),
                         resultLabel(last.result.state),
                         last.run.startedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         last.run.host));
        }
    }
    m_runsView->resizeColumnsToContents();
    if (m_runs->rowCount() > 0)
        m_runsView->selectRow(0);
    updateButtons();
}

void HistoryDialog::openCurrentRun()
{
    const QModelIndexList rows = m_runsView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openRun(rows.first().row());
}

void HistoryDialog::openRun(int row)
{
    if (!m_store || row < 0 || row >= m_runs->rowCount())
        return;
    const std::optional<HistoryRun> run = m_store->loadRun(m_runs->run(row).id);
    m_results->clear();
    m_shownSnapshot.clear();
    if (!run) {
        m_shownRun = 0;
        m_runHeading->setText(tr("This run could not be read from the history."));
        updateButtons();
        return;
    }
    m_results->restoreRows(resultRowsFrom(run->results));
    m_shownRun = run->id;
    m_shownHost = run->host;
    QString heading =
        tr("%1 of %2 on %3 at %4 — %5")
            .arg(HistoryRunsModel::actionText(run->action), nIds(run->count), run->host,
                 run->startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 HistoryRunsModel::outcomeText(*run));
    if (!run->reason.isEmpty())
        heading += QLatin1Char('\n') + tr("Reason or ticket: %1").arg(run->reason);
    m_shownSnapshot = run->snapshotPath;
    if (!m_shownSnapshot.isEmpty())
        heading += QLatin1Char('\n') + tr("Copy of the entries saved before: %1")
                                           .arg(QDir::toNativeSeparators(m_shownSnapshot));
    m_runHeading->setText(heading);
    m_resultsView->resizeColumnsToContents();
    updateButtons();
}

void HistoryDialog::chooseExportFile()
{
    if (m_shownRun == 0)
        openCurrentRun();
    if (m_shownRun == 0)
        return;
    QFileDialog *dialog = makeExportDialog(
        tr("Export run %1 (%2)").arg(m_shownRun).arg(nRows(m_results->rowCount())), this);
    connect(dialog, &QFileDialog::fileSelected, this, &HistoryDialog::exportTo);
    dialog->open();
}

void HistoryDialog::openSnapshot()
{
    QString error;
    if (!m_shownSnapshot.isEmpty() && !openSnapshotViewer(m_shownSnapshot, this, &error))
        m_status->setText(error);
}

void HistoryDialog::exportTo(const QString &path)
{
    QList<int> rows;
    rows.reserve(m_results->rowCount());
    for (int r = 0; r < m_results->rowCount(); ++r)
        rows.append(r);
    const QString error =
        exporter::writeFile(path, *m_results, rows, {m_shownHost, QDateTime::currentDateTimeUtc()});
    if (error.isEmpty()) {
        m_status->setText(
            tr("Exported %1 to %2.").arg(nRows(int(rows.size())), QDir::toNativeSeparators(path)));
        return;
    }
    makeErrorBox(QStringLiteral("exportErrorBox"), tr("Export failed"),
                 tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error), this)
        ->open();
}

void HistoryDialog::updateButtons()
{
    const bool usable = m_store && m_store->isOpen();
    m_search->setEnabled(usable);
    m_searchButton->setEnabled(usable);
    m_showAll->setEnabled(usable && m_runs->showsHits());
    m_open->setEnabled(usable && m_runsView->selectionModel()->hasSelection());
    m_export->setEnabled(usable &&
                         (m_shownRun != 0 || m_runsView->selectionModel()->hasSelection()));
    m_openCopy->setEnabled(usable && !m_shownSnapshot.isEmpty());
}

} // namespace dlq
