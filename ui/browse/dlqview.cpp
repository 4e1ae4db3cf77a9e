#include "ui/browse/dlqview.h"

#include "browse/dlqentriesmodel.h"
#include "browse/dlqgroups.h"
#include "run/dlqentryfetch.h"
#include "settings/appsettings.h"
#include "ui/act/actflow.h"
#include "ui/act/dlqactions.h"
#include "ui/browse/columnchooser.h"
#include "ui/browse/dlqentriesproxy.h"
#include "ui/browse/dlqfilterbar.h"
#include "ui/browse/entrydetailspane.h"
#include "ui/browse/savedfilterbox.h"
#include "ui/browse/widgetnames.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
constexpr int kGroupDelayMs = 150; // pages arrive in bursts; regroup once per burst
// Holding an arrow key passes a row every ~30 ms; only the row the user stops on is re-read.
constexpr int kFetchDelayMs = 250;
} // namespace

DlqView::DlqView(AppSettings *settings, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_browseSettings(settings), m_nam(nam),
      m_model(new DlqEntriesModel(nam, this)), m_proxy(new DlqEntriesProxy(this)),
      m_groups(new DlqGroupsModel(this)), m_fetchTimer(new QTimer(this)),
      m_groupTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dlqView"));
    setAccessibleName(tr("DLQ"));
    m_proxy->setSourceModel(m_model);
    m_groupTimer->setSingleShot(true);
    m_groupTimer->setInterval(kGroupDelayMs);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(kFetchDelayMs);
    connect(m_fetchTimer, &QTimer::timeout, this, [this] {
        if (!m_currentId.isEmpty())
            startFetch(m_currentId);
    });

    m_filterBar = new DlqFilterBar(this);
    m_savedFilters = new SavedFilterBox(
        &m_browseSettings, [this] { return m_filterBar->draft(); }, this);

    m_acts = new DlqActions(
        nam, this, [this] { return selectedEntries(); }, [this] { return m_model->filter(); });
    m_acts->flow()->setSettings(settings);

    // Created in the order Tab visits them: filters, loading, search and groups, the table.
    QWidget *statusRow = buildStatusRow();
    QWidget *toolsRow = buildToolsRow();
    m_groupsView = named(new QListView(this), "dlqGroupsView", tr("Groups"));
    m_groupsView->setModel(m_groups);
    m_groupsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view = named(new QTableView(this), "dlqEntriesView", tr("DLQ entries"));
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DlqColumn::FailedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_acts->selectionActions());
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    installColumnChooser(m_view->horizontalHeader(), [this] { saveLayout(); });
    // Starting widths that show a whole time, URL path and ID; a remembered layout wins.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int pad = metrics.averageCharWidth() * 3;
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(DlqColumn::FailedAt,
                          metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + pad);
    header->resizeSection(DlqColumn::WorkflowUrl, metrics.averageCharWidth() * 32);
    header->resizeSection(DlqColumn::FailedStepUrl, metrics.averageCharWidth() * 32);
    header->resizeSection(DlqColumn::CallbackState,
                          metrics.horizontalAdvance(QStringLiteral("CALLBACK_INPROGRESS")) + pad);
    header->resizeSection(DlqColumn::DlqId,
                          metrics.horizontalAdvance(QStringLiteral("1752840322248-0")) + pad);

    m_detailsHost = new QWidget(this);
    m_detailsHost->setObjectName(QStringLiteral("dlqDetailsHost"));
    m_detailsHost->setAccessibleName(tr("Entry details"));
    auto *hostLayout = new QVBoxLayout(m_detailsHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    // In a scroll area, so the table can take most of the height and the pane still shows
    // every field (scrolled) on a small screen.
    auto *detailsScroll = new QScrollArea(m_detailsHost);
    detailsScroll->setObjectName(QStringLiteral("dlqDetailsScroll"));
    detailsScroll->setAccessibleName(tr("Entry details"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    m_details = new EntryDetailsPane;
    detailsScroll->setWidget(m_details);
    hostLayout->addWidget(detailsScroll);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("dlqDetailsSplitter"));
    right->addWidget(m_view);
    right->addWidget(m_detailsHost);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({300, 200});
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("dlqGroupsSplitter"));
    m_splitter->addWidget(m_groupsView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_savedFilters);
    layout->addWidget(statusRow);
    layout->addWidget(toolsRow);
    layout->addWidget(m_splitter, 1);

    m_fetch = new DlqEntryFetch(m_nam, m_config, this);
    connect(m_fetch, &DlqEntryFetch::finished, this, &DlqView::onFetched);
    connectParts();
    restoreLayout();
    applyRetention();
    updateStatus();
}

