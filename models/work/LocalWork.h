#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

class Database;

// The CSM's own work on an account: notes, tasks and sentiment. Every call is one
// transaction that changes the record and appends to (or, while a field is still being
// typed and unsent, updates) the change journal, so what the CSM typed is on disk the
// moment the call returns. Records are never deleted, only marked deleted (journaled).
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
    };

    struct SentimentEntry
    {
        Sentiment level = Sentiment::None;
        QString comment;
        QString author;
        QDateTime updatedAt;
    };

    // `author` is written into every record and journal entry (Workspace::author()).
    LocalWork(const QSqlDatabase &db, const QString &author);
    LocalWork(Database &db, const QString &author);

    // All return false and set lastError() on failure (unknown account, SQL error...).
    bool accountExists(const QString &accountId) const;

    QString addNote(const QString &accountId, const QString &body, const QString &kind = QStringLiteral("note"));
    bool setNoteBody(const QString &noteId, const QString &body);
    bool deleteNote(const QString &noteId);
    Note note(const QString &noteId) const;
    QList<Note> notes(const QString &accountId) const; // newest first, not deleted

    QString addTask(const QString &accountId, const QString &title, const QDate &due = {},
                    const QString &ownerId = {});
    bool setTaskTitle(const QString &taskId, const QString &title);
    bool setTaskDue(const QString &taskId, const QDate &due);
    bool setTaskDone(const QString &taskId, bool done);
    bool deleteTask(const QString &taskId);
    Task task(const QString &taskId) const;
    QList<Task> tasks(const QString &accountId, bool includeDone = true) const;

    bool setSentiment(const QString &accountId, Sentiment level, const QString &comment);
    SentimentEntry sentiment(const QString &accountId) const;

    static QString sentimentKeyword(Sentiment level); // "red", "yellow", "green", ""
    static Sentiment sentimentFromKeyword(const QString &keyword);
    static QString sentimentLabel(Sentiment level); // translated

    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QString m_author;
    mutable QString m_lastError;
};
