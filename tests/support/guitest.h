#pragma once

// Shared set-up for the GUI tests: a throwaway settings file, an empty environment (the
// developer's QSTASH_TOKEN must never reach a test) and a check that controls are named.

#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

struct TestSettings
{
    explicit TestSettings(const QProcessEnvironment &env = QProcessEnvironment())
        : store(std::make_unique<QSettings>(dir.filePath(QStringLiteral("dlq-manager.ini")),
                                            QSettings::IniFormat)),
          settings(std::make_unique<dlq::AppSettings>(store.get(), env))
    {}

    QTemporaryDir dir;
    std::unique_ptr<QSettings> store;
    std::unique_ptr<dlq::AppSettings> settings;
};

inline bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget);
}

// Controls inside another control (a spin box's line edit, a table's headers and corner
// button, a line edit's clear button, a combo box's popup list) are parts of that control,
// which carries the name; Qt's own helpers are called qt_*.
inline bool isPartOfAControl(const QWidget *widget, const QWidget *root)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget *p = widget->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (isControl(p))
            return true;
    }
    return false;
}

// "QPushButton 'addButton' has no accessibleName", one entry per problem.
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!isControl(widget) || isPartOfAControl(widget, root))
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) +
                             QStringLiteral(" '") + widget->objectName() + QLatin1Char('\'');
        if (widget->objectName().isEmpty())
            problems << what + QStringLiteral(" has no objectName");
        if (widget->accessibleName().isEmpty())
            problems << what + QStringLiteral(" has no accessibleName");
    }
    return problems;
}
