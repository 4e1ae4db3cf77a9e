#pragma once

#include "api/dlqentry.h"
#include "api/dlqfilter.h"
#include "api/dlqrequests.h"
#include "run/dlqpager.h"
#include "run/runconfig.h"
#include "ui/targetresolver.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QWidget;

namespace dlq {

class ActChooserDialog;
class ActFlow;
class ActFollowUp;
class ActPanel;
class HistoryStore;
struct ActChoice;

// The actions of the DLQ tab beyond delete: Resume…, Restart…, Retry failure callback…,
// Cancel failure callback… on the selection, and Resume/Restart/Delete all matching… on the
// loaded filter. It owns the "Act" menu (button and the table's context menu), asks with
// ActChooserDialog, runs through ActFlow and shows ActPanel. The tab hands it the selection and
// the filter; afterwards it asks the tab to reload (refreshRequested).
class DlqActions : public QObject
{
    Q_OBJECT
public:
    using Entries = std::function<QList<api::DlqEntry>()>;
    using Filter = std::function<api::DlqFilter()>;

    DlqActions(QNetworkAccessManager *nam, QWidget *tab, Entries selected, Filter filter);

    QPushButton *menuButton() const { return m_button; }
    QList<QAction *> selectionActions() const;
    void setTarget(const Target &target, const RunConfig &config);
    void setHistory(HistoryStore *history);
    void updateEnabled();

    // Opens the confirmation for exactly these entries (the selection, or a refused resume).
    void ask(EntryCall call, const QList<api::DlqEntry> &entries);
    // Previews the filter, then confirms; an empty filter is refused.
    void askMatching(EntryCall call);

    ActFlow *flow() const { return m_flow; }
    // Follows the runs each finished action started, into the ledger (always on).
    ActFollowUp *followUp() const { return m_followUp; }
    // Shows the panel with the last action's ledger again (after it was closed).
    void showLastLedger();
    ActPanel *panel() const { return m_panel; }
    ActChooserDialog *chooser() const;

Q_SIGNALS:
    void refreshRequested();
    void statusMessage(const QString &text, int timeoutMs);

private:
    QAction *addAction(const QString &text, const char *name, const QString &tip);
    void openChooser(const ActChoice &choice, const QStringList &ids);
    void onPreviewed(PagerEnd end, const QString &message);
    void showPanel();
    void follow();

    QWidget *m_tab;
    Entries m_selected;
    Filter m_filter;
    Target m_target;
    ActFlow *m_flow;
    ActPanel *m_panel;
    ActFollowUp *m_followUp;
    RunConfig m_config;
    QPointer<ActChooserDialog> m_chooser;
    QPushButton *m_button;
    QMenu *m_menu;
    QAction *m_resume;
    QAction *m_restart;
    QAction *m_callback;
    QAction *m_cancelCallback;
    QAction *m_resumeMatching;
    QAction *m_restartMatching;
    QAction *m_deleteMatching;
    QAction *m_showLedger;
    EntryCall m_matchingCall = EntryCall::Resume;
};

} // namespace dlq
