#include "ui/idintake.h"

#include "ids/idsource.h"
#include "results/resultsmodel.h"
#include "ui/uitext.h"

#include <QFileInfo>
#include <QTimer>

namespace dlq {

IdIntake::IdIntake(QObject *parent) : QObject(parent) {}

IdIntake::~IdIntake()
{
    delete m_task; // cancels and waits for at most one slice of parsing
}

void IdIntake::setModel(ResultsModel *model)
{
    m_model = model;
}

int IdIntake::addText(const QString &text, const QString &source)
{
    Request request;
    request.inputs.append(IdParseInput{text, QString()});
    request.source = source;
    return submit(std::move(request), text.size());
}

int IdIntake::importFiles(const QStringList &paths)
{
    Request request;
    request.files = true;
    qsizetype size = 0;
    for (const QString &path : paths) {
        request.inputs.append(IdParseInput{QString(), path});
        // A file that will be refused unread (missing, too big) costs nothing to handle.
        const QFileInfo info(path);
        if (info.isFile() && info.size() <= kMaxIdSourceBytes)
            size += info.size();
    }
    return submit(std::move(request), size);
}

int IdIntake::submit(Request request, qsizetype size)
{
    if (!m_model)
        return 0;
    if (!m_busy && m_waiting.isEmpty() && size <= kInlineChars) {
        // Inline: the same code path as the worker, minus the thread.
        m_current = std::move(request);
        m_outcome = runIdParse(m_current.inputs, m_model->idSet(), m_model->rowCount(), m_limits);
        m_added = 0;
        m_appendPos = 0;
        m_added = appendRange(0, m_outcome.result.entries.size());
        const int added = m_added;
        complete();
        return added;
    }
    m_waiting.append(std::move(request));
    if (!m_busy)
        startNext();
    return -1;
}

void IdIntake::startNext()
{
    if (m_waiting.isEmpty() || !m_model) {
        setBusy(false);
        return;
    }
    m_current = m_waiting.takeFirst();
    m_added = 0;
    m_appendPos = 0;
    m_outcome = IdParseOutcome();
    const QString what = m_current.files ? tr("Reading the file…") : tr("Reading the IDs…");
    setBusy(true, what);
    // idSet() is a copy the worker owns; the model itself is never touched off this thread.
    m_task =
        new IdParseTask(m_current.inputs, m_model->idSet(), m_model->rowCount(), m_limits, this);
    connect(m_task, &IdParseTask::finished, this, &IdIntake::onParsed);
    m_task->start();
}

void IdIntake::onParsed()
{
    m_outcome = m_task->outcome();
    m_task->deleteLater();
    m_task = nullptr;
    if (m_outcome.cancelled || !m_model) {
        complete();
        return;
    }
    m_appending = true;
    m_model->reserveRows(m_model->rowCount() + m_outcome.result.entries.size());
    setBusy(true, tr("Adding %1…").arg(nIds(int(m_outcome.result.entries.size()))));
    appendNextSlice();
}

void IdIntake::appendNextSlice()
{
    if (!m_appending)
        return;
    const qsizetype total = m_outcome.result.entries.size();
    const qsizetype to = qMin<qsizetype>(total, m_appendPos + kAppendSlice);
    m_added += appendRange(m_appendPos, to);
    m_appendPos = to;
    if (m_appendPos < total) {
        // The next slice after the event loop has had its turn (paint, input, timers).
        QTimer::singleShot(0, this, &IdIntake::appendNextSlice);
        return;
    }
    m_appending = false;
    complete();
}

int IdIntake::appendRange(qsizetype from, qsizetype to)
{
    if (!m_model || from >= to)
        return 0;
    ParseResult part;
    part.entries = m_outcome.result.entries.mid(from, to - from);
    return m_model->append(part);
}

void IdIntake::complete()
{
    // Moved out: the entries are in the model now, and the copy can be large.
    const IdParseOutcome o = std::move(m_outcome);
    m_outcome = IdParseOutcome();
    QString summary;
    QString status;
    if (o.cancelled) {
        summary = m_added > 0 ? tr("Cancelled after adding %1.").arg(nIds(m_added)) : o.summary();
        status = summary;
    } else if (!m_current.files || !o.fileNames.isEmpty()) {
        summary = o.summary();
        const QString from =
            m_current.files ? o.fileNames.join(QStringLiteral(", ")) : m_current.source;
        status = tr("Added %1 from %2.").arg(nIds(m_added), from);
    }
    if (!o.errors.isEmpty())
        status = o.errors.constFirst();
    Q_EMIT finished(summary, o.errors, status, m_added);
    if (m_busy)
        startNext();
}

void IdIntake::cancel()
{
    m_waiting.clear();
    if (m_task) {
        m_task->cancel(); // finished() still comes, with the outcome marked cancelled
        return;
    }
    if (m_appending) {
        m_appending = false;
        m_outcome.cancelled = true;
        complete();
    }
}

void IdIntake::setBusy(bool busy, const QString &what)
{
    if (busy == m_busy && !busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy, what);
}

} // namespace dlq
