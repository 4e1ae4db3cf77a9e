#include "ui/act/dlqactions.h"

#include "results/ledgermodel.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/actfollowbar.h"
#include "ui/act/actfollowup.h"
#include "ui/act/actpanel.h"
#include "ui/browse/widgetnames.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace dlq {

namespace {
constexpr int kStatusMs = 10000;
const QLatin1String kCallbackFailed("CALLBACK_FAIL");
const QLatin1String kCallbackRunning("CALLBACK_INPROGRESS");

bool allInState(const QList<api::DlqEntry> &entries, QLatin1String state)
{
    if (entries.isEmpty())
        return false;
    for (const api::DlqEntry &entry : entries) {
        if (entry.failureCallback.state != state)
            return false;
    }
    return true;
}
} // namespace

DlqActions::DlqActions(QNetworkAccessManager *nam, QWidget *tab, Entries selected, Filter filter)
    : QObject(tab), m_tab(tab), m_selected(std::move(selected)), m_filter(std::move(filter)),
      m_flow(new ActFlow(nam, this)), m_panel(new ActPanel(m_flow, tab->window())),
      m_followUp(new ActFollowUp(nam, m_flow->ledgerModel(), this))
{
    m_panel->addSection(new ActFollowBar(m_followUp, m_panel));
    m_menu = new QMenu(tab);
    m_menu->setObjectName(QStringLiteral("dlqActMenu"));
    m_menu->setAccessibleName(tr("Act on DLQ entries"));
    m_resume = addAction(tr("Res&ume selected…"), "dlqResumeAction",
                         tr("Start a new run of each selected entry from its failed step"));
    m_resume->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_restart = addAction(tr("Res&tart selected…"), "dlqRestartAction",
                          tr("Start a new run of each selected entry from the first step"));
    m_restart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_callback = addAction(tr("Retry &failure callback…"), "dlqRetryCallbackAction",
                           tr("Retry the failure callback of the selected entries (only where "
                              "it failed)"));
    m_cancelCallback = addAction(tr("Cance&l failure callback…"), "dlqCancelCallbackAction",
                                 tr("Cancel the running failure callback of the selected entries"));
    m_menu->addSeparator();
    m_resumeMatching = addAction(tr("Resume &all matching…"), "dlqResumeMatchingAction",
                                 tr("Preview every entry matching the loaded filter, then resume "
                                    "exactly those"));
    m_restartMatching = addAction(tr("Restart all &matching…"), "dlqRestartMatchingAction",
                                  tr("Preview every entry matching the loaded filter, then "
                                     "restart exactly those"));
    m_deleteMatching = addAction(tr("&Delete all matching…"), "dlqDeleteMatchingAction",
                                 tr("Preview every entry matching the loaded filter, then delete "
                                    "exactly those"));
    m_menu->addSeparator();
    m_showLedger = addAction(tr("&Show the last ledger"), "dlqShowLedgerAction",
                             tr("Show the last action's ledger and follow-up again"));
    m_showLedger->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_button = named(new QPushButton(tr("Ac&t"), tab), "dlqActButton", tr("Act on DLQ entries"));
    m_button->setToolTip(tr("Resume, restart or handle the failure callback of the selected "
                            "entries, or act on all entries matching the filter"));
    // popup(), not QPushButton::setMenu(): that one runs the menu in a nested event loop.
    connect(m_button, &QPushButton::clicked, this,
            [this] { m_menu->popup(m_button->mapToGlobal(QPoint(0, m_button->height()))); });

    connect(m_resume, &QAction::triggered, this, [this] { ask(EntryCall::Resume, m_selected()); });
    connect(m_restart, &QAction::triggered, this,
            [this] { ask(EntryCall::Restart, m_selected()); });
    connect(m_callback, &QAction::triggered, this,
            [this] { ask(EntryCall::Callback, m_selected()); });
    connect(m_cancelCallback, &QAction::triggered, this,
            [this] { ask(EntryCall::CancelCallback, m_selected()); });
    connect(m_resumeMatching, &QAction::triggered, this,
            [this] { askMatching(EntryCall::Resume); });
    connect(m_restartMatching, &QAction::triggered, this,
            [this] { askMatching(EntryCall::Restart); });
    connect(m_deleteMatching, &QAction::triggered, this,
            [this] { askMatching(EntryCall::Delete); });
    connect(m_showLedger, &QAction::triggered, this, &DlqActions::showLastLedger);
    connect(m_flow, &ActFlow::previewFinished, this, &DlqActions::onPreviewed);
    connect(m_flow, &ActFlow::finished, this, [this] {
        follow();
        updateEnabled();
        Q_EMIT refreshRequested();
    });
    connect(m_panel, &ActPanel::restartInsteadRequested, this, [this](const QStringList &ids) {
        QList<api::DlqEntry> entries;
        for (const QString &id : ids) {
            api::DlqEntry entry;
            entry.dlqId = id;
            entries.append(entry);
        }
        ask(EntryCall::Restart, entries);
    });
    updateEnabled();
}

QAction *DlqActions::addAction(const QString &text, const char *name, const QString &tip)
{
    auto *action = new QAction(text, m_tab);
    action->setObjectName(QString::fromLatin1(name));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tab->addAction(action);
    m_menu->addAction(action);
    return action;
}

ActChooserDialog *DlqActions::chooser() const
{
    return m_chooser;
}

QList<QAction *> DlqActions::selectionActions() const
{
    return {m_resume, m_restart, m_callback, m_cancelCallback};
}

void DlqActions::setTarget(const Target &target, const RunConfig &config)
{
    if (target != m_target) {
        const QString why =
            tr("Stopped following: the window now works on %1.").arg(target.description());
        if (m_followUp->isFollowing())
            Q_EMIT statusMessage(why, kStatusMs);
        m_followUp->abandon(why);
    }
    m_target = target;
    m_config = config;
    m_flow->setTarget(target, config);
    updateEnabled();
}

