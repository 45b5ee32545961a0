#pragma once

#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

class Database;

// Reads the change journal that LocalWork and HealthStore write (see LocalWork.h for
// what a row holds and when typing updates a row in place), appends its rows for both,
// and marks what sync has sent.
//
// For sync: a change id is sent exactly once and never changes after that. Sync calls
// prepareToSend(), which seals the unsent rows (LocalWork no longer folds new typing into
// a sealed row; it starts a new row instead) and returns them; it writes them to the
// outbox and then calls markSent() with their ids. If sending fails, the sealed rows stay
// unsent and unchanged, so sending them again is idempotent.
class ChangeJournal
{
    Q_DECLARE_TR_FUNCTIONS(ChangeJournal)

public:
    struct Change
    {
        qint64 seq = 0; // the order changes were made in
        QString changeId;
        QString entity; // note, task, sentiment
        QString entityId;
        QString accountId; // null when NULL
        QString field;
        QVariant oldValue; // a QString, or null for NULL
        QVariant newValue;
        QString baseVersion; // null when NULL
        QString author; // null when NULL
        QString at; // ISO UTC with milliseconds, as stored
        QString sentAt; // null until sent
    };

    // One new row, as append() writes it.
    struct Entry
    {
        QString entity; // note, task, sentiment, health_override
        QString entityId;
        QString accountId; // empty: NULL
        QString field;
        QVariant oldValue; // written as text; null: NULL
        QVariant newValue;
        int baseVersion = 0;
        QString author; // a null QString: NULL
        QDateTime at;
        // For a CRM field both sides may edit (SharedEdits): the CRM value the edit started
        // from, written as base_version instead of the number.
        std::optional<QString> baseValue = std::nullopt;
    };

    // The key in the `meta` table holding the highest sealed seq.
    static constexpr const char *sealedSeqKey = "journal_sealed_seq";

    explicit ChangeJournal(const QSqlDatabase &db);
    explicit ChangeJournal(Database &db);

    // Not yet sent, in seq order (at most `limit` when >= 0).
    QList<Change> unsent(int limit = -1) const;
    qint64 unsentCount() const;
    // Every change of one record (sent or not), in seq order.
    QList<Change> history(const QString &entityId) const;

    // Seals every unsent change and returns them in seq order; empty with lastError()
    // set on failure.
    QList<Change> prepareToSend();
    // Sets sent_at on these changes (only on those not sent yet: a change keeps the time
    // it was first sent), in one transaction. Unknown ids are ignored.
    bool markSent(const QStringList &changeIds, const QDateTime &at);

    // Appends `entry` as a new unsent row with a new change id, in the caller's
    // transaction (folding typing into the newest row is LocalWork's: it calls this when
    // a new row is due). False with `error` set to the database's message on failure.
    static bool append(const QSqlDatabase &db, const Entry &entry, QString *error);

    // append() with its statement prepared once, for callers that write many rows in one
    // transaction (the playbook rules start thousands of playbooks after a first import).
    class Appender
    {
    public:
        explicit Appender(const QSqlDatabase &db);
        bool append(const Entry &entry, QString *error);

    private:
        sqlite3 *m_handle = nullptr;
        SqliteStatement m_insert;
    };

    // The highest sealed seq (0 when nothing was sealed).
    qint64 sealedSeq() const;

    // {change_id, seq, entity, entity_id, account_id, field, old_value, new_value,
    //  base_version, author, at}; null for NULL.
    static QJsonObject toJson(const Change &change);
    static QJsonArray toJson(const QList<Change> &changes);

    QString lastError() const { return m_lastError; }

private:
    QList<Change> select(const QString &where, const QVariantList &binds, int limit) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};
