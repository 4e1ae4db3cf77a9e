#pragma once

#include "browse/filterdraft.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dlq {

// One control per server-side filter of GET /v2/workflows/dlq. Enter anywhere in the bar (or
// Apply) asks for the filter to be applied; lists are typed comma-separated.
class DlqFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DlqFilterBar(QWidget *parent = nullptr);

    FilterDraft draft() const;
    void setDraft(const FilterDraft &draft);
    void clear();
    // The workflow URL picker offers what the loaded pages contained.
    void setSeenWorkflowUrls(const QStringList &urls);
    // Sentences from DlqFilter::problems(); empty hides the line.
    void showProblems(const QStringList &problems);
    void setApplyEnabled(bool enabled, const QString &why);
    QWidget *firstControl() const;

Q_SIGNALS:
    void applyRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateDateEdits();
    void pickCallbackState(int row);
    QStringList callbackStates() const;
    void setCallbackStates(const QStringList &states);

    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_workflowUrl;
    QLineEdit *m_runId;
    QLineEdit *m_labels;
    QComboBox *m_callbackState;
    QLineEdit *m_callerIp;
    QLineEdit *m_flowControlKey;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QLabel *m_problems;
};

} // namespace dlq
