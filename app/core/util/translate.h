#pragma once

#include <QCoreApplication>
#include <QString>

namespace dlq {

// The one translation-context policy: a QObject class translates with its own tr() (context =
// the class); everything else — free functions, value types, the core's messages — uses this
// helper and the single context "dlq". No file defines its own tr(). When qt_add_translations
// comes, lupdate must be told about this helper (its -tr-function-alias option).
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dlq", text, disambiguation, n);
}

} // namespace dlq
