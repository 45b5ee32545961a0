#include "SyncStatus.h"

#include "work/ChangeJournal.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDateTime instant(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QJsonValue json(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue json(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bool SyncStatus::load(const QSqlDatabase &db, SyncStatus *status, QString *error)
{
    *status = SyncStatus();
    QSqlQuery q(db);
    if (!q.exec(
            u"SELECT client_id, central, last_sync_at, last_result, last_message, offline, pulled_export_id,"
            " pulled_at, etag, pushed_at, last_batch_id FROM sync_state WHERE id = 1"_s)) {
        *error = tr("The sync status could not be read: %1").arg(q.lastError().text());
        return false;
    }
    if (q.next()) {
        status->clientId = q.value(0).toString();
        status->central = q.value(1).toString();
        status->lastSyncAt = instant(q.value(2));
        status->lastResult = q.value(3).toString();
        status->lastMessage = q.value(4).toString();
        status->offline = q.value(5).toInt() != 0;
        status->pulledExportId = q.value(6).toString();
        status->pulledAt = instant(q.value(7));
        status->etag = q.value(8).toString();
        status->pushedAt = instant(q.value(9));
        status->lastBatchId = q.value(10).toString();
    }
    if (!q.exec(u"SELECT COUNT(*) FROM sync_batches WHERE sent_at IS NOT NULL"_s) || !q.next()) {
        *error = tr("The sync status could not be read: %1").arg(q.lastError().text());
        return false;
    }
    status->batchesSent = q.value(0).toLongLong();

    // The document in use now, by name, to tell the current version from older ones.
    QHash<QString, QString> currentSha;
    if (!q.exec(u"SELECT name, content FROM config_documents"_s)) {
        *error = tr("The sync status could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        currentSha.insert(q.value(0).toString(),
                          QString::fromLatin1(QCryptographicHash::hash(q.value(1).toString().toUtf8(),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()));
    if (!q.exec(u"SELECT name, sha256, version, export_id, applied_at FROM config_versions"
                " ORDER BY name, applied_at DESC, rowid DESC"_s)) {
        *error = tr("The sync status could not be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        ConfigVersion v;
        v.name = q.value(0).toString();
        v.sha256 = q.value(1).toString();
        v.version = q.value(2).toString();
        v.exportId = q.value(3).toString();
        v.appliedAt = instant(q.value(4));
        v.current = currentSha.value(v.name) == v.sha256;
        status->configVersions.append(v);
    }

    const ChangeJournal journal(db);
    status->waiting = journal.unsentCount();
    if (!journal.lastError().isEmpty()) {
        *error = journal.lastError();
        return false;
    }
    return true;
}

QJsonObject SyncStatus::toJson() const
{
    QJsonArray configs;
    for (const ConfigVersion &v : configVersions) {
        configs.append(QJsonObject { { "name"_L1, v.name },
                                     { "sha256"_L1, v.sha256 },
                                     { "version"_L1, json(v.version) },
                                     { "export_id"_L1, json(v.exportId) },
                                     { "applied_at"_L1, json(v.appliedAt) },
                                     { "current"_L1, v.current } });
    }
    return { { "client_id"_L1, clientId },
             { "central"_L1, json(central) },
             { "last_sync_at"_L1, json(lastSyncAt) },
             { "last_result"_L1, json(lastResult) },
             { "last_message"_L1, json(lastMessage) },
             { "offline"_L1, offline },
             { "pulled_export_id"_L1, json(pulledExportId) },
             { "pulled_at"_L1, json(pulledAt) },
             { "etag"_L1, json(etag) },
             { "pushed_at"_L1, json(pushedAt) },
             { "last_batch_id"_L1, json(lastBatchId) },
             { "batches_sent"_L1, batchesSent },
             { "waiting"_L1, waiting },
             { "config_versions"_L1, configs } };
}

QString SyncStatus::resultText(const QString &result)
{
    if (result == "ok"_L1)
        return tr("succeeded");
    if (result == "failed"_L1)
        return tr("failed");
    if (result == "offline"_L1)
        return tr("offline");
    if (result == "cancelled"_L1)
        return tr("cancelled");
    return tr("never synced");
}

QString SyncStatus::toText() const
{
    const QLocale locale;
    const auto when = [&locale](const QDateTime &at) {
        return at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : tr("never");
    };
    QStringList lines;
    if (!lastSyncAt.isValid()) {
        lines.append(tr("Last sync: never"));
    } else {
        lines.append(tr("Last sync: %1, %2 (%3)").arg(when(lastSyncAt), resultText(lastResult), central));
        if (!lastMessage.isEmpty())
            lines.append(u"  "_s + lastMessage);
    }
    if (offline)
        lines.append(tr("Offline: the central location could not be reached at the last sync."));
    lines.append(tr("Last pulled export: %1 (%2)")
                     .arg(pulledExportId.isEmpty() ? tr("none") : pulledExportId, when(pulledAt)));
    lines.append(tr("Changes waiting to be pushed: %n", nullptr, int(qMin<qint64>(waiting, INT_MAX))));
    lines.append(tr("Last pushed: %1 (batch %2)")
                     .arg(when(pushedAt), lastBatchId.isEmpty() ? tr("none") : lastBatchId));
    lines.append(tr("This cache's outbox folder: %1").arg(clientId));
    QString previous;
    for (const ConfigVersion &v : configVersions) {
        if (v.name == previous)
            continue; // the newest per name is enough here
        previous = v.name;
        lines.append(tr("Configuration %1: version %2, applied %3 from export %4")
                         .arg(v.name, v.version.isEmpty() ? v.sha256.left(12) : v.version, when(v.appliedAt),
                              v.exportId.isEmpty() ? tr("unknown") : v.exportId));
    }
    return lines.join(u'\n');
}
