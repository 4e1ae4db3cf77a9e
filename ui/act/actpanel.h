#pragma once

#include "run/runconfig.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dlq {

class ActFlow;

// Shows one ActFlow: the preview or the run's progress with Cancel, the ledger as a table
// (ID, action, result, HTTP status, message, new run ID, outcome), Export CSV/JSON, and after
// a resume the offer to restart the entries the server refused to resume. Non-modal; it never
// sends anything itself.
class ActPanel : public QDialog
{
    Q_OBJECT
public:
    ActPanel(ActFlow *flow, QWidget *parent = nullptr);

    void showPreviewing(const QString &filterText);
    void showMessage(const QString &text);
    // A line of its own above the ledger (the follow-up's).
    void addSection(QWidget *section);
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void restartInsteadRequested(const QStringList &dlqIds);

private:
    void onStarted(int total);
    void onFinished(RunEnd end, const QString &recountError);
    void exportLedger(bool json);
    void setBusy(bool busy);

    ActFlow *m_flow;
    QLabel *m_headline;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_arrived;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_restartInstead;
    QPushButton *m_close;
};

} // namespace dlq
