#include "SyncEngine.h"

#include "CentralLocation.h"
#include "HttpTransfer.h"
#include "import/BundleManifest.h"
#include "import/Importer.h"
#include "store/Database.h"
#include "work/ChangeJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString pullName(SyncReport::Pull pull)
{
    switch (pull) {
    case SyncReport::Pull::NotRun:
        return u"not_run"_s;
    case SyncReport::Pull::Unchanged:
        return u"unchanged"_s;
    case SyncReport::Pull::Imported:
        return u"imported"_s;
    case SyncReport::Pull::Failed:
        break;
    }
    return u"failed"_s;
}

struct PendingBatch
{
    QString batchId;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QString userId;
    QString createdAt;
};

} // namespace

// ---- SyncReport ----

QString SyncReport::resultName(Result result)
{
    switch (result) {
    case Result::Ok:
        return u"ok"_s;
    case Result::Offline:
        return u"offline"_s;
    case Result::Cancelled:
        return u"cancelled"_s;
    case Result::Failed:
        break;
    }
    return u"failed"_s;
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject pullJson { { "status"_L1, pullName(pull) },
                           { "export_id"_L1,
                             exportId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(exportId) },
                           { "downloaded"_L1, downloaded },
                           { "downloaded_bytes"_L1, downloadedBytes } };
    if (importRan) {
        pullJson.insert("import"_L1,
                        QJsonObject { { "status"_L1, ImportReport::statusName(import.status) },
                                      { "totals"_L1, import.totals().toJson() },
                                      { "elapsed_ms"_L1, import.elapsedMs },
                                      { "log_id"_L1, import.logId } });
    }
    QJsonArray batches;
    for (const QString &id : batchIds)
        batches.append(id);
    const QJsonObject pushJson { { "ran"_L1, pushRan }, { "changes"_L1, pushed }, { "batches"_L1, batches } };
    return { { "result"_L1, resultName(result) },
             { "error"_L1, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error) },
             { "central"_L1, central },
             { "pulled"_L1,
               pull == Pull::Imported        ? QJsonValue(exportId)
                   : pull == Pull::Unchanged ? QJsonValue(u"unchanged"_s)
                                             : QJsonValue(QJsonValue::Null) },
             { "pull"_L1, pullJson },
             { "pushed"_L1, pushed },
             { "batch_id"_L1,
               batchIds.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(batchIds.last()) },
             { "push"_L1, pushJson },
             { "waiting"_L1, waiting },
             { "offline"_L1, result == Result::Offline },
             { "elapsed_ms"_L1, elapsedMs } };
}

QString SyncReport::toText() const
{
    QStringList lines;
    switch (pull) {
    case Pull::NotRun:
        break;
    case Pull::Unchanged:
        lines.append(tr("Pull: export %1 is already in the cache; nothing imported.").arg(exportId));
        break;
    case Pull::Imported: {
        const ImportCounts t = import.totals();
        lines.append(
            tr("Pull: imported export %1 (%2 added, %3 changed, %4 unchanged, %5 archived, %6 rejected).")
                .arg(exportId)
                .arg(t.added)
                .arg(t.changed)
                .arg(t.unchanged)
                .arg(t.archived)
                .arg(t.rejected));
        break;
    }
    case Pull::Failed:
        lines.append(tr("Pull failed."));
        break;
    }
    if (pushRan) {
        if (pushed == 0)
            lines.append(tr("Push: nothing to send."));
        else
            lines.append(tr("Push: %n change(s) written to the outbox (batch %1).", nullptr, int(pushed))
                             .arg(batchIds.join(u", "_s)));
    }
    lines.append(tr("Changes waiting: %n", nullptr, int(qMin<qint64>(waiting, INT_MAX))));
    switch (result) {
    case Result::Ok:
        lines.append(tr("Sync with %1 succeeded in %2 ms.").arg(central).arg(elapsedMs));
        break;
    case Result::Offline:
        lines.append(tr("Offline: %1").arg(error));
        break;
    case Result::Cancelled:
        lines.append(tr("Sync cancelled; nothing half-done was kept."));
        break;
    case Result::Failed:
        lines.append(tr("Sync failed: %1").arg(error));
        break;
    }
    return lines.join(u'\n');
}