DlqView::~DlqView()
{
    m_model->disconnect(this);
    if (m_fetch)
        m_fetch->disconnect(this);
}

QWidget *DlqView::buildStatusRow()
{
    auto *row = new QWidget(this);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("dlqLoadStatusLabel"));
    m_status->setAccessibleName(tr("Loading status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_loadAll =
        named(new QPushButton(tr("L&oad all"), row), "dlqLoadAllButton", tr("Load all entries"));
    m_loadAll->setToolTip(tr("Keep loading pages in the background up to the limit"));
    m_loadMore =
        named(new QPushButton(tr("Load &more"), row), "dlqLoadMoreButton", tr("Load more entries"));
    m_loadMore->setToolTip(
        tr("Raise the limit by %1 entries and go on loading").arg(DlqEntriesModel::kDefaultLimit));
    m_cancel =
        named(new QPushButton(tr("Stop loading"), row), "dlqCancelLoadButton", tr("Stop loading"));
    m_cancel->setToolTip(tr("Stop after the page in flight; what was loaded stays"));
    m_refresh = named(new QPushButton(tr("Refresh"), row), "dlqRefreshButton",
                      tr("Refresh the DLQ entries"));
    m_refresh->setToolTip(tr("Load the first page again with the filter shown (F5)"));
    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("dlqRefreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &DlqView::refresh);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_loadMore);
    layout->addWidget(m_cancel);
    layout->addWidget(m_refresh);
    return row;
}

QWidget *DlqView::buildToolsRow()
{
    auto *row = new QWidget(this);
    m_search = named(new QLineEdit(row), "dlqQuickSearchEdit", tr("Search loaded entries"));
    m_search->setPlaceholderText(tr("Search the loaded entries"));
    m_search->setClearButtonEnabled(true);
    m_groupBy = named(new QComboBox(row), "dlqGroupByCombo", tr("Group by"));
    m_groupBy->addItem(tr("No groups"), int(DlqGroupBy::None));
    m_groupBy->addItem(tr("Response status"), int(DlqGroupBy::Status));
    m_groupBy->addItem(tr("Status and workflow"), int(DlqGroupBy::StatusAndWorkflow));
    m_groupBy->addItem(tr("Workflow URL"), int(DlqGroupBy::WorkflowUrl));
    m_groupBy->addItem(tr("Failed step"), int(DlqGroupBy::FailedStep));
    m_groupBy->addItem(tr("Label"), int(DlqGroupBy::Label));
    m_retention = named(new QComboBox(row), "dlqRetentionCombo", tr("Retention"));
    m_retention->addItem(tr("3 days"), Retention::key(Retention::Plan::ThreeDays));
    m_retention->addItem(tr("7 days"), Retention::key(Retention::Plan::SevenDays));
    m_retention->addItem(tr("Custom"), Retention::key(Retention::Plan::Custom));
    m_retention->setToolTip(tr("How long your plan keeps DLQ entries (Free: 3 days, "
                               "Pay-as-you-go: 7 days, fixed plans: up to 3 months); the Expires "
                               "in column counts from each entry's creation"));
    m_retentionDays = named(new QSpinBox(row), "dlqRetentionDaysSpin", tr("Retention in days"));
    m_retentionDays->setRange(1, Retention::kMaxCustomDays);
    m_retentionDays->setSuffix(tr(" days"));
    const Retention retention = m_browseSettings.retention();
    m_retention->setCurrentIndex(qMax(0, m_retention->findData(Retention::key(retention.plan))));
    m_retentionDays->setValue(retention.customDays);
    m_delete = named(new QPushButton(tr("Delete selected…"), row), "dlqDeleteSelectedButton",
                     tr("Delete selected entries"));
    m_delete->setToolTip(tr("Put the selected DLQ IDs on the ID list and ask before deleting"));

    // Two lines, so the tab fits a narrow window.
    auto *find = new QHBoxLayout;
    find->addWidget(buddyLabel(tr("&Quick search:"), m_search, row));
    find->addWidget(m_search, 1);
    find->addWidget(m_delete);
    find->addWidget(m_acts->menuButton());
    auto *sort = new QHBoxLayout;
    sort->addWidget(buddyLabel(tr("&Group by:"), m_groupBy, row));
    sort->addWidget(m_groupBy);
    sort->addStretch(1);
    sort->addWidget(buddyLabel(tr("Expires after (rete&ntion):"), m_retention, row));
    sort->addWidget(m_retention);
    sort->addWidget(m_retentionDays);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(find);
    layout->addLayout(sort);
    return row;
}

void DlqView::connectParts()
{
    connect(this, &DlqView::currentEntryChanged, m_details, &EntryDetailsPane::showEntry);
    connect(this, &DlqView::entryRefreshed, m_details, &EntryDetailsPane::showEntry);
    connect(this, &DlqView::entryRefreshStarted, m_details, &EntryDetailsPane::showLoading);
    connect(this, &DlqView::entryGone, m_details, &EntryDetailsPane::showGone);
    connect(this, &DlqView::entryRefreshFailed, m_details,
            [this](const QString &, const QString &message) { m_details->showError(message); });
    connect(this, &DlqView::currentEntryCleared, m_details, &EntryDetailsPane::clear);
    connect(m_details, &EntryDetailsPane::copied, this, [this](const QString &what) {
        Q_EMIT statusMessage(tr("Copied %1.").arg(what), 4000);
    });
    connect(m_filterBar, &DlqFilterBar::applyRequested, this, &DlqView::apply);
    connect(m_savedFilters, &SavedFilterBox::chosen, this, [this](const FilterDraft &draft) {
        m_filterBar->setDraft(draft);
        apply();
    });
    connect(m_savedFilters, &SavedFilterBox::statusMessage, this, &DlqView::statusMessage);
    connect(m_loadAll, &QPushButton::clicked, m_model, &DlqEntriesModel::loadAll);
    connect(m_loadMore, &QPushButton::clicked, m_model, &DlqEntriesModel::loadMore);
    connect(m_cancel, &QPushButton::clicked, m_model, &DlqEntriesModel::cancel);
    connect(m_refresh, &QPushButton::clicked, this, &DlqView::refresh);
    connect(m_model, &DlqEntriesModel::loadingChanged, this, &DlqView::updateStatus);
    connect(m_model, &DlqEntriesModel::loadStopped, this,
            [this](PagerEnd end, const QString &message) {
                m_lastMessage = message;
                m_lastEnd = end;
                if (!m_model->isLoading())
                    restorePlace();
                updateStatus();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatus();
        m_groupTimer->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset drops the current row without currentRowChanged: the pane would keep
        // showing an entry the list no longer has.
        onCurrentChanged();
        updateStatus();
        updateGroups();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_groupTimer, qOverload<>(&QTimer::start));
    connect(m_groupTimer, &QTimer::timeout, this, &DlqView::updateGroups);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &DlqView::updateStatus);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &DlqView::updateGroups);
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectGroup(current.row());
            });
    connect(m_groupsView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { selectGroup(index.row()); });
    connect(m_retention, &QComboBox::currentIndexChanged, this, &DlqView::applyRetention);
    connect(m_retentionDays, &QSpinBox::valueChanged, this, &DlqView::applyRetention);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DlqView::updateStatus);
    connect(m_acts, &DlqActions::statusMessage, this, &DlqView::statusMessage);
    // After an action the entries acted on are gone from the DLQ or changed: load them again.
    connect(m_acts, &DlqActions::refreshRequested, this, &DlqView::reloadKeepingPlace);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DlqView::onCurrentChanged);
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionMoved, this, &DlqView::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &DlqView::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &DlqView::saveLayout);
}

