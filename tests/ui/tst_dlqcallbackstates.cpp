// The failure-callback filter of the DLQ tab takes several states, as the API does
// (failureFunctionState "supports multiple values") and as dlqctl --callback-state does: the
// rows loaded are those the sandbox's own filter selects for all the states picked.

#include "support/dlqviewfixture.h"

#include "ui/browse/dlqfilterbar.h"

#include <QStandardPaths>

using namespace dlq;

class TestDlqCallbackStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void severalStatesArePickedSentAndClearedWithAny()
    {
        DlqViewFixture f;
        QVERIFY(f.open());
        auto *combo = f.child<QComboBox>("dlqCallbackStateCombo");
        const auto pick = [combo](const QString &text) {
            combo->setCurrentIndex(combo->findText(text)); // as a pick in its list does
        };
        const QString fail = QStringLiteral("CALLBACK_FAIL");
        const QString canceled = QStringLiteral("CALLBACK_CANCELED");
        pick(fail);
        pick(canceled);
        QCOMPARE(combo->currentText(), QStringLiteral("CALLBACK_FAIL, CALLBACK_CANCELED"));
        QCOMPARE(f.view()->filterBar()->draft().filter.failureFunctionStates,
                 (QStringList{fail, canceled}));

        QVERIFY(f.applyAndLoadAll());
        const QStringList both = f.oracle({{QStringLiteral("failureFunctionState"), fail},
                                           {QStringLiteral("failureFunctionState"), canceled}});
        const QStringList failOnly = f.oracle({{QStringLiteral("failureFunctionState"), fail}});
        QVERIFY(both.size() > failOnly.size()); // the second state widened the result
        QCOMPARE(f.loadedIds(), both);

        pick(canceled); // picked again: removed
        QCOMPARE(combo->currentText(), fail);
        QVERIFY(f.applyAndLoadAll());
        QCOMPARE(f.loadedIds(), failOnly);

        pick(canceled);
        pick(QStringLiteral("Any"));
        QCOMPARE(combo->currentText(), QStringLiteral("Any"));
        QVERIFY(f.view()->filterBar()->draft().filter.failureFunctionStates.isEmpty());
        QVERIFY(f.applyAndLoadAll());
        QCOMPARE(f.loadedIds(), f.oracle({}));
    }

    void aSavedDraftWithSeveralStatesComesBack()
    {
        DlqViewFixture f;
        QVERIFY(f.open());
        FilterDraft draft;
        draft.filter.failureFunctionStates = {QStringLiteral("CALLBACK_SUCCESS"),
                                              QStringLiteral("CALLBACK_INPROGRESS")};
        f.view()->filterBar()->setDraft(draft);
        // In the list's order, whatever order they were given in.
        QCOMPARE(f.view()->filterBar()->draft().filter.failureFunctionStates,
                 (QStringList{QStringLiteral("CALLBACK_INPROGRESS"),
                              QStringLiteral("CALLBACK_SUCCESS")}));
    }
};

QTEST_MAIN(TestDlqCallbackStates)
#include "tst_dlqcallbackstates.moc"
