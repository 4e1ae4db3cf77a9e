#pragma once

// One main window on the offscreen platform with a settings file, a network manager and a
// session directory of the test's own, plus the steps most window tests take.

#include "support/guitest.h"

#include "results/resultcolumns.h"
#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "settings/appsettings.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>
#include <optional>

// Helpers the window tests share.
inline constexpr int kRunTimeoutMs = 20000;

// Existing IDs with the timestamp moved: the same shape, but not in the sandbox.
inline QStringList missingIds(const dlq::SandboxServer &server, const QStringList &existing)
{
    QStringList ids;
    for (const QString &id : existing) {
        const qsizetype dash = id.indexOf(QLatin1Char('-'));
        const QString candidate =
            QString::number(id.left(dash).toLongLong() - 86400000LL) + id.mid(dash);
        if (!server.contains(candidate))
            ids << candidate;
    }
    return ids;
}

inline dlq::ResultRow finishedRow(dlq::ResultState state, int status)
{
    dlq::ResultRow row;
    row.state = state;
    row.httpStatus = status;
    row.attempts = 1;
    row.durationMs = 12;
    row.finishedAt = QDateTime::currentDateTimeUtc();
    row.history.append(dlq::AttemptInfo{status, {}, 12, 0});
    return row;
}

// DELETE requests the server saw, as the IDs they named (one-by-one deletes only).
inline QStringList deletedPaths(const dlq::SandboxServer &server)
{
    QStringList ids;
    const QList<dlq::SandboxRequest> requests = server.requests();
    for (const dlq::SandboxRequest &request : requests) {
        const QByteArray prefix = "/v2/workflows/dlq/";
        if (request.method == "DELETE" && request.path.startsWith(prefix))
            ids << QUrl::fromPercentEncoding(request.path.mid(prefix.size()));
    }
    return ids;
}

// Every DELETE answered 409: a failure the run does not retry by itself, so those rows end
// Failed, for "Retry failed".
inline void conflictOnEveryDelete(dlq::SandboxServer &server)
{
    server.setOverride(
        [](const dlq::SandboxRequest &request) -> std::optional<dlq::SandboxResponse> {
            if (request.method != "DELETE")
                return std::nullopt;
            dlq::SandboxResponse response;
            response.status = 409;
            response.body = R"({"error":"conflict, try later"})";
            return response;
        });
}

inline QModelIndex proxyIndexOf(QTableView *view, const QString &id, int column)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, dlq::ResultColumn::Id).data().toString() == id)
            return model->index(row, column);
    }
    return {};
}

struct WindowFixture
{
    WindowFixture() : settings(std::make_unique<TestSettings>())
    {
        // Snapshots taken before deletes land in the test's own folder (unless QStandardPaths'
        // test mode sends them to ~/.qttest).
        qputenv("XDG_DATA_HOME", settings->dir.filePath(QStringLiteral("data")).toLocal8Bit());
        // Window tests count requests; tst_snapshotwindow turns the copy before deletes on.
        appSettings()->setSnapshotBeforeDelete(false);
        QGuiApplication::clipboard()->clear();
    }
    ~WindowFixture() { window.reset(); }

    dlq::AppSettings *appSettings() const { return settings->settings.get(); }

    bool makeWindow()
    {
        window = std::make_unique<dlq::MainWindow>(appSettings(), &nam, sessionDir.path());
        window->show();
        return QTest::qWaitForWindowActive(window.get());
    }

    // The built-in sandbox as the server, set up as after the first start.
    void useSandboxPreset()
    {
        appSettings()->setPreset(dlq::EndpointPreset::Sandbox);
        appSettings()->markConfigured();
    }

    bool makeSandboxWindow()
    {
        useSandboxPreset();
        return makeWindow();
    }

    // The built-in sandbox answering each request after `latencyMs`, one at a time: a run slow
    // enough to pause, cancel or close while it goes on. Null when the window did not come up.
    dlq::SandboxServer *makeSlowSandboxWindow(int latencyMs)
    {
        useSandboxPreset();
        appSettings()->setConcurrency(1);
        if (!makeWindow())
            return nullptr;
        dlq::SandboxServer *server = window->sandbox();
        server->setLatencyMs(latencyMs);
        return server;
    }

    // Pastes the first `count` of `server`'s entries and confirms their delete.
    bool deleteFirstEntries(const dlq::SandboxServer &server, int count)
    {
        return paste(server.entryIds().mid(0, count).join(QLatin1Char('\n'))) && confirmDelete();
    }

    void useServer(const dlq::SandboxServer &server, const QString &token = {})
    {
        appSettings()->setCustomUrl(server.baseUrl());
        appSettings()->setToken(token.isEmpty() ? server.token() : token);
        appSettings()->setPreset(dlq::EndpointPreset::Custom);
        appSettings()->markConfigured();
    }

    template<typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    // A message box of the window's, once it is on screen; null if none comes.
    QMessageBox *waitForBox(const char *name) const
    {
        QMessageBox *box = nullptr;
        const QString objectName = QString::fromLatin1(name);
        if (!QTest::qWaitFor([&] {
                box = window->findChild<QMessageBox *>(objectName);
                return box && box->isVisible();
            }))
            return nullptr;
        return box;
    }

    // The export file dialog, once Export has opened it; null if it does not come.
    QFileDialog *waitForExportDialog() const
    {
        QFileDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = window->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return dialog != nullptr;
        });
        return shown ? dialog : nullptr;
    }

    // Saves through the open export dialog, as its Save button does; true once the file exists.
    bool saveExportAs(QFileDialog *dialog, const QString &path) const
    {
        if (!dialog)
            return false;
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        return QTest::qWaitFor([&] { return QFile::exists(path); });
    }

    // After a dialog closes the window is active again, but not necessarily yet.
    bool activate()
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    // Ctrl+V on the table, as a user pastes a list.
    bool paste(const QString &text)
    {
        if (!activate())
            return false;
        QGuiApplication::clipboard()->setText(text);
        child<QTableView>("resultsView")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        return window->resultsModel()->rowCount() > 0;
    }

    // "Delete N IDs…" and its confirmation, typing the count when asked for it.
    bool confirmDelete(const QString &typedCount = QString())
    {
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        auto *dialog = window->findChild<dlq::ConfirmDeleteDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return false;
        if (!typedCount.isEmpty())
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmCountEdit")),
                             typedCount);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
        if (!confirm || !confirm->isEnabled())
            return false;
        QTest::mouseClick(confirm, Qt::LeftButton);
        return true;
    }

    std::unique_ptr<TestSettings> settings;
    QNetworkAccessManager nam;
    QTemporaryDir sessionDir;
    std::unique_ptr<dlq::MainWindow> window;
};
