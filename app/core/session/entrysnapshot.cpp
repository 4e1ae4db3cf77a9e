#include "session/entrysnapshot.h"
#include "util/translate.h"

#include "util/appidentity.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace dlq {

QString defaultSnapshotDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1Char('/') + appApplicationName() + QStringLiteral("/snapshots");
}

QString saveEntrySnapshot(const QString &dir, const EntrySnapshot &snapshot, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = dlq::tr("cannot create %1").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonArray entries;
    for (const api::DlqEntry &entry : snapshot.entries)
        entries.append(entry.raw);
    const QDateTime taken =
        snapshot.takenAt.isValid() ? snapshot.takenAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QJsonObject root{
        {QStringLiteral("app"), QString(appDisplayName() + QStringLiteral(" " DLQ_VERSION))},
        {QStringLiteral("action"), snapshot.action},
        {QStringLiteral("host"), snapshot.host},
        {QStringLiteral("reason"), snapshot.reason},
        {QStringLiteral("filter"), snapshot.filter},
        {QStringLiteral("takenAt"), taken.toString(Qt::ISODateWithMs)},
        {QStringLiteral("entries"), entries},
    };
    // Milliseconds and a counter keep two snapshots of one second apart.
    const QString stem =
        taken.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + QLatin1Char('-') + snapshot.action;
    QString path = dir + QLatin1Char('/') + stem + QStringLiteral(".json");
    for (int n = 2; QFile::exists(path); ++n)
        path = dir + QLatin1Char('/') + stem + QStringLiteral("-%1.json").arg(n);
    const QString reason =
        writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!reason.isEmpty()) {
        *error = reason;
        return {};
    }
    // Bodies may hold customer data.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace dlq
