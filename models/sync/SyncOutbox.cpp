#include "SyncOutbox.h"

#include "HttpTransfer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxSubjectLength = 255; // Salesforce Task.Subject

// The kind as the CRM reads it: data for the CRM, so the same words whatever the
// language of the user who wrote the note (and the same bytes when a batch is rewritten).
QString kindWord(const QString &kind)
{
    if (kind == "call"_L1)
        return u"Call"_s;
    if (kind == "meeting"_L1)
        return u"Meeting"_s;
    if (kind == "email"_L1)
        return u"Email"_s;
    if (kind == "note"_L1 || kind.isEmpty())
        return u"Note"_s;
    return kind.left(1).toUpper() + kind.mid(1);
}

void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

QByteArray contentType(const QString &name)
{
    if (name.endsWith(".csv"_L1))
        return "text/csv; charset=utf-8";
    if (name.endsWith(".jsonl"_L1))
        return "application/x-ndjson";
    return "application/json";
}

} // namespace

QString SyncOutbox::batchId(qint64 firstSeq, qint64 lastSeq)
{
    return u"%1-%2"_s.arg(firstSeq, 12, 10, QChar(u'0')).arg(lastSeq, 12, 10, QChar(u'0'));
}

QByteArray SyncOutbox::changesJsonl(const QList<ChangeJournal::Change> &changes)
{
    QByteArray out;
    for (const ChangeJournal::Change &c : changes) {
        out += QJsonDocument(ChangeJournal::toJson(c)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QString SyncOutbox::csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty()
        && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@'
            || cell.front() == u'\t' || cell.front() == u'\r'))
        cell.prepend(u'\'');
    const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r') || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!quote)
        return cell;
    cell.replace(u"\""_s, u"\"\""_s);
    return u'"' + cell + u'"';
}

QByteArray SyncOutbox::taskCsv(const QSqlDatabase &db, const Batch &batch, qint64 *rows, QString *error)
{
    *rows = 0;
    const qint64 lastSeq = batch.changes.last().seq;
    QStringList created; // notes created in this batch, in order
    for (const ChangeJournal::Change &c : batch.changes) {
        if (c.entity == "note"_L1 && c.field == "created"_L1)
            created.append(c.entityId);
    }
    if (created.isEmpty())
        return {};
    const ChangeJournal journal(db);
    QString out = u"WhatId,Subject,Description,ActivityDate,Status\r\n"_s;
    for (const QString &noteId : std::as_const(created)) {
        const QList<ChangeJournal::Change> history = journal.history(noteId);
        if (!journal.lastError().isEmpty()) {
            *error = journal.lastError();
            return {};
        }
        QString accountId;
        QString kind;
        QString body;
        QString createdAt;
        bool deleted = false;
        for (const ChangeJournal::Change &c : history) {
            if (c.seq > lastSeq || c.entity != "note"_L1)
                break;
            const QString value = c.newValue.toString();
            if (c.field == "created"_L1) {
                const QJsonObject record = QJsonDocument::fromJson(value.toUtf8()).object();
                accountId = record.value("account_id"_L1).toString(c.accountId);
                kind = record.value("kind"_L1).toString();
                body = record.value("body"_L1).toString();
                createdAt = record.value("created_at"_L1).toString(c.at);
            } else if (c.field == "body"_L1) {
                body = value;
            } else if (c.field == "kind"_L1) {
                kind = value;
            } else if (c.field == "deleted"_L1) {
                deleted = value == "1"_L1;
            }
        }
        if (deleted || accountId.isEmpty())
            continue;
        const QString firstLine = body.section(u'\n', 0, 0).trimmed();
        QString subject = firstLine.isEmpty() ? kindWord(kind) : kindWord(kind) + u": "_s + firstLine;
        if (subject.size() > maxSubjectLength)
            subject = subject.left(maxSubjectLength - 1) + u'…';
        QDateTime at = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
        const QString day = at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
        out += csvCell(accountId) + u',' + csvCell(subject) + u',' + csvCell(body) + u',' + csvCell(day)
            + u',' + csvCell(u"Completed"_s) + u"\r\n"_s;
        ++*rows;
    }
    if (*rows == 0)
        return {};
    return out.toUtf8();
}