void DlqActions::setHistory(HistoryStore *history)
{
    m_flow->setHistory(history);
}

void DlqActions::updateEnabled()
{
    const bool ready = m_target.isUsable() && !m_flow->isBusy();
    const QList<api::DlqEntry> selected = m_selected();
    m_resume->setEnabled(ready && !selected.isEmpty());
    m_restart->setEnabled(ready && !selected.isEmpty());
    m_callback->setEnabled(ready && allInState(selected, kCallbackFailed));
    m_cancelCallback->setEnabled(ready && allInState(selected, kCallbackRunning));
    for (QAction *action : {m_resumeMatching, m_restartMatching, m_deleteMatching})
        action->setEnabled(ready);
    m_showLedger->setEnabled(m_flow->isBusy() || m_flow->ledgerModel()->rowCount() > 0);
    m_button->setEnabled(m_target.isUsable());
}

void DlqActions::ask(EntryCall call, const QList<api::DlqEntry> &entries)
{
    if (entries.isEmpty() || (m_chooser && m_chooser->isVisible()) || m_flow->isBusy())
        return;
    ActChoice choice;
    choice.call = call;
    choice.chooser = call == EntryCall::Resume || call == EntryCall::Restart;
    QStringList ids;
    for (const api::DlqEntry &entry : entries) {
        ids.append(entry.dlqId);
        if (entry.isNonRetryable())
            ++choice.nonRetryable;
    }
    openChooser(choice, ids);
}

void DlqActions::openChooser(const ActChoice &partial, const QStringList &ids)
{
    ActChoice choice = partial;
    choice.where.count = int(ids.size());
    choice.where.target = m_target.description();
    choice.where.sandbox = m_target.sandbox;
    choice.where.profile = m_target.profile;
    choice.where.profileColour = m_target.profileColour;
    choice.where.production = m_target.production;
    choice.where.sampleIds = ids.mid(0, 3);
    auto *dialog = new ActChooserDialog(choice, m_tab->window());
    // Gone once answered (WA_DeleteOnClose alone leaves an accepted dialog around).
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    m_chooser = dialog;
    const std::optional<FrozenSet> frozen =
        choice.matching ? m_flow->frozen() : std::optional<FrozenSet>{};
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, frozen] {
        ActPlan plan;
        plan.call = dialog->call();
        plan.ids = ids;
        plan.bulk = dialog->fastMode();
        plan.overrides = dialog->overrides();
        // Following only reads; the next action never waits for it.
        m_followUp->abandon(tr("Stopped following: a new action started."));
        showPanel();
        if (!m_flow->start(plan, dialog->reason(), frozen)) {
            m_panel->showMessage(tr("Nothing was sent: %1").arg(m_flow->errorMessage()));
            return;
        }
        updateEnabled();
    });
    dialog->open();
}

void DlqActions::askMatching(EntryCall call)
{
    if ((m_chooser && m_chooser->isVisible()) || m_flow->isBusy())
        return;
    const api::DlqFilter filter = m_filter();
    if (filter.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("No filter"),
                                    tr("No filter is applied, so “all matching” would be the "
                                       "whole DLQ. Apply a filter first; nothing was sent."),
                                    QMessageBox::Ok, m_tab->window());
        box->setObjectName(QStringLiteral("actEmptyFilterBox"));
        box->setAccessibleName(box->windowTitle());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT statusMessage(tr("Apply a filter first: all matching needs one."), kStatusMs);
        return;
    }
    m_matchingCall = call;
    m_followUp->abandon(tr("Stopped following: a new action started."));
    if (!m_flow->preview(filter)) {
        Q_EMIT statusMessage(m_flow->errorMessage(), kStatusMs);
        return;
    }
    showPanel();
    m_panel->showPreviewing(filter.describe());
    updateEnabled();
}

void DlqActions::onPreviewed(PagerEnd end, const QString &message)
{
    updateEnabled();
    const std::optional<FrozenSet> &set = m_flow->frozen();
    if (end != PagerEnd::Complete || !set) {
        m_panel->showMessage(
            tr("The preview did not finish, so nothing was sent. %1").arg(message));
        return;
    }
    if (set->ids.isEmpty()) {
        m_panel->showMessage(
            tr("Nothing matches %1; nothing was sent.").arg(set->filter.describe()));
        return;
    }
    m_panel->showMessage(
        set->ids.size() == 1
            ? tr("1 entry matches; waiting for the confirmation.")
            : tr("%1 entries match; waiting for the confirmation.").arg(set->ids.size()));
    ActChoice choice;
    choice.call = m_matchingCall;
    choice.chooser = m_matchingCall != EntryCall::Delete;
    choice.matching = true;
    choice.filterText = set->filter.describe();
    choice.previewedAt = set->previewedAt;
    for (const api::DlqEntry &entry : set->entries)
        choice.nonRetryable += entry.isNonRetryable() ? 1 : 0;
    openChooser(choice, set->ids);
}

void DlqActions::follow()
{
    const Ledger &ledger = m_flow->ledgerModel()->ledger();
    // The runs are asked about where they were started, never on a server switched to since.
    const QString host = m_target.sandbox ? QStringLiteral("sandbox") : m_target.host();
    if (ledger.host == host && m_target.isUsable())
        m_followUp->start(m_config, m_flow->history(), m_flow->historyTicket());
}

void DlqActions::showLastLedger()
{
    showPanel();
}

void DlqActions::showPanel()
{
    m_panel->show();
    m_panel->raise();
}

} // namespace dlq
