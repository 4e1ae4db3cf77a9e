#pragma once

#include "ids/idparsetask.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace dlq {

class ResultsModel;

// The one way IDs enter the list: pasted text, dropped text and imported files all come here.
// Small input (what a person types or copies from a page) is parsed and added at once; large
// input is parsed on a worker thread (IdParseTask) and appended in slices across event-loop
// turns, so the window keeps repainting. Requests made while busy wait their turn.
class IdIntake : public QObject
{
    Q_OBJECT
public:
    explicit IdIntake(QObject *parent = nullptr);
    ~IdIntake() override;

    // Up to this many characters (or bytes of files) are handled at once: 64 KiB is about
    // 3 000 IDs, a few per cent of the 100 000 that parse and append in under a second, so
    // well below a frame; it needs no busy indicator, and typed IDs appear on Enter.
    static constexpr qsizetype kInlineChars = 64 * 1024;
    // Rows appended per event-loop turn, so paint and input get a turn in between.
    // ResultsModel::append() grows its storage geometrically, so slicing adds no copying
    // overall; docs/BENCHMARKS-GUI.md has the stall figures by slice size.
    static constexpr int kAppendSlice = 10000;

    void setModel(ResultsModel *model);
    void setLimits(const IdParseLimits &limits) { m_limits = limits; }

    // Both return the rows added when the work was done at once, or -1 when it goes on in the
    // background (finished() follows either way).
    int addText(const QString &text, const QString &source);
    int importFiles(const QStringList &paths);

    void cancel(); // the running and all waiting requests
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy, const QString &what);
    // summary: for the label under the entry line (empty: leave it); errors: one sentence
    // each (empty: clear); status: for the status bar.
    void finished(const QString &summary, const QStringList &errors, const QString &status,
                  int added);

private:
    struct Request
    {
        QList<IdParseInput> inputs;
        QString source; // "the clipboard"; empty for files (their names are used)
        bool files = false;
    };

    int submit(Request request, qsizetype size);
    void startNext();
    void onParsed();
    void appendNextSlice();
    int appendRange(qsizetype from, qsizetype to);
    void complete();
    void setBusy(bool busy, const QString &what = {});

    QPointer<ResultsModel> m_model;
    IdParseLimits m_limits;
    QList<Request> m_waiting;
    Request m_current;
    IdParseTask *m_task = nullptr;
    IdParseOutcome m_outcome;
    qsizetype m_appendPos = 0;
    int m_added = 0;
    bool m_busy = false;
    bool m_appending = false;
};

} // namespace dlq