// ---- SyncEngine ----

SyncEngine::SyncEngine(Database &db)
    : m_db(db)
{ }

void SyncEngine::progress(int done, int total, const QString &phase) const
{
    if (m_progress)
        m_progress(done, total, phase);
}

SyncReport SyncEngine::run(const SyncOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    report.central = options.central;
    const auto finish = [&](SyncReport::Result result, const QString &error) {
        report.result = result;
        report.error = error;
        const ChangeJournal journal(m_db.connection());
        report.waiting = journal.unsentCount();
        report.elapsedMs = timer.elapsed();
        recordResult(report);
        return report;
    };
    if (!m_db.isOpen())
        return finish(SyncReport::Result::Failed, tr("The cache is not open."));
    const CentralLocation location(options.central);
    if (!location.isValid())
        return finish(SyncReport::Result::Failed,
                      tr("\"%1\" is not a central location: give a folder, a .zip file or an http(s):// URL.")
                          .arg(options.central));
    report.central = location.location();
    if (!location.isReachable())
        return finish(SyncReport::Result::Offline,
                      tr("The central location %1 cannot be reached (a network share that is not mounted?).")
                          .arg(QDir::toNativeSeparators(location.location())));

    std::unique_ptr<HttpTransfer> http;
    if (location.kind() == CentralLocation::Kind::Http) {
        http = std::make_unique<HttpTransfer>();
        http->setTimeout(options.timeoutMs);
        http->setCancelFlag(m_cancel);
    }

    QString pullError;
    if (options.pull && !pull(location, options, http.get(), &report)) {
        if (report.result == SyncReport::Result::Offline || report.result == SyncReport::Result::Cancelled
            || cancelled())
            return finish(cancelled() ? SyncReport::Result::Cancelled : report.result, report.error);
        pullError = report.error; // a bad export does not hold back what the CSM did
    }
    if (cancelled())
        return finish(SyncReport::Result::Cancelled, tr("Cancelled."));
    if (options.push && !push(location, options, http.get(), &report))
        return finish(cancelled() ? SyncReport::Result::Cancelled : report.result, report.error);
    if (!pullError.isEmpty())
        return finish(SyncReport::Result::Failed, pullError);
    progress(1, 1, tr("Done"));
    return finish(SyncReport::Result::Ok, QString());
}

bool SyncEngine::alreadyInCache(const QString &exportId, const QByteArray &manifestSha256) const
{
    if (exportId.isEmpty())
        return false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT export_id FROM import_log WHERE status = 'applied' ORDER BY id DESC LIMIT 1"_s)
        || !q.next() || q.value(0).toString() != exportId)
        return false;
    // The same id with other content (re-published under the same id) is imported again.
    if (!q.exec(u"SELECT pulled_export_id, pulled_manifest_sha256 FROM sync_state WHERE id = 1"_s)
        || !q.next())
        return true;
    return q.value(0).toString() != exportId || q.value(1).isNull()
        || q.value(1).toString().toLatin1() == manifestSha256;
}

