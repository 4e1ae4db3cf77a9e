#pragma once

// The main window on its built-in sandbox with the DLQ tab in front, the controls of that tab,
// and the oracle its rows are checked against: the sandbox's own store and filter, seeded
// exactly as the window's sandbox is.

#include "support/windowfixture.h"

#include "browse/dlqentriesmodel.h"
#include "sandbox/sandboxfilter.h"
#include "sandbox/sandboxseed.h"
#include "sandbox/sandboxstore.h"
#include "ui/browse/dlqview.h"
#include "ui/targetresolver.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>

struct DlqViewFixture : WindowFixture
{
    using Query = QList<QPair<QString, QString>>;

    // The window's sandbox and the oracle both seed from this clock, pinned so that the dates
    // the tests name (from dlq::SeedBaseMs) are the seeded ones.
    DlqViewFixture()
    {
        dlq::setSandboxClock(
            [] { return dlq::SeedBaseMs + dlq::seedSpanMs(dlq::TargetResolver::kSandboxEntries); });
        const QList<QJsonObject> seeded = dlq::makeSeedEntries(
            dlq::TargetResolver::kSandboxEntries, dlq::TargetResolver::kSandboxSeed,
            [this](const QString &id) { return oracleStore.contains(id); });
        for (const QJsonObject &entry : seeded)
            oracleStore.insert(entry);
    }

    ~DlqViewFixture() { dlq::setSandboxClock({}); }

    // The window on the sandbox with the DLQ tab shown by its shortcut, once the first page
    // that showing it loads is in.
    bool open()
    {
        if (!makeSandboxWindow() || !window->sandbox())
            return false;
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        return child<QTabWidget>("mainTabs")->currentWidget() == view() && waitIdle();
    }

    dlq::DlqView *view() const { return window->dlqView(); }
    dlq::DlqEntriesModel *model() const { return view()->model(); }

    // DLQ IDs the sandbox's own filter selects for `query`, newest first (the list's order).
    QStringList oracle(const Query &query) const
    {
        const dlq::SandboxFilter filter = dlq::parseSandboxFilter(query);
        const auto page = oracleStore.page(QString(), 1 << 20, filter.predicate);
        QStringList ids;
        for (const QJsonValue &entry : page->messages)
            ids.append(entry.toObject().value(QStringLiteral("dlqId")).toString());
        return ids;
    }
    QJsonObject oracleEntry(int index) const
    {
        return *oracleStore.find(oracleStore.ids().at(index));
    }

    QStringList loadedIds() const
    {
        QStringList ids;
        for (const dlq::api::DlqEntry &entry : model()->entries())
            ids.append(entry.dlqId);
        return ids;
    }

    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !model()->isLoading(); }, 30000);
    }

    // Apply, then Load all, as a user clicks them; true once every matching entry is in.
    bool applyAndLoadAll()
    {
        QTest::mouseClick(child<QPushButton>("dlqApplyButton"), Qt::LeftButton);
        if (!model()->isLoading())
            return false;
        QTest::mouseClick(child<QPushButton>("dlqLoadAllButton"), Qt::LeftButton);
        return waitIdle() && !model()->hasMore();
    }

    dlq::SandboxStore oracleStore;
};
