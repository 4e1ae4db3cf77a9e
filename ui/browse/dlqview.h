#pragma once

#include "api/dlqentry.h"
#include "browse/browsesettings.h"
#include "run/dlqpager.h"
#include "run/runconfig.h"
#include "ui/targetresolver.h"

#include <QPointer>
#include <QString>

#include <QStringList>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace dlq {

class DlqActions;
class EntryDetailsPane;

class AppSettings;
class DlqEntriesModel;
class DlqEntriesProxy;
class DlqEntryFetch;
class DlqFilterBar;
class DlqGroupsModel;
class SavedFilterBox;
struct EntryFetchResult;

// The DLQ tab: filters, the entries loaded page by page, groups, and the host of the details
// pane. It only shows; pages and entries come from core objects on the injected network.
// Deleting hands the selected IDs to the window's one delete flow (deleteRequested).
class DlqView : public QWidget
{
    Q_OBJECT
public:
    DlqView(AppSettings *settings, QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~DlqView() override;

    // Where pages come from; cancels a load that was going to the old target.
    void setTarget(const Target &target, const RunConfig &config);

    DlqEntriesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DlqFilterBar *filterBar() const { return m_filterBar; }
    QWidget *detailsHost() const { return m_detailsHost; }
    EntryDetailsPane *details() const { return m_details; }
    QStringList selectedIds() const;
    QList<api::DlqEntry> selectedEntries() const;
    // Resume, restart, callback retry/cancel and "all matching" (the Act menu).
    DlqActions *actions() const { return m_acts; }
    bool apply();   // loads with the filter bar's filter; false when it has problems
    bool refresh(); // F5: the first page again, with the filter bar's filter
    void focusFilters();

Q_SIGNALS:
    void deleteRequested(const QStringList &dlqIds);
    // The current row's entry as loaded; again with the server's fresh copy when GET /{id}
    // answers (entryRefreshed), or entryGone / entryRefreshFailed instead.
    void currentEntryChanged(const dlq::api::DlqEntry &entry);
    void entryRefreshStarted(const QString &dlqId);
    void entryRefreshed(const dlq::api::DlqEntry &entry);
    void entryGone(const QString &dlqId, const QString &message);
    void entryRefreshFailed(const QString &dlqId, const QString &message);
    void currentEntryCleared();
    void statusMessage(const QString &text, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadOnFirstShow();
    QWidget *buildStatusRow();
    QWidget *buildToolsRow();
    void connectParts();
    void reloadKeepingPlace();
    void restorePlace();
    void updateStatus();
    QString loadedText(int loaded) const;
    void updateGroups();
    void selectGroup(int group);
    void onCurrentChanged();
    void onFetched(const EntryFetchResult &result);
    void startFetch(const QString &dlqId);
    void abandonFetch();
    void applyRetention();
    void saveLayout();
    void restoreLayout();

    AppSettings *m_settings;
    BrowseSettings m_browseSettings;
    QNetworkAccessManager *m_nam;
    Target m_target;
    RunConfig m_config;
    DlqEntriesModel *m_model;
    DlqEntriesProxy *m_proxy;
    DlqGroupsModel *m_groups;
    DlqEntryFetch *m_fetch = nullptr;
    QString m_fetchWanted;          // the ID to fetch once the running fetch has stopped
    bool m_fetchAbandoned = false;  // the running fetch's answer is for a row left behind
    QTimer *m_fetchTimer = nullptr; // the current row is re-read once it stays current
    QString m_currentId;

    DlqFilterBar *m_filterBar = nullptr;
    SavedFilterBox *m_savedFilters = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_loadAll = nullptr;
    QPushButton *m_loadMore = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refresh = nullptr;
    bool m_loaded = false; // a load was started since the target was set
    QLineEdit *m_search = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_retention = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QPushButton *m_delete = nullptr;
    DlqActions *m_acts = nullptr;
    QListView *m_groupsView = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_detailsHost = nullptr;
    EntryDetailsPane *m_details = nullptr;
    QTimer *m_groupTimer = nullptr;
    QString m_lastMessage;
    // Where the user was before a reload after an action: the top row's ID (and row, when that
    // one is gone), the selection and the current entry. Empty: nothing to restore.
    struct Place
    {
        QString topId;
        int topRow = 0;
        QStringList selectedIds;
        QString currentId;
    };
    std::optional<Place> m_place;
    std::optional<PagerEnd> m_lastEnd; // how the last load stopped; none while none did
};

} // namespace dlq