bool SyncEngine::recordPulled(const QString &exportId, const QByteArray &manifestSha256, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_state SET pulled_export_id = ?, pulled_manifest_sha256 = ?, pulled_at = ?"
              " WHERE id = 1"_s);
    q.addBindValue(exportId);
    q.addBindValue(QString::fromLatin1(manifestSha256));
    q.addBindValue(now());
    if (!q.exec()) {
        *error = tr("The sync status could not be saved: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool SyncEngine::recordConfigVersions(const QString &exportId, QString *error)
{
    QSqlQuery read(m_db.connection());
    if (!read.exec(u"SELECT name, content, source, imported_at FROM config_documents"_s)) {
        *error = tr("The configuration documents could not be read: %1").arg(read.lastError().text());
        return false;
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        u"INSERT OR IGNORE INTO config_versions (name, sha256, version, export_id, source, applied_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"_s);
    while (read.next()) {
        const QByteArray content = read.value(1).toString().toUtf8();
        const QJsonValue declared = QJsonDocument::fromJson(content).object().value("version"_L1);
        QString version;
        if (declared.isString())
            version = declared.toString();
        else if (declared.isDouble())
            version = QString::number(declared.toDouble());
        insert.addBindValue(read.value(0).toString());
        insert.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        insert.addBindValue(version.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(version));
        insert.addBindValue(exportId);
        insert.addBindValue(read.value(2).toString());
        insert.addBindValue(read.value(3).toString());
        if (!insert.exec()) {
            *error = tr("The configuration versions could not be saved: %1").arg(insert.lastError().text());
            return false;
        }
    }
    return true;
}

bool SyncEngine::importBundle(const QString &path, const QString &displaySource, const SyncOptions &options,
                              SyncReport *report)
{
    Importer importer(m_db);
    importer.setCancelFlag(m_cancel);
    importer.setRefreshRisk(options.refreshRisk);
    importer.setAsOf(options.asOf);
    const QString phase = tr("Importing %1").arg(displaySource);
    importer.setProgressCallback([this, phase](qint64 done, qint64 total, const QString &stage) {
        progress(total > 0 ? int(done * 1000 / total) : 0, total > 0 ? 1000 : 0, phase + u": "_s + stage);
    });
    ImportOptions importOptions;
    importOptions.source = path;
    importOptions.profile = u"native"_s;
    report->importRan = true;
    report->import = importer.run(importOptions);
    if (report->import.status == ImportReport::Status::Cancelled) {
        report->pull = SyncReport::Pull::Failed;
        report->result = SyncReport::Result::Cancelled;
        report->error = tr("Cancelled.");
        return false;
    }
    if (!report->import.ok()) {
        report->pull = SyncReport::Pull::Failed;
        report->result = SyncReport::Result::Failed;
        report->error
            = tr("The export %1 could not be imported: %2").arg(displaySource, report->import.error);
        return false;
    }
    if (path != displaySource && report->import.logId > 0) {
        // The log names where the export came from, not the temporary download.
        QSqlQuery q(m_db.connection());
        q.prepare(u"UPDATE import_log SET source = ? WHERE id = ?"_s);
        q.addBindValue(displaySource);
        q.addBindValue(report->import.logId);
        q.exec();
    }
    report->pull = SyncReport::Pull::Imported;
    return true;
}

bool SyncEngine::pull(const CentralLocation &location, const SyncOptions &options, HttpTransfer *http,
                      SyncReport *report)
{
    const auto failed = [report](SyncReport::Result result, const QString &error) {
        report->pull = SyncReport::Pull::Failed;
        report->result = result;
        report->error = error;
        return false;
    };
    QString error;
    if (location.kind() != CentralLocation::Kind::Http) {
        progress(0, 0, tr("Looking for the newest export in %1").arg(location.location()));
        CentralLocation::Bundle bundle;
        if (!location.findNewestBundle(&bundle, &error))
            return failed(SyncReport::Result::Failed, error);
        report->exportId = bundle.exportId;
        if (alreadyInCache(bundle.exportId, bundle.manifestSha256)) {
            report->pull = SyncReport::Pull::Unchanged;
            return true;
        }
        if (!importBundle(bundle.path, bundle.path, options, report))
            return false;
        if (!recordPulled(bundle.exportId, bundle.manifestSha256, &error)
            || !recordConfigVersions(bundle.exportId, &error))
            return failed(SyncReport::Result::Failed, error);
        return true;
    }

    // HTTP: GET the bundle with the ETag of the last one imported from the same URL.
    const QUrl url = location.bundleUrl();
    const QString urlText = url.toDisplayString(QUrl::RemoveUserInfo);
    QByteArray etag;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(u"SELECT etag_url, etag FROM sync_state WHERE id = 1"_s) && q.next()
            && q.value(0).toString() == url.toString())
            etag = q.value(1).toString().toLatin1();
    }
    progress(0, 0, tr("Downloading %1").arg(urlText));
    QTemporaryFile download(QFileInfo(m_db.path()).absoluteDir().filePath(u".pitwall-download-XXXXXX.zip"_s));
    if (!download.open())
        return failed(SyncReport::Result::Failed,
                      tr("Cannot create a temporary file beside the cache to download %1: %2")
                          .arg(urlText, download.errorString()));
    http->setProgressCallback([this, urlText](qint64 done, qint64 total) {
        progress(int(done >> 10), int(qMax<qint64>(total, 0) >> 10), tr("Downloading %1").arg(urlText));
    });
    const HttpTransfer::Result got = http->get(url, etag, &download);
    http->setProgressCallback({});
    if (got.cancelled)
        return failed(SyncReport::Result::Cancelled, got.error);
    if (!got.ok)
        return failed(got.offline ? SyncReport::Result::Offline : SyncReport::Result::Failed, got.error);
    if (got.status == 304) {
        QSqlQuery q(m_db.connection());
        if (q.exec(u"SELECT pulled_export_id FROM sync_state WHERE id = 1"_s) && q.next())
            report->exportId = q.value(0).toString();
        report->pull = SyncReport::Pull::Unchanged;
        return true;
    }
    report->downloaded = true;
    report->downloadedBytes = got.bytes;
    if (!download.flush())
        return failed(SyncReport::Result::Failed,
                      tr("Cannot save the download of %1: %2").arg(urlText, download.errorString()));
    const QByteArray manifestJson = CentralLocation::readZipManifest(download.fileName(), &error);
    if (manifestJson.isEmpty())
        return failed(SyncReport::Result::Failed, tr("%1: %2").arg(urlText, error));
    BundleManifest manifest;
    if (!BundleManifest::parse(manifestJson, &manifest, &error))
        return failed(SyncReport::Result::Failed,
                      tr("%1: manifest.json cannot be read: %2").arg(urlText, error));
    const QByteArray sha = QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex();
    report->exportId = manifest.exportId;
    if (alreadyInCache(manifest.exportId, sha)) {
        report->pull = SyncReport::Pull::Unchanged;
    } else {
        if (!importBundle(download.fileName(), urlText, options, report))
            return false;
        if (!recordPulled(manifest.exportId, sha, &error) || !recordConfigVersions(manifest.exportId, &error))
            return failed(SyncReport::Result::Failed, error);
    }
    // Only once the export is in the cache: a failed import is downloaded again next time.
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_state SET etag_url = ?, etag = ? WHERE id = 1"_s);
    q.addBindValue(url.toString());
    q.addBindValue(got.etag.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(QString::fromLatin1(got.etag)));
    if (!q.exec())
        return failed(SyncReport::Result::Failed,
                      tr("The sync status could not be saved: %1").arg(q.lastError().text()));
    return true;
}

