// Test-only (tst_windowactcrash): the real main window on the settings file and session
// directory given, which shows the DLQ tab, selects every loaded entry, confirms "Resume
// selected…" through the chooser as a user does, prints "resuming" and runs until the test
// kills it. HOME and the XDG folders come from the test's environment.
#include "browse/dlqentriesmodel.h"
#include "settings/appsettings.h"
#include "ui/act/actchooserdialog.h"
#include "ui/act/actflow.h"
#include "ui/act/dlqactions.h"
#include "ui/browse/dlqview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {

int fail(const char *why)
{
    std::fprintf(stderr, "actkillhost: %s\n", why);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3)
        return fail("usage: actkillhost SETTINGS_FILE SESSION_DIR");
    QSettings store(args.at(1), QSettings::IniFormat);
    dlq::AppSettings settings(&store);
    QNetworkAccessManager nam;
    dlq::MainWindow window(&settings, &nam, args.at(2));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window did not come up");
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    dlq::DlqView *view = window.dlqView();
    if (!QTest::qWaitFor(
            [view] { return !view->model()->isLoading() && view->model()->rowCount() > 0; }, 30000))
        return fail("the DLQ tab loaded nothing");
    view->view()->selectAll();
    auto *resume = view->findChild<QAction *>(QStringLiteral("dlqResumeAction"));
    if (!resume || !resume->isEnabled())
        return fail("Resume selected is not available");
    resume->trigger();
    dlq::ActChooserDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = view->actions()->chooser();
            return dialog && dialog->isVisible();
        }))
        return fail("no chooser");
    if (auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("actCountEdit")))
        QTest::keyClicks(count, QString::number(dialog->choice().where.count));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actConfirmButton")),
                      Qt::LeftButton);
    if (!view->actions()->flow()->isRunning())
        return fail("the resume did not start");
    std::printf("resuming\n");
    std::fflush(stdout);
    return QApplication::exec();
}
