#include "ui/resultspanel.h"

#include "results/resultcolumns.h"
#include "results/resultfiltermodel.h"
#include "results/resultsmodel.h"
#include "ui/resultdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dlq {

namespace {
constexpr int kFilterDelayMs = 250;
} // namespace

ResultsPanel::ResultsPanel(ResultsModel *model, ResultFilterModel *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_filterBar(new QHBoxLayout),
      m_stateFilter(new QComboBox(this)), m_textFilter(new QLineEdit(this)),
      m_shownCount(new QLabel(this)), m_filterDelay(new QTimer(this)), m_view(new QTableView(this)),
      m_details(new QPlainTextEdit(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_stateFilter->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateFilter->setAccessibleName(tr("Show results"));
    m_stateFilter->setToolTip(tr("Show only the rows with this result"));
    m_stateFilter->addItem(tr("All results"), -1);
    for (int i = 0; i < kResultStateCount; ++i)
        m_stateFilter->addItem(resultLabel(ResultState(i)), i);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt
                                          : std::optional<ResultState>(ResultState(state)));
    });

    m_textFilter->setObjectName(QStringLiteral("textFilterEdit"));
    m_textFilter->setAccessibleName(tr("Filter by ID or message"));
    m_textFilter->setPlaceholderText(tr("Filter by ID or message"));
    m_textFilter->setClearButtonEnabled(true);
    // Filtering a few hundred thousand rows takes a while: filter once typing pauses, not
    // on every key. Enter filters at once.
    m_filterDelay->setObjectName(QStringLiteral("textFilterDelay"));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_textFilter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ResultsPanel::applyTextFilter);
    connect(m_textFilter, &QLineEdit::returnPressed, this, &ResultsPanel::applyTextFilter);

    // Alt+S belongs to the Settings menu.
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_stateFilter);
    m_filterBar->addWidget(showLabel);
    m_filterBar->addWidget(m_stateFilter);
    m_filterBar->addWidget(m_textFilter, 1);

    m_shownCount->setObjectName(QStringLiteral("filterCountLabel"));
    m_shownCount->setAccessibleName(tr("Rows shown"));
    m_shownCount->setTextFormat(Qt::PlainText);
    m_shownCount->setVisible(false);
    m_filterBar->addWidget(m_shownCount);

    setUpView();

    m_noMatch = new QLabel(tr("No rows match the filter."), m_view->viewport());
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setAccessibleName(tr("No rows match the filter"));
    m_noMatch->setTextFormat(Qt::PlainText);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setEnabled(false); // drawn in the placeholder colour
    m_noMatch->setVisible(false);
    auto *overlay = new QVBoxLayout(m_view->viewport());
    overlay->addWidget(m_noMatch, 0, Qt::AlignCenter);

    m_details->setObjectName(QStringLiteral("detailView"));
    m_details->setAccessibleName(tr("Details of the selected row"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setAcceptDrops(false);
    m_details->viewport()->setAcceptDrops(false);
    m_details->setPlaceholderText(
        tr("Paste IDs (Ctrl+V), type them above, or drop a .txt, .csv or .json file.\n"
           "Nothing is sent until you press “Delete…” and confirm.\n"
           "Select a row to see its full result here."));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsPanel::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultsPanel::showDetails);
    // The current row's outcome changes under it during a run.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showDetails();
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResultsPanel::showDetails);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResultsPanel::showDetails);
    for (QAbstractItemModel *counted :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_model)}) {
        connect(counted, &QAbstractItemModel::rowsInserted, this, &ResultsPanel::updateFilterCount);
        connect(counted, &QAbstractItemModel::rowsRemoved, this, &ResultsPanel::updateFilterCount);
        connect(counted, &QAbstractItemModel::modelReset, this, &ResultsPanel::updateFilterCount);
        connect(counted, &QAbstractItemModel::layoutChanged, this,
                &ResultsPanel::updateFilterCount);
    }
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResultsPanel::showDetails);
}

bool ResultsPanel::isFiltered() const
{
    return shownCount() < m_model->rowCount();
}

int ResultsPanel::shownCount() const
{
    return m_proxy->rowCount();
}

void ResultsPanel::updateFilterCount()
{
    const int shown = shownCount();
    const int total = m_model->rowCount();
    m_shownCount->setText(
        tr("%1 of %2 shown").arg(QLocale().toString(shown), QLocale().toString(total)));
    m_shownCount->setVisible(shown < total);
    m_noMatch->setVisible(shown == 0 && total > 0);
}

