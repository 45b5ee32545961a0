#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the Sync view and `pitwall-cli sync status` show, read from the cache (table
// sync_state, sync_batches, config_versions; migration 6): when the last sync ran and how
// it ended, whether the central location was unreachable, what the last pull imported,
// how many local changes wait to be pushed, and which CS Ops configuration versions the
// pulls applied.
struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)

public:
    struct ConfigVersion
    {
        QString name; // e.g. "health_scorecard"
        QString sha256; // of the document as applied
        QString version; // the "version" it declares; empty when none
        QString exportId; // the export that carried it
        QDateTime appliedAt;
        bool current = false; // the one in use now
    };

    QString clientId; // this cache's outbox folder name
    QString central; // the location last synced with
    QDateTime lastSyncAt; // invalid: never synced
    QString lastResult; // ok, failed, offline, cancelled; empty: never
    QString lastMessage; // why it failed, translated when it was written
    bool offline = false;
    QString pulledExportId;
    QDateTime pulledAt;
    QString etag;
    QDateTime pushedAt;
    QString lastBatchId;
    qint64 waiting = 0; // ChangeJournal::unsentCount()
    qint64 batchesSent = 0;
    QList<ConfigVersion> configVersions; // newest first per name, names in order

    // False with `error` set when the cache cannot be read.
    static bool load(const QSqlDatabase &db, SyncStatus *status, QString *error);

    QJsonObject toJson() const;
    // A few translated lines for a terminal.
    QString toText() const;
    // "ok", "failed", "offline", "cancelled" as the user reads them, translated.
    static QString resultText(const QString &result);
};