bool SyncEngine::push(const CentralLocation &location, const SyncOptions &options, HttpTransfer *http,
                      SyncReport *report)
{
    report->pushRan = true;
    const auto failed = [report](SyncReport::Result result, const QString &error) {
        report->result = result;
        report->error = error;
        return false;
    };
    const QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    const auto sqlError = [&q] {
        return tr("The outbox state in the cache could not be read or written: %1").arg(q.lastError().text());
    };

    QString clientId;
    if (!q.exec(u"SELECT client_id FROM sync_state WHERE id = 1"_s) || !q.next())
        return failed(SyncReport::Result::Failed, sqlError());
    clientId = q.value(0).toString();

    QList<PendingBatch> pending;
    if (!q.exec(u"SELECT batch_id, first_seq, last_seq, user_id, created_at FROM sync_batches"
                " WHERE sent_at IS NULL ORDER BY first_seq"_s))
        return failed(SyncReport::Result::Failed, sqlError());
    while (q.next())
        pending.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toString(), q.value(4).toString() });

    ChangeJournal journal(db);
    if (pending.isEmpty() && journal.unsentCount() == 0)
        return journal.lastError().isEmpty() ? true : failed(SyncReport::Result::Failed, journal.lastError());

    progress(0, 0, tr("Writing the outbox"));
    const QList<ChangeJournal::Change> changes = journal.prepareToSend();
    if (!journal.lastError().isEmpty())
        return failed(SyncReport::Result::Failed, journal.lastError());

    const QString outboxFolder = location.outboxFolder();
    const auto send = [&](const SyncOutbox::Batch &batch) {
        QString error;
        const QList<SyncOutbox::File> files = SyncOutbox::render(db, batch, &error);
        if (files.isEmpty())
            return failed(SyncReport::Result::Failed, error);
        if (http) {
            bool offline = false;
            if (!SyncOutbox::putToUrl(*http, location.outboxUrl(), batch, files, m_checkpoint, &error,
                                      &offline))
                return failed(cancelled()   ? SyncReport::Result::Cancelled
                                  : offline ? SyncReport::Result::Offline
                                            : SyncReport::Result::Failed,
                              error);
        } else if (!SyncOutbox::writeToFolder(outboxFolder, batch, files, m_checkpoint, &error)) {
            return failed(SyncReport::Result::Failed, error);
        }
        QStringList ids;
        ids.reserve(batch.changes.size());
        for (const ChangeJournal::Change &c : batch.changes)
            ids.append(c.changeId);
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        if (!journal.markSent(ids, sentAt))
            return failed(SyncReport::Result::Failed, journal.lastError());
        if (m_checkpoint)
            m_checkpoint(u"marked-sent"_s);
        q.prepare(u"UPDATE sync_batches SET sent_at = ?, central = ? WHERE batch_id = ?"_s);
        q.addBindValue(sentAt.toString(Qt::ISODate));
        q.addBindValue(location.location());
        q.addBindValue(batch.batchId);
        if (!q.exec())
            return failed(SyncReport::Result::Failed, sqlError());
        q.prepare(u"UPDATE sync_state SET pushed_at = ?, last_batch_id = ? WHERE id = 1"_s);
        q.addBindValue(sentAt.toString(Qt::ISODate));
        q.addBindValue(batch.batchId);
        if (!q.exec())
            return failed(SyncReport::Result::Failed, sqlError());
        report->pushed += batch.changes.size();
        report->batchIds.append(batch.batchId);
        return true;
    };

    // First what an earlier push recorded but did not finish: the same changes, the same
    // name, the same manifest, so what it wrote is replaced by identical bytes.
    qint64 covered = 0;
    for (const PendingBatch &p : std::as_const(pending)) {
        SyncOutbox::Batch batch { p.batchId, clientId, p.userId, p.createdAt, {} };
        for (const ChangeJournal::Change &c : changes) {
            if (c.seq >= p.firstSeq && c.seq <= p.lastSeq)
                batch.changes.append(c);
        }
        covered = qMax(covered, p.lastSeq);
        if (batch.changes.isEmpty()) {
            // Marked sent, then killed before the batch was: it is complete.
            q.prepare(u"UPDATE sync_batches SET sent_at = ? WHERE batch_id = ?"_s);
            q.addBindValue(now());
            q.addBindValue(p.batchId);
            if (!q.exec())
                return failed(SyncReport::Result::Failed, sqlError());
            continue;
        }
        if (!send(batch))
            return false;
        if (cancelled())
            return failed(SyncReport::Result::Cancelled, tr("Cancelled."));
    }

    SyncOutbox::Batch batch { {}, clientId, options.userId, now(), {} };
    for (const ChangeJournal::Change &c : changes) {
        if (c.seq > covered)
            batch.changes.append(c);
    }
    if (batch.changes.isEmpty())
        return true;
    batch.batchId = SyncOutbox::batchId(batch.changes.first().seq, batch.changes.last().seq);
    q.prepare(
        u"INSERT INTO sync_batches (batch_id, first_seq, last_seq, changes, user_id, created_at, central)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(batch.batchId);
    q.addBindValue(batch.changes.first().seq);
    q.addBindValue(batch.changes.last().seq);
    q.addBindValue(batch.changes.size());
    q.addBindValue(batch.userId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(batch.userId));
    q.addBindValue(batch.createdAt);
    q.addBindValue(location.location());
    if (!q.exec())
        return failed(SyncReport::Result::Failed, sqlError());
    if (m_checkpoint)
        m_checkpoint(u"batch-recorded"_s);
    return send(batch);
}

void SyncEngine::recordResult(const SyncReport &report)
{
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_state SET central = ?, last_sync_at = ?, last_result = ?, last_message = ?,"
              " offline = ? WHERE id = 1"_s);
    q.addBindValue(report.central);
    q.addBindValue(now());
    q.addBindValue(SyncReport::resultName(report.result));
    q.addBindValue(report.error.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(report.error));
    q.addBindValue(report.result == SyncReport::Result::Offline ? 1 : 0);
    q.exec();
}