void ResultsPanel::setUpView()
{
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the table for the buttons and details below; arrows move between cells.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The user insists that IDs with a zero-width space or similar are meant as they are.
    auto *allowInvisible = new QAction(tr("Allow invisible characters"), m_view);
    allowInvisible->setObjectName(QStringLiteral("allowInvisibleAction"));
    allowInvisible->setToolTip(tr("Send the IDs that were refused only for an invisible "
                                  "character (such as U+200B), exactly as they are"));
    allowInvisible->setEnabled(false);
    // Only appending, restoring and allowing change which rows are refused for an invisible
    // character, so the count is not redone on every result.
    const auto updateAllowInvisible = [this, allowInvisible] {
        allowInvisible->setEnabled(m_model->refusedForInvisibleCount() > 0);
    };
    connect(allowInvisible, &QAction::triggered, m_model, [this, updateAllowInvisible] {
        m_model->allowInvisibleCharacters();
        updateAllowInvisible();
    });
    // A paste arrives in slices: each counts its own rows, not the whole list again.
    connect(m_model, &QAbstractItemModel::rowsInserted, allowInvisible,
            [this, allowInvisible](const QModelIndex &, int first, int last) {
                if (!allowInvisible->isEnabled())
                    allowInvisible->setEnabled(m_model->refusedForInvisibleCount(first, last) > 0);
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, allowInvisible, updateAllowInvisible);
    connect(m_model, &QAbstractItemModel::modelReset, allowInvisible, updateAllowInvisible);
    m_view->addAction(allowInvisible);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("resultsHeader"));
    header->setAccessibleName(tr("Result columns"));
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ResultColumn::Message, QHeaderView::Stretch);
    // Wide enough for the header and a typical value; the user can still resize, and the
    // saved header state wins over these defaults.
    const QFontMetrics cell = m_view->fontMetrics();
    const QFontMetrics head = header->fontMetrics();
    const int iconRoom = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const int padding = 2 * cell.horizontalAdvance(QLatin1Char('M'));
        header->resizeSection(
            column,
            qMax(cell.horizontalAdvance(sample) + extra, head.horizontalAdvance(title)) + padding);
    };
    fit(ResultColumn::Id, QStringLiteral("1752829295505-00"));
    fit(ResultColumn::Result, resultLabel(ResultState::Invalid), iconRoom);
    fit(ResultColumn::HttpStatus, QStringLiteral("000"));
    fit(ResultColumn::Attempts, QStringLiteral("00"));
    fit(ResultColumn::Duration, QStringLiteral("00000 ms"));
    fit(ResultColumn::FinishedAt, QStringLiteral("2025-07-18 09:01:35"));

    // Entry order until the user clicks a header: a fresh list reads top to bottom as pasted.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
}

QList<int> ResultsPanel::selectedSourceRows() const
{
    return m_proxy->sourceRows(m_view->selectionModel()->selectedRows());
}

QList<int> ResultsPanel::visibleSourceRows() const
{
    return m_proxy->allSourceRows();
}

QString ResultsPanel::describe(const ResultRow &row)
{
    const QString none = tr("—");
    QStringList lines;
    lines << tr("ID:          %1").arg(row.id);
    lines << tr("Result:      %1").arg(resultLabel(row.state));
    if (!row.verdict.reason.isEmpty() && row.verdict.reason != row.message)
        lines << tr("ID check:    %1").arg(row.verdict.reason);
    lines << tr("HTTP status: %1")
                 .arg(row.httpStatus > 0 ? QString::number(row.httpStatus) : tr("no response"));
    lines << tr("Message:     %1").arg(row.message.isEmpty() ? none : row.message);
    if (row.state == ResultState::Deleted && row.confirmedOnRetry)
        lines << tr("Note:        an earlier try whose answer was lost had deleted it; the "
                    "retry found it gone");
    lines << tr("Attempts:    %1").arg(row.attempts);
    if (!row.history.isEmpty())
        lines << QLatin1String("             ") +
                     attemptHistory(row.history)
                         .replace(QLatin1Char('\n'), QLatin1String("\n             "));
    lines << tr("Duration:    %1")
                 .arg(row.durationMs >= 0 ? tr("%1 ms").arg(row.durationMs) : tr("not sent"));
    lines << tr("Finished:    %1")
                 .arg(row.finishedAt.isValid()
                          ? QLocale().toString(row.finishedAt.toLocalTime(), QLocale::LongFormat)
                          : none);
    return lines.join(QLatin1Char('\n'));
}

void ResultsPanel::applyTextFilter()
{
    m_filterDelay->stop();
    m_proxy->setTextFilter(m_textFilter->text());
}

void ResultsPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex source = current.isValid() ? m_proxy->mapToSource(current) : QModelIndex();
    if (!source.isValid() || source.row() >= m_model->rowCount()) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(describe(m_model->row(source.row())));
}

} // namespace dlq
