#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dlq {

class HistoryRunsModel;
class HistoryStore;
class ResultsModel;

// "History…" (Ctrl+H): the runs kept in the HistoryStore, a search by ID over all of them, one
// run's results reopened read-only below, and that run exported (CSV/JSON, as the window
// exports). Non-modal; it follows new runs as they are recorded. A null or closed store shows
// why there is no history.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(HistoryStore *store, QWidget *parent = nullptr);

    void refresh(); // the runs again, or the search again while one is shown
    void search(const QString &id);
    void openRun(int row); // a row of the runs table
    qint64 shownRunId() const { return m_shownRun; }

private:
    void openCurrentRun();
    void chooseExportFile();
    void openSnapshot();
    void exportTo(const QString &path);
    void updateButtons();

    QPointer<HistoryStore> m_store;
    HistoryRunsModel *m_runs;
    ResultsModel *m_results; // the run shown below, read-only
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QPushButton *m_showAll;
    QLabel *m_status;
    QTableView *m_runsView;
    QLabel *m_runHeading;
    QTableView *m_resultsView;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_openCopy;
    QPushButton *m_close;
    qint64 m_shownRun = 0;
    QString m_shownHost;
    QString m_shownSnapshot; // the copy saved before the shown run's delete; empty: none
};

} // namespace dlq
