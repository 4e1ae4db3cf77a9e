#include "ui/browse/dlqfilterbar.h"

#include "api/dlqfilter.h"
#include "ui/browse/widgetnames.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace dlq {

namespace {

using Preset = FilterDraft::DatePreset;

// The callback-state combo: the closed combo shows the chosen states (row 0, hidden in the
// list); "Any" clears them; each state row adds or removes its state, as the API takes several.
constexpr int kChosenStatesRow = 0;
constexpr int kAnyStateRow = 1;
constexpr int kFirstStateRow = 2;

QStringList splitList(const QString &text, const QRegularExpression &separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            out.append(value);
    }
    return out;
}

QStringList commaList(const QString &text)
{
    static const QRegularExpression comma(QStringLiteral(","));
    return splitList(text, comma);
}

QDateTimeEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setDateTime(QDateTime::currentDateTime());
    return edit;
}

} // namespace

DlqFilterBar::DlqFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dlqFilterBar"));
    setAccessibleName(tr("DLQ filters"));
    m_preset = named(new QComboBox(this), "dlqDatePresetCombo", tr("Failed when"));
    m_preset->addItem(tr("Any time"), int(Preset::Any));
    m_preset->addItem(tr("Last hour"), int(Preset::LastHour));
    m_preset->addItem(tr("Last 24 hours"), int(Preset::Last24Hours));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Custom range"), int(Preset::Custom));
    m_from = named(makeDateEdit(this), "dlqFromDateEdit", tr("Failed from"));
    m_to = named(makeDateEdit(this), "dlqToDateEdit", tr("Failed until"));
    m_workflowUrl = named(new QComboBox(this), "dlqWorkflowUrlCombo", tr("Workflow URL"));
    m_workflowUrl->setEditable(true);
    m_workflowUrl->setInsertPolicy(QComboBox::NoInsert);
    m_workflowUrl->setMinimumContentsLength(12);
    m_workflowUrl->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workflowUrl->lineEdit()->setPlaceholderText(tr("any (exact URLs, space-separated)"));
    m_runId = named(new QLineEdit(this), "dlqRunIdEdit", tr("Run ID"));
    m_runId->setPlaceholderText(tr("wfr_…"));
    m_labels = named(new QLineEdit(this), "dlqLabelsEdit", tr("Labels"));
    m_labels->setPlaceholderText(tr("any (comma-separated)"));
    m_callbackState =
        named(new QComboBox(this), "dlqCallbackStateCombo", tr("Failure callback state"));
    m_callbackState->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_callbackState->setMinimumContentsLength(10);
    m_callbackState->setToolTip(tr("Each state picked is added, or removed when it was "
                                   "chosen already; Any removes them all"));
    m_callbackState->addItem(tr("Any"), QString());
    m_callbackState->addItem(tr("Any"), QString());
    for (const QString &state : api::knownFailureFunctionStates()) {
        m_callbackState->addItem(state, state);
        m_callbackState->setItemData(m_callbackState->count() - 1, Qt::Unchecked,
                                     Qt::CheckStateRole);
    }
    if (auto *list = qobject_cast<QListView *>(m_callbackState->view()))
        list->setRowHidden(kChosenStatesRow, true);
    m_callerIp = named(new QLineEdit(this), "dlqCallerIpEdit", tr("Caller IP"));
    m_callerIp->setPlaceholderText(tr("any (comma-separated)"));
    m_flowControlKey = named(new QLineEdit(this), "dlqFlowControlKeyEdit", tr("Flow-control key"));
    m_flowControlKey->setPlaceholderText(tr("any (comma-separated)"));
    m_apply = named(new QPushButton(tr("&Apply"), this), "dlqApplyButton", tr("Apply filters"));
    m_apply->setToolTip(tr("Load the DLQ with these filters (Enter)"));
    m_clear = named(new QPushButton(tr("Clear"), this), "dlqClearButton", tr("Clear filters"));
    m_clear->setToolTip(tr("Empty every filter and load the whole DLQ"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("dlqFilterProblemsLabel"));
    m_problems->setAccessibleName(tr("Filter problems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();

    // Two label/field pairs a row, so the tab fits a narrow window (660 px, tst_scaling).
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(tr("Failed &when:"), m_preset, this), 0, 0);
    grid->addWidget(m_preset, 0, 1);
    grid->addWidget(buddyLabel(tr("Wor&kflow URL:"), m_workflowUrl, this), 0, 2);
    grid->addWidget(m_workflowUrl, 0, 3);
    grid->addWidget(buddyLabel(tr("From:"), m_from, this), 1, 0);
    grid->addWidget(m_from, 1, 1);
    grid->addWidget(buddyLabel(tr("Until:"), m_to, this), 1, 2);
    grid->addWidget(m_to, 1, 3);
    grid->addWidget(buddyLabel(tr("Run &ID:"), m_runId, this), 2, 0);
    grid->addWidget(m_runId, 2, 1);
    grid->addWidget(buddyLabel(tr("&Labels:"), m_labels, this), 2, 2);
    grid->addWidget(m_labels, 2, 3);
    grid->addWidget(buddyLabel(tr("Callback:"), m_callbackState, this), 3, 0);
    grid->addWidget(m_callbackState, 3, 1);
    grid->addWidget(buddyLabel(tr("Caller IP:"), m_callerIp, this), 3, 2);
    grid->addWidget(m_callerIp, 3, 3);
    grid->addWidget(buddyLabel(tr("Flow-control ke&y:"), m_flowControlKey, this), 4, 0);
    grid->addWidget(m_flowControlKey, 4, 1);
    grid->addLayout(buttons, 4, 3);
    grid->addWidget(m_problems, 5, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DlqFilterBar::updateDateEdits);
    connect(m_callbackState, &QComboBox::currentIndexChanged, this,
            &DlqFilterBar::pickCallbackState);
    connect(m_apply, &QPushButton::clicked, this, &DlqFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        Q_EMIT applyRequested();
    });
    updateDateEdits();
}

