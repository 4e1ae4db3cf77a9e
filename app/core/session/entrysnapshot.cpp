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

#include <algorithm>

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
    QJsonArray notFetched;
    for (const auto &[id, why] : snapshot.notFetched)
        notFetched.append(
            QJsonObject{{QStringLiteral("dlqId"), id}, {QStringLiteral("error"), why}});
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
        {QStringLiteral("notInDlqAtSnapshotTime"),
         QJsonArray::fromStringList(snapshot.notFoundIds)},
        {QStringLiteral("notFetched"), notFetched},
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

std::optional<SnapshotInfo> readSnapshotInfo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("entries")).isArray() ||
        !root.value(QLatin1String("takenAt")).isString())
        return std::nullopt;
    SnapshotInfo info;
    info.path = path;
    info.takenAt =
        QDateTime::fromString(root.value(QLatin1String("takenAt")).toString(), Qt::ISODateWithMs);
    info.host = root.value(QLatin1String("host")).toString();
    info.action = root.value(QLatin1String("action")).toString();
    info.reason = root.value(QLatin1String("reason")).toString();
    info.filter = root.value(QLatin1String("filter")).toString();
    info.entryCount = int(root.value(QLatin1String("entries")).toArray().size());
    info.notFoundCount = int(root.value(QLatin1String("notInDlqAtSnapshotTime")).toArray().size());
    info.notFetchedCount = int(root.value(QLatin1String("notFetched")).toArray().size());
    return info;
}

QList<SnapshotInfo> listSnapshots(const QString &dir)
{
    QList<SnapshotInfo> out;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        if (auto info = readSnapshotInfo(dir + QLatin1Char('/') + name))
            out.append(*info);
    }
    std::sort(out.begin(), out.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return out;
}

} // namespace dlq
