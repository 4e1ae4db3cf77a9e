#pragma once

#include "api/dlqentry.h"
#include "run/runconfig.h"
#include "session/entrysnapshot.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QNetworkAccessManager;
class QWidget;

namespace dlq {

class SnapshotRun;
struct SnapshotOutcome;

// The window's step before a delete: takes the copy (SnapshotRun) and, when an entry could
// not be fetched or the file not written, asks "Delete without a copy" or "Cancel" (open(),
// never exec()). When the server could not be reached at all it only says so: nothing is
// deleted. Ends with exactly one of ready() or stopped().
class SnapshotStep : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotStep(QWidget *window);

    // Empty: defaultSnapshotDir().
    void setDirectory(const QString &dir) { m_dir = dir; }
    bool begin(QNetworkAccessManager *nam, const RunConfig &config, const EntrySnapshot &header,
               const QStringList &ids, const QList<api::DlqEntry> &known);
    void cancel(); // during the copy or while asking: stopped(true)
    void pauseOrResume();
    bool isActive() const; // copying, or asking what to do
    bool isCopying() const;
    bool isPaused() const;
    int done() const;
    int total() const;

Q_SIGNALS:
    void progressChanged(int done, int total);
    // The delete may go on. `path`: the copy (may be partial when the operator chose to go on).
    void ready(const QString &path);
    void stopped(bool cancelled, const QString &message); // nothing may be deleted

private:
    void onFinished(const SnapshotOutcome &outcome);
    void tellUnreachable(const SnapshotOutcome &outcome);

    QWidget *m_window;
    QString m_dir;
    QString m_host; // as people read it: "qstash.upstash.io", "127.0.0.1:8080"
    QPointer<SnapshotRun> m_run;
    QPointer<QMessageBox> m_box;
};

} // namespace dlq
