// IDs with an invisible character (a zero-width space from a chat or a web page) through the
// real window: refused and shown visibly, and sent as they are only once the user allows it.

#include "support/guitest.h"

#include "results/resultcolumns.h"
#include "results/resultsmodel.h"
#include "ui/idintake.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dlq;

class TestInvisibleIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<TestSettings>();
        m_settings->settings->setPreset(EndpointPreset::Sandbox);
        m_settings->settings->markConfigured();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_window = std::make_unique<MainWindow>(m_settings->settings.get(), m_nam.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_nam.reset();
        m_settings.reset();
    }

    void invisibleCharacter_isRefusedShownAndAllowedOnRequest_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("position");
        QTest::newRow("zero-width space")
            << QStringLiteral("17528\u200B29295505-2") << QStringLiteral("U+200B") << 6;
        QTest::newRow("BOM inside")
            << QStringLiteral("1752829295505-\uFEFF3") << QStringLiteral("U+FEFF") << 15;
        QTest::newRow("soft hyphen")
            << QStringLiteral("\u00AD1752829295505-4") << QStringLiteral("U+00AD") << 1;
    }

    void invisibleCharacter_isRefusedShownAndAllowedOnRequest()
    {
        QFETCH(QString, id);
        QFETCH(QString, label);
        QFETCH(int, position);
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
        QVERIFY(view);
        auto *allow = m_window->findChild<QAction *>(QStringLiteral("allowInvisibleAction"));
        QVERIFY(allow);
        QVERIFY(!allow->isEnabled()); // nothing to allow yet
        QGuiApplication::clipboard()->setText(QStringLiteral("1752829295505-1\n") + id);
        view->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        // A small paste is added at once, a large one in the background: wait for the rows.
        ResultsModel *model = m_window->resultsModel();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->row(0).state, ResultState::Pending);
        QCOMPARE(model->row(1).state, ResultState::Invalid);
        QCOMPARE(model->row(1).id, id); // kept exactly as pasted
        QVERIFY(allow->isEnabled());

        // The row shows the character, and the message says which and where.
        const QString marker = QChar(0x27E8) + label + QChar(0x27E9);
        const QString shown =
            view->model()->index(1, ResultColumn::Id).data(Qt::DisplayRole).toString();
        QVERIFY2(shown.contains(marker), qPrintable(shown));
        const QString message =
            view->model()->index(1, ResultColumn::Message).data(Qt::DisplayRole).toString();
        const QString where =
            QStringLiteral("invisible character %1 at position %2").arg(label).arg(position);
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(marker), qPrintable(message));

        QVERIFY(view->actions().contains(allow)); // in the table's context menu
        QVERIFY(!allow->text().isEmpty());
        allow->trigger();
        QCOMPARE(model->row(1).state, ResultState::Pending);
        QCOMPARE(model->row(1).id, id);
        QVERIFY(!allow->isEnabled()); // nothing left to allow
        const QString allowed =
            view->model()->index(1, ResultColumn::Message).data(Qt::DisplayRole).toString();
        QVERIFY2(allowed.contains(where) && allowed.contains(QLatin1String("allowed")),
                 qPrintable(allowed));
        QCOMPARE(model->row(0).state, ResultState::Pending);
    }

    void aLargePasteWithItInTheLastSlice_stillOffersToAllowIt()
    {
        // A large paste is added in slices of IdIntake::kAppendSlice; each slice counts only
        // its own rows, so a refused ID in the last one must still enable the action.
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("resultsView"));
        auto *allow = m_window->findChild<QAction *>(QStringLiteral("allowInvisibleAction"));
        QVERIFY(view && allow);
        const int plain = 2 * IdIntake::kAppendSlice + 5;
        QStringList ids;
        for (int i = 0; i < plain; ++i)
            ids.append(QStringLiteral("1752829295505-%1").arg(i));
        ids.append(QStringLiteral("17528\u200B29295505-1"));
        QVERIFY(ids.join(QLatin1Char('\n')).size() > IdIntake::kInlineChars);
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
        view->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        ResultsModel *model = m_window->resultsModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), plain + 1, 30000);
        QCOMPARE(model->row(plain).state, ResultState::Invalid);
        QVERIFY(allow->isEnabled());
        allow->trigger();
        QCOMPARE(model->row(plain).state, ResultState::Pending);
        QVERIFY(!allow->isEnabled());
    }

private:
    std::unique_ptr<TestSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestInvisibleIds)
#include "tst_invisibleids.moc"
