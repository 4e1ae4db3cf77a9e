#pragma once

#include <QLabel>
#include <QString>
#include <QWidget>

namespace dlq {

// Every control gets an object name (tests find it) and an accessible name (screen readers).
template<typename W> W *named(W *widget, const char *objectName, const QString &accessible)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessible);
    return widget;
}

inline QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace dlq