void DlqView::setTarget(const Target &target, const RunConfig &config)
{
    const bool changed = target != m_target;
    m_target = target;
    m_config = config;
    m_details->setBaseUrl(target.baseUrl);
    m_model->setConfig(target.isUsable() ? config : RunConfig{});
    if (changed) {
        m_model->clear();
        m_lastMessage.clear();
        m_lastEnd.reset();
        m_place.reset();
        m_loaded = false;
    }
    if (m_fetch)
        m_fetch->disconnect(this);
    m_fetch->cancel();
    m_fetch->deleteLater();
    m_fetch = new DlqEntryFetch(m_nam, config, this);
    connect(m_fetch, &DlqEntryFetch::finished, this, &DlqView::onFetched);
    m_filterBar->setApplyEnabled(target.isUsable(), target.problem);
    m_acts->setTarget(target, config);
    updateStatus();
    if (isVisible()) // e.g. the token arrived from the keychain while the tab is shown
        loadOnFirstShow();
}

void DlqView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadOnFirstShow();
}

// Opening the tab shows the DLQ without a click on Apply.
void DlqView::loadOnFirstShow()
{
    if (!m_loaded && m_target.isUsable())
        apply();
}

bool DlqView::refresh()
{
    return m_target.isUsable() && apply();
}