QWidget *DlqFilterBar::firstControl() const
{
    return m_preset;
}

void DlqFilterBar::updateDateEdits()
{
    const bool custom = m_preset->currentData().toInt() == int(Preset::Custom);
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void DlqFilterBar::pickCallbackState(int row)
{
    if (row < kAnyStateRow)
        return;
    QStringList states;
    if (row >= kFirstStateRow) {
        states = callbackStates();
        const QString state = m_callbackState->itemData(row).toString();
        if (!states.removeOne(state))
            states.append(state);
    }
    setCallbackStates(states);
}

// In the order the list shows them.
QStringList DlqFilterBar::callbackStates() const
{
    QStringList states;
    for (int row = kFirstStateRow; row < m_callbackState->count(); ++row) {
        if (m_callbackState->itemData(row, Qt::CheckStateRole).toInt() == Qt::Checked)
            states.append(m_callbackState->itemData(row).toString());
    }
    return states;
}

void DlqFilterBar::setCallbackStates(const QStringList &states)
{
    QStringList shown;
    for (int row = kFirstStateRow; row < m_callbackState->count(); ++row) {
        const QString state = m_callbackState->itemData(row).toString();
        const bool chosen = states.contains(state);
        m_callbackState->setItemData(row, chosen ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        if (chosen)
            shown.append(state);
    }
    m_callbackState->setItemText(kChosenStatesRow,
                                 shown.isEmpty() ? tr("Any") : shown.join(QStringLiteral(", ")));
    const QSignalBlocker blocker(m_callbackState);
    m_callbackState->setCurrentIndex(kChosenStatesRow);
}

FilterDraft DlqFilterBar::draft() const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    FilterDraft d;
    d.datePreset = Preset(m_preset->currentData().toInt());
    if (d.datePreset == Preset::Custom) {
        d.filter.fromDate = m_from->dateTime().toMSecsSinceEpoch();
        d.filter.toDate = m_to->dateTime().toMSecsSinceEpoch();
    }
    d.filter.workflowUrls = splitList(m_workflowUrl->currentText(), space);
    d.filter.workflowRunId = m_runId->text().trimmed();
    d.filter.labels = commaList(m_labels->text());
    d.filter.failureFunctionStates = callbackStates();
    d.filter.callerIps = commaList(m_callerIp->text());
    d.filter.flowControlKeys = commaList(m_flowControlKey->text());
    return d;
}

void DlqFilterBar::setDraft(const FilterDraft &d)
{
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(int(d.datePreset))));
    if (d.filter.fromDate)
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(*d.filter.fromDate));
    if (d.filter.toDate)
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(*d.filter.toDate));
    m_workflowUrl->setCurrentText(d.filter.workflowUrls.join(QLatin1Char(' ')));
    m_runId->setText(d.filter.workflowRunId);
    m_labels->setText(d.filter.labels.join(QStringLiteral(", ")));
    setCallbackStates(d.filter.failureFunctionStates);
    m_callerIp->setText(d.filter.callerIps.join(QStringLiteral(", ")));
    m_flowControlKey->setText(d.filter.flowControlKeys.join(QStringLiteral(", ")));
    updateDateEdits();
}

void DlqFilterBar::clear()
{
    setDraft(FilterDraft{});
    showProblems({});
}

void DlqFilterBar::setSeenWorkflowUrls(const QStringList &urls)
{
    const QString text = m_workflowUrl->currentText();
    QStringList items;
    for (int i = 0; i < m_workflowUrl->count(); ++i)
        items.append(m_workflowUrl->itemText(i));
    if (items == urls)
        return;
    m_workflowUrl->clear();
    m_workflowUrl->addItems(urls);
    m_workflowUrl->setCurrentText(text); // the picker offers; it never changes the filter
}

void DlqFilterBar::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void DlqFilterBar::setApplyEnabled(bool enabled, const QString &why)
{
    m_apply->setEnabled(enabled);
    m_apply->setToolTip(enabled ? tr("Load the DLQ with these filters (Enter)") : why);
}

void DlqFilterBar::keyPressEvent(QKeyEvent *event)
{
    // Line edits pass Enter on to their parent; so do the combo boxes and date fields.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_apply->isEnabled())
            Q_EMIT applyRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace dlq
