#pragma once

// A MainWindow for one test function, as the app builds it: throwaway settings, its own
// session directory, a real QNetworkAccessManager; helpers to paste IDs and confirm a delete
// through the real widgets.

#include "support/guitest.h"

#include "results/resultsmodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/confirmdeletedialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

struct WindowFixture
{
    WindowFixture() { QGuiApplication::clipboard()->clear(); }
    ~WindowFixture() { window.reset(); }

    dlq::AppSettings *appSettings() const { return settings.settings.get(); }

    void useSandboxPreset()
    {
        appSettings()->setPreset(dlq::EndpointPreset::Sandbox);
        appSettings()->markConfigured();
    }

    void useServer(const dlq::SandboxServer &server, const QString &token = {})
    {
        appSettings()->setCustomUrl(server.baseUrl());
        appSettings()->setToken(token.isEmpty() ? server.token() : token);
        appSettings()->setPreset(dlq::EndpointPreset::Custom);
        appSettings()->markConfigured();
    }

    bool makeWindow()
    {
        window = std::make_unique<dlq::MainWindow>(appSettings(), &nam, sessionDir.path());
        window->show();
        return QTest::qWaitForWindowActive(window.get());
    }

    template<typename T> T *child(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    // After a dialog closes the window is active again, but not necessarily yet.
    bool activate()
    {
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    bool paste(const QString &text)
    {
        if (!activate())
            return false;
        QGuiApplication::clipboard()->setText(text);
        child<QTableView>("resultsView")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier);
        return window->resultsModel()->rowCount() > 0;
    }

    // Opens the confirmation with the Delete button, types the count if asked and confirms.
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
        if (!confirm->isEnabled())
            return false;
        QTest::mouseClick(confirm, Qt::LeftButton);
        return true;
    }

    TestSettings settings;
    QNetworkAccessManager nam;
    QTemporaryDir sessionDir;
    std::unique_ptr<dlq::MainWindow> window;
};