bool DlqView::apply()
{
    const api::DlqFilter filter = m_filterBar->draft().resolve(QDateTime::currentMSecsSinceEpoch());
    const QStringList problems = filter.problems();
    m_filterBar->showProblems(problems);
    if (!problems.isEmpty())
        return false;
    m_lastMessage.clear();
    m_lastEnd.reset();
    m_place.reset();
    m_loaded = true; // also when it fails: the message says why, and Apply or F5 try again
    if (!m_model->load(filter)) {
        m_filterBar->showProblems({m_model->errorMessage()});
        return false;
    }
    updateStatus();
    return true;
}

// As many entries as were loaded, from the server again (the acted ones are gone or changed,
// others may have come), and back to the same place once they are in.
void DlqView::reloadKeepingPlace()
{
    Place place;
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    if (top.isValid()) {
        place.topRow = top.row();
        place.topId = top.siblingAtColumn(DlqColumn::DlqId).data(DlqRole::DlqId).toString();
    }
    place.selectedIds = selectedIds();
    place.currentId = m_currentId;
    m_lastMessage.clear();
    m_lastEnd.reset();
    if (!m_model->reload()) {
        m_place.reset();
        m_lastMessage = m_model->errorMessage();
        updateStatus();
        return;
    }
    m_place = place;
    updateStatus();
}

void DlqView::restorePlace()
{
    if (!m_place)
        return;
    const Place place = *std::exchange(m_place, std::nullopt);
    const auto proxyRow = [this](const QString &id) {
        const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    };
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    QModelIndex top = proxyRow(place.topId);
    if (!top.isValid())
        top = m_proxy->index(qBound(0, place.topRow, rows - 1), 0);
    const QModelIndex current = proxyRow(place.currentId);
    if (current.isValid())
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (const QString &id : place.selectedIds) {
        const QModelIndex first = proxyRow(id);
        if (first.isValid())
            selection.select(first, first.siblingAtColumn(lastColumn));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    m_view->doItemsLayout(); // the scroll range for the rows just in, not the empty table's
    m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
}

void DlqView::focusFilters()
{
    m_filterBar->firstControl()->setFocus(Qt::ShortcutFocusReason);
}

QList<api::DlqEntry> DlqView::selectedEntries() const
{
    QList<api::DlqEntry> out;
    if (!m_view)
        return out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid() && m_model->entry(source.row()).isUsable())
            out.append(m_model->entry(source.row()));
    }
    return out;
}

QStringList DlqView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(DlqColumn::DlqId);
    for (const QModelIndex &index : rows) {
        const QString id = index.data(DlqRole::DlqId).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void DlqView::updateStatus()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (!m_target.isUsable()) {
        text = m_target.problem.isEmpty() ? tr("No server set up.") : m_target.problem;
        if (!m_settings->tokenPending()) // otherwise it is on its way
            text += QLatin1Char(' ') + tr("Set the server and token in Settings → Connection "
                                          "settings… to browse the DLQ.");
    } else {
        text = loadedText(loaded);
    }
    if (shown != loaded)
        text += QLatin1Char(' ') + tr("%1 shown by the search.").arg(shown);
    m_status->setText(text);
    m_loadAll->setEnabled((m_model->isLoading() || m_model->hasMore()) &&
                          !m_model->limitReached() && !m_model->isLoadingAll());
    m_loadMore->setVisible(m_model->limitReached());
    m_loadMore->setEnabled(m_model->limitReached() && !m_model->isLoading());
    m_cancel->setEnabled(m_model->isLoading());
    m_refresh->setEnabled(m_target.isUsable());
    m_delete->setEnabled(m_view->selectionModel()->hasSelection() && m_target.isUsable());
    m_acts->updateEnabled();
    m_filterBar->setSeenWorkflowUrls(m_model->seenWorkflowUrls());
}

// What the loaded rows are: all that match only when the last load came to the end.
QString DlqView::loadedText(int loaded) const
{
    if (m_model->isLoading())
        return tr("Loading… %1 entries so far.").arg(loaded);
    const auto withMessage = [this](const QString &text) {
        return m_lastMessage.isEmpty() ? text : text + QLatin1Char(' ') + m_lastMessage;
    };
    const PagerEnd end = m_lastEnd.value_or(PagerEnd::Complete);
    if (end == PagerEnd::Failed || end == PagerEnd::TokenRejected ||
        end == PagerEnd::QuotaExhausted || end == PagerEnd::Unreachable) {
        // The error first: the rows are only what came before it. (The pager's message names
        // the count when there is one.)
        return loaded == 0 ? m_lastMessage + QLatin1Char(' ') + tr("No entries were loaded.")
                           : m_lastMessage;
    }
    if (loaded == 0 && m_lastMessage.isEmpty())
        return withMessage(tr("No entries loaded. Apply a filter (or none) to load the DLQ."));
    if (m_model->hasMore())
        return withMessage(
            tr("%1 entries loaded; more on the server (scroll or Load all).").arg(loaded));
    if (end == PagerEnd::Cancelled)
        return withMessage(
            tr("%1 entries loaded; loading was stopped before the end (Refresh starts again).")
                .arg(loaded));
    return withMessage(tr("%1 entries loaded: all that match.").arg(loaded));
}

