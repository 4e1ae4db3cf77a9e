#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace dlq {

class ResultsModel;
struct ResultRow;

// Which rows hold a result that no export file has since held: removing them, clearing the
// list or quitting loses that record, so the window asks first. The one place that knows; it
// follows the model's own signals, so a row whose result changes after an export (a retry) is
// unexported again.
class ExportTracker : public QObject
{
    Q_OBJECT
public:
    explicit ExportTracker(ResultsModel *model, QObject *parent = nullptr);

    // A result worth keeping: the ID was sent at least once. Pending IDs, invalid ones and
    // those a run stopped before sending can be pasted again at no loss.
    static bool hasResult(const ResultRow &row);

    int unexportedCount() const { return int(m_unexported.size()); }
    int unexportedIn(const QList<int> &rows) const;
    void markExported(const QList<int> &rows);

private:
    void track(int first, int last);
    void forget(int first, int last);
    void retrackAll();

    QPointer<ResultsModel> m_model;
    QSet<QString> m_unexported; // IDs
};

} // namespace dlq
