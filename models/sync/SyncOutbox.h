#pragma once

#include "work/ChangeJournal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class HttpTransfer;
class QUrl;

// One outbox batch: the journal's unsent changes from first_seq to last_seq, written to
// <outbox>/<client id>/<batch id>/ as
//
//   changes.jsonl  one change per line, ChangeJournal::toJson() as compact JSON (change_id,
//                  seq, entity, entity_id, account_id, field, old_value, new_value,
//                  base_version, author, at), in seq order; UTF-8, LF.
//   Task.csv       (only when the batch creates notes) a Salesforce Data Loader insert of
//                  Tasks: one row per note, call, meeting or email created in this batch and
//                  not deleted by its end, as the note stood at the batch's last change:
//                  WhatId (the account's CRM id), Subject ("Call: <first line>", the kind in
//                  English as CRM data, at most 255 characters), Description (the whole
//                  text), ActivityDate (the day it was written, local time, YYYY-MM-DD),
//                  Status ("Completed"). UTF-8 without BOM, RFC 4180 (CRLF, quotes
//                  doubled), and a cell starting with = + - @ or a tab/CR gets a leading '
//                  so no spreadsheet runs it as a formula. Later edits of a note already sent
//                  travel in changes.jsonl only (a second Task would duplicate it).
//   manifest.json  written last, so a batch without one is incomplete and is ignored by
//                  readers: {format "pitwall-outbox", format_version 1, batch_id, client_id,
//                  user_id, created_at, changes, first_seq, last_seq, files [{name, bytes,
//                  rows, sha256}]}.
//
// The batch id is the seq range, "<first>-<last>" zero-padded to 12 digits, so the same
// changes always make the same batch, byte for byte: a push killed halfway rewrites it and
// a change id never appears in two batches. Each file goes to a temporary name, is synced
// to disk and renamed into place.
class SyncOutbox
{
    Q_DECLARE_TR_FUNCTIONS(SyncOutbox)

public:
    struct Batch
    {
        QString batchId;
        QString clientId;
        QString userId;
        QString createdAt; // ISO UTC
        QList<ChangeJournal::Change> changes; // in seq order, not empty
    };

    struct File
    {
        QString name;
        QByteArray content;
        qint64 rows = 0;
    };

    // Called at named points of a push (tests kill the process there): "file-started:<name>"
    // (half of it written), "file-written:<name>", "files-written".
    using Checkpoint = std::function<void(const QString &point)>;

    static QString batchId(qint64 firstSeq, qint64 lastSeq);

    // The batch's files, manifest.json last; empty with `error` set on failure.
    static QList<File> render(const QSqlDatabase &db, const Batch &batch, QString *error);

    static QByteArray changesJsonl(const QList<ChangeJournal::Change> &changes);
    // One CSV cell, quoted when needed and formula-escaped.
    static QString csvCell(const QString &value);

    // Writes the files into `folder`/<client>/<batch>/, removing leftovers of an earlier
    // attempt there first. False with `error` naming the file on failure.
    static bool writeToFolder(const QString &folder, const Batch &batch, const QList<File> &files,
                              const Checkpoint &checkpoint, QString *error);
    // PUTs the files to `base`/<client>/<batch>/<name>, manifest.json last.
    static bool putToUrl(HttpTransfer &http, const QUrl &base, const Batch &batch, const QList<File> &files,
                         const Checkpoint &checkpoint, QString *error, bool *offline);

private:
    static QByteArray taskCsv(const QSqlDatabase &db, const Batch &batch, qint64 *rows, QString *error);
};
