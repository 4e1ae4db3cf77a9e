// Acting in the DLQ tab: selected entries go through the one delete flow and are deleted in the
// sandbox, a group selects its rows, filters saved by name come back in a new window, the column
// chooser is remembered, the current row is refreshed from GET /{id} (a 404 greys it out), the
// keyboard reaches everything, and every control is named.

#include "support/dlqviewfixture.h"

#include "browse/dlqgroups.h"
#include "results/resultsmodel.h"
#include "run/runcontroller.h"
#include "ui/browse/dlqfilterbar.h"
#include "ui/idintake.h"

#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace dlq;

Q_DECLARE_METATYPE(dlq::api::DlqEntry)

class TestDlqViewActions : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(const char *name) const { return m_f->child<T>(name); }
    QTableView *table() const { return m_f->view()->view(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    // The header's context menu, as a right click opens it.
    QMenu *openColumnMenu() const
    {
        Q_EMIT header()->customContextMenuRequested(QPoint(5, 5));
        QMenu *menu = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            menu = m_f->window->findChild<QMenu *>(QStringLiteral("dlqColumnMenu"));
            return menu && menu->isVisible();
        });
        return shown ? menu : nullptr;
    }
    static bool tabTo(QWidget *target, int presses = 40)
    {
        for (int i = 0; i < presses && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    std::unique_ptr<DlqViewFixture> m_f;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<dlq::api::DlqEntry>();
    }
    void init()
    {
        m_f = std::make_unique<DlqViewFixture>();
        QVERIFY(m_f->open());
    }
    void cleanup() { m_f.reset(); }

    void deleteSelectedSendsThemThroughTheDeleteFlow()
    {
        QVERIFY(m_f->applyAndLoadAll());
        // Three rows chosen as a user does: click, then Ctrl+click.
        QStringList chosen;
        for (int r : {0, 3, 7}) {
            const QRect cell = table()->visualRect(table()->model()->index(r, 1));
            QTest::mouseClick(table()->viewport(), Qt::LeftButton,
                              r == 0 ? Qt::KeyboardModifiers() : Qt::ControlModifier,
                              cell.center());
            chosen << table()->model()->index(r, 0).data(DlqRole::DlqId).toString();
        }
        QCOMPARE(m_f->view()->selectedIds().size(), 3);
        auto *button = child<QPushButton>("dlqDeleteSelectedButton");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        // The list tab, the same confirmation, the same engine and results table.
        QCOMPARE(child<QTabWidget>("mainTabs")->currentIndex(), 0);
        auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        ResultsModel *results = m_f->window->resultsModel();
        QTRY_VERIFY_WITH_TIMEOUT(results->count(ResultState::Deleted) == 3, 20000);
        QTRY_VERIFY(!m_f->window->runController()->isRunning());
        QCOMPARE(results->rowCount(), 3);
        for (const QString &id : chosen) {
            QVERIFY2(!m_f->window->sandbox()->contains(id), qPrintable(id));
            QVERIFY(results->contains(id));
        }
        QCOMPARE(m_f->window->sandbox()->entryCount(), TargetResolver::kSandboxEntries - 3);
    }

    void deleteSelectedSendsOnlyTheChosenIdsWhenTheListHasOthers()
    {
        const QString other = m_f->window->sandbox()->entryIds().first();
        QVERIFY(m_f->paste(other));
        QTest::keyClick(m_f->window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(m_f->applyAndLoadAll());
        table()->selectRow(1);
        const QString chosen = m_f->view()->selectedIds().value(0);
        QVERIFY(!chosen.isEmpty() && chosen != other);
        QTest::mouseClick(child<QPushButton>("dlqDeleteSelectedButton"), Qt::LeftButton);
        auto *dialog = m_f->window->findChild<ConfirmDeleteDialog *>();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_f->window->sandbox()->contains(chosen), 20000);
        QTRY_VERIFY(!m_f->window->runController()->isRunning());
        QVERIFY(m_f->window->sandbox()->contains(other)); // pasted earlier, not confirmed now
    }

    void aLargeSelectionIsAddedInTheBackgroundThenConfirmed()
    {
        // Over IdIntake::kInlineChars of IDs: the list parses them off the GUI thread first.
        m_f->window->sandbox()->seed(4000, 7);
        const int total = m_f->window->sandbox()->entryCount();
        QVERIFY(m_f->applyAndLoadAll());
        QCOMPARE(m_f->model()->rowCount(), total);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_f->view()->selectedIds().size(), total);
        QVERIFY(m_f->view()->selectedIds().join(QLatin1Char('\n')).size() > IdIntake::kInlineChars);
        QTest::mouseClick(child<QPushButton>("dlqDeleteSelectedButton"), Qt::LeftButton);
        ConfirmDeleteDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_f->window->findChild<ConfirmDeleteDialog *>()), 20000);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(m_f->window->resultsModel()->rowCount(), total);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                         QString::number(total));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->window->sandbox()->entryCount() == 0, 90000);
        QTRY_VERIFY(!m_f->window->runController()->isRunning());
        QCOMPARE(m_f->window->resultsModel()->count(ResultState::Deleted), total);
    }

    void selectingAGroupSelectsItsRows()
    {
        QVERIFY(m_f->applyAndLoadAll());
        auto *groupBy = child<QComboBox>("dlqGroupByCombo");
        groupBy->setCurrentIndex(groupBy->findData(int(DlqGroupBy::Status)));
        auto *groups = child<QListView>("dlqGroupsView");
        QVERIFY(groups->isVisible());
        QTRY_VERIFY(groups->model()->rowCount() > 1);
        // The largest group: "N × status", with N the loaded entries of that status.
        const QString label = groups->model()->index(0, 0).data().toString();
        const int status = label.section(QStringLiteral(" × "), 1).toInt();
        int expected = 0;
        for (const api::DlqEntry &e : m_f->model()->entries())
            expected += e.responseStatus == status;
        QCOMPARE(label, QStringLiteral("%1 × %2").arg(expected).arg(status));

        QTest::mouseClick(groups->viewport(), Qt::LeftButton, {},
                          groups->visualRect(groups->model()->index(0, 0)).center());
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), expected);
        for (const QModelIndex &row : rows)
            QCOMPARE(row.siblingAtColumn(DlqColumn::Status).data(DlqRole::Sort).toInt(), status);
        QCOMPARE(m_f->view()->selectedIds().size(), expected);
    }

    void aSavedFilterComesBackInANewWindow()
    {
        child<QLineEdit>("dlqLabelsEdit")->setFocus();
        QTest::keyClicks(child<QLineEdit>("dlqLabelsEdit"), QStringLiteral("billing"));
        auto *state = child<QComboBox>("dlqCallbackStateCombo");
        state->setCurrentIndex(state->findText(QStringLiteral("CALLBACK_FAIL")));
        auto *name = child<QLineEdit>("dlqSavedFilterNameEdit");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("failed billing"));
        QTest::mouseClick(child<QPushButton>("dlqSaveFilterButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>("dlqSavedFilterCombo")->currentText(),
                 QStringLiteral("failed billing"));
        // A second one, deleted again.
        name->clear();
        QTest::keyClicks(name, QStringLiteral("scratch"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(child<QComboBox>("dlqSavedFilterCombo")->count(), 3);
        QTest::mouseClick(child<QPushButton>("dlqDeleteFilterButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>("dlqSavedFilterCombo")->count(), 2);

        m_f->window.reset();
        QVERIFY(m_f->open());
        QVERIFY(child<QLineEdit>("dlqLabelsEdit")->text().isEmpty());
        auto *saved = child<QComboBox>("dlqSavedFilterCombo");
        QCOMPARE(saved->count(), 2);
        saved->setFocus();
        QTest::keyClick(saved, Qt::Key_Down); // picks it, as a keyboard user does
        QCOMPARE(saved->currentText(), QStringLiteral("failed billing"));
        QCOMPARE(child<QLineEdit>("dlqLabelsEdit")->text(), QStringLiteral("billing"));
        QCOMPARE(child<QComboBox>("dlqCallbackStateCombo")->currentText(),
                 QStringLiteral("CALLBACK_FAIL"));
        QVERIFY(m_f->model()->isLoading()); // chosen means applied
        QTest::mouseClick(child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        QVERIFY(m_f->waitIdle());
        const QStringList expected = m_f->oracle(
            {{QStringLiteral("label"), QStringLiteral("billing")},
             {QStringLiteral("failureFunctionState"), QStringLiteral("CALLBACK_FAIL")}});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_f->loadedIds(), expected);
    }

    void theColumnChooserHidesAndShowsColumnsAndIsRemembered()
    {
        QMenu *menu = openColumnMenu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), int(DlqColumn::Count));
        auto *runId =
            menu->findChild<QAction *>(QStringLiteral("dlqColumnAction%1").arg(DlqColumn::RunId));
        QVERIFY(runId && runId->isChecked());
        runId->trigger();
        QVERIFY(header()->isSectionHidden(DlqColumn::RunId));
        menu->close();

        m_f->window.reset();
        QVERIFY(m_f->open());
        QVERIFY(header()->isSectionHidden(DlqColumn::RunId));
        QVERIFY(!header()->isSectionHidden(DlqColumn::DlqId));
        menu = openColumnMenu();
        QVERIFY(menu);
        runId =
            menu->findChild<QAction *>(QStringLiteral("dlqColumnAction%1").arg(DlqColumn::RunId));
        QVERIFY(!runId->isChecked());
        runId->trigger();
        QVERIFY(!header()->isSectionHidden(DlqColumn::RunId));
        menu->close();
        m_f->window.reset();
        QVERIFY(m_f->open());
        QVERIFY(!header()->isSectionHidden(DlqColumn::RunId));
    }

    void theCurrentRowIsRefreshed_andAGoneEntryIsMarked()
    {
        QVERIFY(m_f->applyAndLoadAll());
        const QString gone = table()->model()->index(1, 0).data(DlqRole::DlqId).toString();
        m_f->window->sandbox()->setOverride(
            [gone](const SandboxRequest &request) -> std::optional<SandboxResponse> {
                if (request.method != "GET" ||
                    !request.path.endsWith(QByteArray("/" + gone.toLatin1())))
                    return std::nullopt;
                SandboxResponse r;
                r.status = 404;
                r.body = R"({"error":"DLQ message not found"})";
                return r;
            });
        QSignalSpy current(m_f->view(), &DlqView::currentEntryChanged);
        QSignalSpy refreshed(m_f->view(), &DlqView::entryRefreshed);
        QSignalSpy goneSpy(m_f->view(), &DlqView::entryGone);
        table()->setFocus();
        table()->setCurrentIndex(table()->model()->index(0, 0));
        QVERIFY(refreshed.wait());
        QCOMPARE(refreshed.last().at(0).value<api::DlqEntry>().dlqId,
                 table()->model()->index(0, 0).data(DlqRole::DlqId).toString());
        QCOMPARE(current.last().at(0).value<api::DlqEntry>().dlqId,
                 table()->model()->index(0, 0).data(DlqRole::DlqId).toString());

        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), 1);
        QVERIFY(goneSpy.wait());
        QCOMPARE(goneSpy.last().at(0).toString(), gone);
        const int row = m_f->model()->rowOf(gone);
        QCOMPARE(m_f->model()->rowState(row), DlqRowState::Gone);
        QVERIFY(table()
                    ->model()
                    ->index(1, DlqColumn::Status)
                    .data()
                    .toString()
                    .contains(QLatin1String("gone")));
        QVERIFY(table()
                    ->model()
                    ->index(1, DlqColumn::Status)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .strikeOut());
    }

    void keyboardOnly_tabToTheFilters_enterApplies_arrowsMove()
    {
        // Ctrl+2 (done by open()) put the focus into the filter bar.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(m_f->view()->filterBar()->isAncestorOf(focus), qPrintable(focus->objectName()));
        auto *labels = child<QLineEdit>("dlqLabelsEdit");
        QVERIFY(tabTo(labels));
        QTest::keyClicks(labels, QStringLiteral("staging"));
        QTest::keyClick(labels, Qt::Key_Return);
        QVERIFY(m_f->model()->isLoading());
        QTest::mouseClick(child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        QVERIFY(m_f->waitIdle());
        QCOMPARE(m_f->loadedIds(),
                 m_f->oracle({{QStringLiteral("label"), QStringLiteral("staging")}}));

        labels->setFocus();
        QVERIFY(tabTo(table(), 60));
        QTest::keyClick(table(), Qt::Key_Down);
        const int first = table()->currentIndex().row();
        QTest::keyClick(table(), Qt::Key_Down);
        QCOMPARE(table()->currentIndex().row(), first + 1);
        QTest::keyClick(table(), Qt::Key_Up);
        QCOMPARE(table()->currentIndex().row(), first);

        QTest::keyClick(m_f->window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(child<QTabWidget>("mainTabs")->currentIndex(), 0);
        QTest::keyClick(m_f->window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(child<QTabWidget>("mainTabs")->currentWidget(), m_f->view());
    }

    void everyControlOfTheTabIsNamed()
    {
        QVERIFY(m_f->applyAndLoadAll());
        const QStringList problems = unnamedControls(m_f->view());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        const QList<QPushButton *> buttons = m_f->view()->findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 7);
        for (const QPushButton *button : buttons)
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
        QVERIFY(!child<QTabWidget>("mainTabs")->accessibleName().isEmpty());
        QWidget *host = child<QWidget>("dlqDetailsHost");
        QVERIFY(host && host->layout());
        QMenu *menu = openColumnMenu();
        QVERIFY(menu && !menu->accessibleName().isEmpty());
        for (const QAction *action : menu->actions())
            QVERIFY(!action->objectName().isEmpty() && !action->text().isEmpty());
        menu->close();
    }
};

QTEST_MAIN(TestDlqViewActions)
#include "tst_dlqviewactions.moc"