QList<SyncOutbox::File> SyncOutbox::render(const QSqlDatabase &db, const Batch &batch, QString *error)
{
    if (batch.changes.isEmpty()) {
        *error = tr("An outbox batch needs at least one change.");
        return {};
    }
    QList<File> files;
    files.append({ u"changes.jsonl"_s, changesJsonl(batch.changes), batch.changes.size() });
    qint64 taskRows = 0;
    const QByteArray tasks = taskCsv(db, batch, &taskRows, error);
    if (!error->isEmpty())
        return {};
    if (taskRows > 0)
        files.append({ u"Task.csv"_s, tasks, taskRows });

    QJsonArray list;
    for (const File &f : std::as_const(files)) {
        list.append(
            QJsonObject { { "name"_L1, f.name },
                          { "bytes"_L1, f.content.size() },
                          { "rows"_L1, f.rows },
                          { "sha256"_L1,
                            QString::fromLatin1(
                                QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()) } });
    }
    const QJsonObject manifest {
        { "format"_L1, u"pitwall-outbox"_s },
        { "format_version"_L1, 1 },
        { "batch_id"_L1, batch.batchId },
        { "client_id"_L1, batch.clientId },
        { "user_id"_L1, batch.userId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(batch.userId) },
        { "created_at"_L1, batch.createdAt },
        { "changes"_L1, batch.changes.size() },
        { "first_seq"_L1, batch.changes.first().seq },
        { "last_seq"_L1, batch.changes.last().seq },
        { "files"_L1, list }
    };
    files.append({ u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented), 0 });
    return files;
}

bool SyncOutbox::writeToFolder(const QString &folder, const Batch &batch, const QList<File> &files,
                               const Checkpoint &checkpoint, QString *error)
{
    const QDir clientDir(QDir(folder).filePath(batch.clientId));
    const QString path = clientDir.filePath(batch.batchId);
    if (!QDir().mkpath(path)) {
        *error = tr("Cannot create the outbox folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QDir dir(path);
    // Leftovers of an attempt killed halfway: temporary files, or a file this batch no
    // longer writes. The batch's own files are replaced below.
    QSet<QString> names;
    for (const File &f : files)
        names.insert(f.name);
    const QStringList present = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : present) {
        if (!names.contains(name))
            dir.remove(name);
    }
    for (const File &f : files) {
        QSaveFile out(dir.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly)) {
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
            return false;
        }
        const qsizetype half = f.content.size() / 2;
        bool written = out.write(f.content.constData(), half) == half;
        if (written && checkpoint) {
            out.flush();
            checkpoint(u"file-started:"_s + f.name);
        }
        written = written
            && out.write(f.content.constData() + half, f.content.size() - half) == f.content.size() - half;
        if (!written || !out.commit()) {
            *error
                = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
            return false;
        }
        syncFolder(path);
        if (checkpoint)
            checkpoint(u"file-written:"_s + f.name);
    }
    syncFolder(clientDir.path());
    if (checkpoint)
        checkpoint(u"files-written"_s);
    return true;
}

bool SyncOutbox::putToUrl(HttpTransfer &http, const QUrl &base, const Batch &batch, const QList<File> &files,
                          const Checkpoint &checkpoint, QString *error, bool *offline)
{
    *offline = false;
    for (const File &f : files) {
        QUrl url(base);
        url.setPath(base.path() + u'/' + batch.clientId + u'/' + batch.batchId + u'/' + f.name);
        const HttpTransfer::Result r = http.put(url, f.content, contentType(f.name));
        if (!r.ok) {
            *error = r.error;
            *offline = r.offline;
            return false;
        }
        if (checkpoint)
            checkpoint(u"file-written:"_s + f.name);
    }
    if (checkpoint)
        checkpoint(u"files-written"_s);
    return true;
}
