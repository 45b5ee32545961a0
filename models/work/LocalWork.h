#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class Database;
class QSqlQuery;

// The CSM's own work on an account: notes, tasks and sentiment. Every call is one
// transaction that changes the record and appends to (or, while a field is still being
// typed and unsent, updates) the change journal, so what the CSM typed is on disk the
// moment the call returns. Records are never deleted, only marked deleted (journaled).
//
// The change journal (table change_journal, read by ChangeJournal):
// - One row per change of one field: entity ("note", "task", "sentiment"), entity_id
//   (the record's id; for sentiment the account id), account_id, field ("body", "kind",
//   "title", "due_date", "done", "deleted", "level", "comment"; "created" for a new
//   record, whose new_value is the record as compact JSON), old_value, new_value (text,
//   NULL for no value; done/deleted are "0"/"1", dates YYYY-MM-DD), base_version (the
//   record's version the change applies to; 0 for "created"), author, at (ISO UTC with
//   milliseconds) and a change_id (UUID) that sync uses to send it exactly once.
// - Saved as typed: the GUI calls setNoteBody() (or any other setter) on every pause in
//   typing. Such calls do not flood the journal: when the newest journal row of the same
//   record is for the same field, by the same author, not sent, not sealed for sending
//   (ChangeJournal::prepareToSend), and was written less than five minutes ago, that row
//   is updated in place: its new_value and `at` take the new value, its old_value stays
//   the value before the typing session, and the record's version does not move (the
//   row is still the one change from base_version to base_version + 1). Any other
//   change to the record in between, or a pause of five minutes, starts a new row.
//   A sent row is never changed.
// - So a record's version is always the newest journal row's base_version + 1: each new
//   journal row bumps the version once (a call that changes two fields of the sentiment
//   writes two rows with the same base_version and bumps it once).
class LocalWork
{
    Q_DECLARE_TR_FUNCTIONS(LocalWork)

public:
    enum class Sentiment
    {
        None,
        Red,
        Yellow,
        Green
    };

    struct Note
    {
        QString id;
        QString accountId;
        QString kind; // note, call, meeting, email
        QString body;
        QString author;
        QDateTime createdAt;
        QDateTime updatedAt;
        bool deleted = false;
        int version = 0;
    };

    struct Task
    {
        QString id;
        QString accountId;
        QString title;
        QDate due;
        bool done = false;
        QDateTime doneAt;
        QString ownerId;
        QString author;
        QString source; // manual, qbr, playbook, rule
        QDateTime createdAt;
        QDateTime updatedAt;
        bool deleted = false;
        int version = 0;
    };

    struct SentimentEntry
    {
        Sentiment level = Sentiment::None;
        QString comment;
        QString author;
        QDateTime updatedAt;
        int version = 0;
    };

    // How long a row of the journal keeps absorbing edits of the same field.
    static constexpr qint64 coalesceWindowMs = 5 * 60 * 1000;

    // `author` is written into every record and journal entry (Workspace::author()).
    LocalWork(const QSqlDatabase &db, const QString &author);
    LocalWork(Database &db, const QString &author);

    QString author() const { return m_author; }

    // All return false (or an empty id / record) and set lastError() on failure
    // (unknown account or record, refused value, SQL error...).
    bool accountExists(const QString &accountId) const;

    // A note needs some text; `kind` is one of noteKinds().
    QString addNote(const QString &accountId, const QString &body,
                    const QString &kind = QStringLiteral("note"));
    bool setNoteBody(const QString &noteId, const QString &body);
    bool setNoteKind(const QString &noteId, const QString &kind);
    bool deleteNote(const QString &noteId);
    Note note(const QString &noteId) const; // also a deleted one (Note::deleted)
    QList<Note> notes(const QString &accountId) const; // newest first, not deleted

    // A task needs a title. Without `ownerId` the task is the author's when the author
    // is a user in the cache. `source` says what made it (manual, qbr, playbook, rule) and
    // `sourceId` which record of that (tasks.source_id; e.g. a QBR's "<account>/<quarter>").
    // Called inside a transaction of the caller's, it joins it (see WriteTransaction).
    QString addTask(const QString &accountId, const QString &title, const QDate &due = {},
                    const QString &ownerId = {}, const QString &source = QStringLiteral("manual"),
                    const QString &sourceId = {});
    bool setTaskTitle(const QString &taskId, const QString &title);
    bool setTaskDue(const QString &taskId, const QDate &due); // an invalid date clears it
    bool setTaskDone(const QString &taskId, bool done);
    bool deleteTask(const QString &taskId);
    Task task(const QString &taskId) const; // also a deleted one (Task::deleted)
    // Not deleted; open ones first by due date (undated last), then done ones, newest first.
    QList<Task> tasks(const QString &accountId, bool includeDone = true) const;

    // Red, yellow or green with an optional comment (None is refused).
    bool setSentiment(const QString &accountId, Sentiment level, const QString &comment);
    SentimentEntry sentiment(const QString &accountId) const; // level None when never set

    static QString sentimentKeyword(Sentiment level); // "red", "yellow", "green", ""
    static Sentiment sentimentFromKeyword(const QString &keyword);
    static QString sentimentLabel(Sentiment level); // translated

    static QStringList noteKinds(); // "note", "call", "meeting", "email"
    static QString noteKindLabel(const QString &kind); // translated

    QString lastError() const { return m_lastError; }

private:
    struct JournalEntry
    {
        QString entity;
        QString entityId;
        QString accountId;
        QString field;
        QVariant oldValue;
        QVariant newValue;
    };

    bool checkAccount(const QString &accountId) const;
    // Appends or coalesces one journal row; `*appended` tells a new row was written.
    bool journal(const JournalEntry &entry, int baseVersion, const QDateTime &at, bool *appended);
    // Changes one column of a note or task (not sentiment), journaled, in one transaction.
    bool setField(const QString &entity, const QString &id, const QString &column, const QVariant &value,
                  const QString &extraAssignments = {}, const QVariantList &extraBinds = {});
    bool fail(const QString &message) const;
    bool sqlFail(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_author;
    mutable QString m_lastError;
};
