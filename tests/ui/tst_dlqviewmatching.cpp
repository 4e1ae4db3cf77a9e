// "Act on all matching…" from the DLQ tab, through the real widgets against the window's
// sandbox: the preview freezes the filter's exact IDs, an entry added between the preview and
// the confirmation is not touched and is reported, the sandbox's state afterwards equals the
// ledger, bulk chunks always carry dlqIds and never a filter, and without a filter nothing is
// sent at all.

#include "support/dlqactsupport.h"
#include "support/dlqviewfixture.h"

#include "browse/filterdraft.h"
#include "results/ledgermodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/actpanel.h"
#include "ui/act/dlqactions.h"
#include "ui/browse/dlqfilterbar.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace dlq;

class TestDlqViewMatching : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DlqViewFixture> m_f;
    QString m_url;
    QStringList m_expected; // what the filter matches before anything is added

    SandboxServer *sandbox() const { return m_f->window->sandbox(); }
    DlqActions *acts() const { return m_f->view()->actions(); }
    void trigger(const char *name) const
    {
        m_f->view()->findChild<QAction *>(QString::fromLatin1(name))->trigger();
    }
    ActChooserDialog *waitChooser() const { return dlqact::waitChooser(acts()); }
    template<typename T> static T *in(QWidget *parent, const char *name)
    {
        return dlqact::in<T>(parent, name);
    }
    Ledger confirmAndWait(ActChooserDialog *dialog) const
    {
        return dlqact::confirmAndWait(acts(), dialog);
    }
    // A new entry that matches the filter, as if it failed after the preview.
    QString addArrival() const
    {
        QJsonObject entry = *sandbox()->entry(m_expected.first());
        const QString id = QStringLiteral("1799999999999-0");
        entry.insert(QStringLiteral("dlqId"), id);
        entry.insert(QStringLiteral("createdAt"), QDateTime::currentMSecsSinceEpoch());
        return sandbox()->insertEntry(entry) ? id : QString();
    }
    void verifyGuards() const
    {
        for (const SandboxBulkCall &call : sandbox()->bulkCalls()) {
            QVERIFY(!call.isUnscoped());
            QVERIFY(!call.isMixed());
            QVERIFY(!call.dlqIds.isEmpty());
            QVERIFY(call.cursor.isEmpty());
        }
        QCOMPARE(sandbox()->unfilteredBulkDeleteCount(), 0);
    }
    QStringList ledgerIds(const Ledger &ledger) const
    {
        QStringList out;
        for (const LedgerEntry &e : ledger.entries)
            out.append(e.row.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_f = std::make_unique<DlqViewFixture>();
        QVERIFY(m_f->open());
        m_url = m_f->oracleEntry(0).value(QLatin1String("workflowUrl")).toString();
        QVERIFY(!m_url.isEmpty());
        m_expected = m_f->oracle({{QStringLiteral("workflowUrl"), m_url}});
        QVERIFY(m_expected.size() >= 2);
        FilterDraft draft;
        draft.filter.workflowUrls = {m_url};
        m_f->view()->filterBar()->setDraft(draft);
        QVERIFY(m_f->applyAndLoadAll());
        QCOMPARE(m_f->loadedIds(), m_expected);
    }
    void cleanup() { m_f.reset(); }

    void resumeAllMatchingActsOnTheFrozenSetOnly()
    {
        trigger("dlqResumeMatchingAction");
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        const QString arrival = addArrival();
        QVERIFY(!arrival.isEmpty());
        QVERIFY(dialog->choice().matching);
        QCOMPARE(dialog->choice().where.count, m_expected.size());
        QVERIFY(in<QLabel>(dialog, "actMatchingLabel")->text().contains(m_url));
        QVERIFY(in<QCheckBox>(dialog, "actFastModeCheck"));
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledgerIds(ledger), m_expected);
        QVERIFY(ledger.matching);
        QCOMPARE(ledger.frozen, m_expected.size());
        QCOMPARE(ledger.arrivedAfterPreview, 1);
        auto *arrived = in<QLabel>(acts()->panel(), "actArrivedLabel");
        QVERIFY(arrived->isVisible());
        QVERIFY(arrived->text().startsWith(QLatin1String("1 ")));
        QVERIFY(sandbox()->contains(arrival)); // not touched
        QHash<QString, QString> created;
        for (const auto &[id, run] : sandbox()->startedRuns())
            created.insert(id, run);
        QCOMPARE(created.size(), m_expected.size());
        for (const LedgerEntry &e : ledger.entries) {
            QVERIFY(!sandbox()->contains(e.row.id));
            QCOMPARE(e.newWorkflowRunId, created.value(e.row.id));
        }
        QVERIFY(sandbox()->bulkCalls().isEmpty());
        verifyGuards();
    }

    void restartAllMatchingInFastModeSendsOnlyExactChunks()
    {
        trigger("dlqRestartMatchingAction");
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QCOMPARE(dialog->call(), EntryCall::Restart);
        const QString arrival = addArrival();
        QTest::mouseClick(in<QCheckBox>(dialog, "actFastModeCheck"), Qt::LeftButton, {},
                          QPoint(6, 6));
        QVERIFY(dialog->fastMode());
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledgerIds(ledger), m_expected);
        QCOMPARE(ledger.arrivedAfterPreview, 1);
        QVERIFY(sandbox()->contains(arrival));
        const QList<SandboxBulkCall> calls = sandbox()->bulkCalls();
        QCOMPARE(calls.size(), (m_expected.size() + 49) / 50);
        QSet<QString> sent;
        for (const SandboxBulkCall &call : calls) {
            QCOMPARE(call.action, QStringLiteral("restart"));
            QVERIFY(call.dlqIds.size() <= 50);
            for (const QString &id : call.dlqIds)
                sent.insert(id);
        }
        QCOMPARE(sent, QSet<QString>(m_expected.cbegin(), m_expected.cend()));
        for (const QString &id : m_expected)
            QVERIFY(!sandbox()->contains(id));
        verifyGuards();
    }

    void deleteAllMatchingLeavesTheArrivalAlone()
    {
        m_f->appSettings()->setSnapshotBeforeDelete(true); // the fixture turns it off
        trigger("dlqDeleteMatchingAction");
        ActChooserDialog *dialog = waitChooser();
        QVERIFY(dialog);
        QCOMPARE(dialog->call(), EntryCall::Delete);
        QVERIFY(!in<QLineEdit>(dialog, "actRetriesEdit"));
        const QString arrival = addArrival();
        const Ledger ledger = confirmAndWait(dialog);
        QCOMPARE(ledgerIds(ledger), m_expected);
        QCOMPARE(ledger.arrivedAfterPreview, 1);
        QCOMPARE(sandbox()->deletedIds(), m_expected);
        QVERIFY(sandbox()->contains(arrival));
        verifyGuards();
        // "What did we delete?": the frozen entries were saved before the delete, the arrival
        // (never deleted) is not among them.
        QVERIFY(!ledger.snapshotPath.isEmpty());
        QFile copy(ledger.snapshotPath);
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(ledger.snapshotPath));
        QStringList saved;
        const QJsonArray entries = QJsonDocument::fromJson(copy.readAll())
                                       .object()
                                       .value(QLatin1String("entries"))
                                       .toArray();
        for (const QJsonValue &entry : entries)
            saved.append(entry.toObject().value(QLatin1String("dlqId")).toString());
        QCOMPARE(saved, m_expected);
        // The tab loads the filter again: only the arrival is left.
        QTRY_VERIFY_WITH_TIMEOUT(m_f->waitIdle() && m_f->loadedIds() == QStringList{arrival},
                                 20000);
    }

    void withoutAFilterNothingIsSent()
    {
        m_f->view()->filterBar()->setDraft(FilterDraft{});
        QVERIFY(m_f->applyAndLoadAll());
        sandbox()->clearRequests();
        trigger("dlqDeleteMatchingAction");
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = m_f->window->findChild<QMessageBox *>(QStringLiteral("actEmptyFilterBox"))) &&
            box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("whole DLQ")));
        QVERIFY(!acts()->flow()->isBusy());
        QVERIFY(!acts()->chooser());
        QVERIFY(sandbox()->requests().isEmpty());
        QVERIFY(sandbox()->bulkCalls().isEmpty());
        QCOMPARE(sandbox()->entryCount(), TargetResolver::kSandboxEntries);
        box->close();
    }
};

QTEST_MAIN(TestDlqViewMatching)
#include "tst_dlqviewmatching.moc"
