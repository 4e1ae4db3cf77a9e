#include "ui/sandboxsamples.h"

#include "sandbox/sandboxserver.h"

#include <QSet>

namespace dlq {

namespace {
constexpr qint64 kOneYearMs = 365LL * 24 * 60 * 60 * 1000;

// "1752829295505-3" -> "1721293295505-3": the same shape a year earlier. IDs of another
// shape get a prefix so they still differ from every existing one.
QString shiftedId(const QString &id, int attempt)
{
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 ms = dash > 0 ? id.left(dash).toLongLong(&ok) : 0;
    if (ok && ms > kOneYearMs)
        return QString::number(ms - kOneYearMs * (attempt + 1)) + id.mid(dash);
    return QStringLiteral("gone%1-").arg(attempt) + id;
}
} // namespace

QStringList sandboxSampleIds(SandboxServer *sandbox, int existing, int missing)
{
    QStringList present = sandbox->entryIds();
    for (quint32 seed = 2; present.size() < existing && seed < 50; ++seed) {
        sandbox->seed(existing - int(present.size()), seed);
        present = sandbox->entryIds();
    }
    present = present.mid(0, existing);

    QStringList absent;
    QSet<QString> taken(present.cbegin(), present.cend());
    for (qsizetype i = 0; absent.size() < missing && !present.isEmpty(); ++i) {
        const QString &source = present.at(i % present.size());
        const int attempt = int(i / present.size());
        const QString candidate = shiftedId(source, attempt);
        if (!sandbox->contains(candidate) && !taken.contains(candidate)) {
            taken.insert(candidate);
            absent << candidate;
        }
        if (attempt > 10)
            break;
    }

    QStringList ids;
    for (qsizetype i = 0; i < qMax(present.size(), absent.size()); ++i) {
        if (i < present.size())
            ids << present.at(i);
        if (i < absent.size())
            ids << absent.at(i);
    }
    return ids;
}

} // namespace dlq