void DlqView::updateGroups()
{
    m_groupTimer->stop();
    const auto by = DlqGroupBy(m_groupBy->currentData().toInt());
    m_groupsView->setVisible(by != DlqGroupBy::None);
    m_groups->setGroups(groupEntries(m_model->entries(), by));
}

void DlqView::selectGroup(int group)
{
    if (group < 0 || group >= m_groups->rowCount())
        return;
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int row : m_groups->rows(group)) {
        const QModelIndex first = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!first.isValid())
            continue; // hidden by the quick search
        selection.select(first, first.siblingAtColumn(lastColumn));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    Q_EMIT statusMessage(tr("Selected %1 entries of the group.").arg(m_groups->rows(group).size()),
                         kStatusMs);
}

void DlqView::onCurrentChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_currentId.clear();
        m_fetchTimer->stop();
        abandonFetch();
        Q_EMIT currentEntryCleared();
        return;
    }
    const api::DlqEntry &entry = m_model->entry(current.row());
    if (entry.dlqId == m_currentId && !entry.dlqId.isEmpty())
        return;
    m_currentId = entry.dlqId;
    Q_EMIT currentEntryChanged(entry);
    abandonFetch();
    if (!entry.isUsable() || !m_target.isUsable()) {
        m_fetchTimer->stop();
        return;
    }
    m_fetchTimer->start(); // restarted by every move: one GET for the row the user stops on
}

void DlqView::abandonFetch()
{
    m_fetchWanted.clear();
    if (!m_fetch->isRunning())
        return;
    m_fetchAbandoned = true;
    m_fetch->cancel();
}

void DlqView::startFetch(const QString &dlqId)
{
    // One fetch at a time: moving through the rows aborts the older one.
    if (m_fetch->isRunning()) {
        m_fetchWanted = dlqId;
        m_fetch->cancel();
        if (m_fetch->isRunning())
            return; // onFetched() starts the wanted one
    }
    m_fetchWanted.clear();
    if (m_fetch->start(dlqId))
        Q_EMIT entryRefreshStarted(dlqId);
}

void DlqView::onFetched(const EntryFetchResult &result)
{
    if (std::exchange(m_fetchAbandoned, false) && m_fetchWanted.isEmpty())
        return;
    if (!m_fetchWanted.isEmpty()) {
        const QString next = m_fetchWanted;
        QTimer::singleShot(0, this, [this, next] {
            if (next == m_currentId)
                startFetch(next);
        });
        m_fetchWanted.clear();
        return;
    }
    if (result.dlqId != m_currentId)
        return;
    if (result.entry) {
        m_model->updateEntry(*result.entry);
        Q_EMIT entryRefreshed(*result.entry);
        Q_EMIT currentEntryChanged(*result.entry);
    } else if (result.notFound) {
        const QString message = tr("Entry %1 is gone from the DLQ: deleted, expired by "
                                   "retention, or never in this region.")
                                    .arg(result.dlqId);
        m_model->markGone(result.dlqId, message);
        Q_EMIT entryGone(result.dlqId, message);
    } else {
        Q_EMIT entryRefreshFailed(result.dlqId, result.error);
    }
}

void DlqView::applyRetention()
{
    Retention retention;
    retention.plan = Retention::planFromKey(m_retention->currentData().toString());
    retention.customDays = m_retentionDays->value();
    m_retentionDays->setEnabled(retention.plan == Retention::Plan::Custom);
    m_model->setRetentionMs(retention.milliseconds());
    const Retention stored = m_browseSettings.retention();
    if (stored.plan != retention.plan || stored.customDays != retention.customDays)
        m_browseSettings.setRetention(retention);
}

void DlqView::saveLayout()
{
    m_browseSettings.setHeaderState(m_view->horizontalHeader()->saveState());
    m_browseSettings.setSplitterState(m_splitter->saveState());
}

void DlqView::restoreLayout()
{
    m_view->horizontalHeader()->restoreState(m_browseSettings.headerState());
    m_splitter->restoreState(m_browseSettings.splitterState());
    m_groupsView->setVisible(false);
}

} // namespace dlq
