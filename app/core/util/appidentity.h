#pragma once

#include <QString>

namespace dlq {

// The GUI's identity. QSettings derives the settings file from the organisation and
// application names (~/.config/DLQ Manager/dlq-manager.conf), and dlqctl opens that same file
// for the saved token and server: if these differed, dlqctl would silently read an empty store.
inline QString appOrganizationName()
{
    return QStringLiteral("DLQ Manager");
}

inline QString appApplicationName()
{
    return QStringLiteral("dlq-manager");
}

inline QString appDisplayName()
{
    return QStringLiteral("DLQ Manager");
}

} // namespace dlq
