#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace dlq {

class ResultFilterModel;
class ResultsModel;
struct ResultRow;

// The list of IDs and their outcomes: a filter bar, the table and, below it in a splitter,
// the details of the current row.
class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    ResultsPanel(ResultsModel *model, ResultFilterModel *proxy, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSplitter *splitter() const { return m_splitter; }
    QHBoxLayout *filterBar() const { return m_filterBar; }

    QList<int> selectedSourceRows() const;
    QList<int> visibleSourceRows() const;
    // A filter hides rows: what Export writes has to be chosen, and "N of M shown" is on.
    bool isFiltered() const;
    int shownCount() const;

    static QString describe(const ResultRow &row);

Q_SIGNALS:
    void selectionChanged();

private:
    void setUpView();
    void showDetails();
    void updateFilterCount();
    void applyTextFilter();

    ResultsModel *m_model;
    ResultFilterModel *m_proxy;
    QHBoxLayout *m_filterBar;
    QComboBox *m_stateFilter;
    QLineEdit *m_textFilter;
    QLabel *m_shownCount;
    QLabel *m_noMatch = nullptr; // over the empty table when the filter matches nothing
    QTimer *m_filterDelay;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QSplitter *m_splitter;
};

} // namespace dlq
