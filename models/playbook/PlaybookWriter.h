#pragma once

#include "PlaybookStore.h"
#include "store/SqliteStatement.h"
#include "work/ChangeJournal.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

// Internal to models/playbook: the writes PlaybookStore and PlaybookRules share, in the
// caller's transaction. Statements are prepared once per writer, so the rules can start
// thousands of playbooks in one transaction without preparing each insert again.
class PlaybookWriter
{
public:
    explicit PlaybookWriter(const QSqlDatabase &db);

    // Inserts the playbook, its steps (due dates from `schedule`) and its "created"
    // journal row. `author` may be null (a rule: started_by NULL, journal author
    // "rule:<id>" is passed by the caller). False with *error on an SQL failure.
    bool insert(const QString &accountId, const PlaybookTemplate &tmpl, const PlaybookSchedule &schedule,
                const PlaybookStore::StartOptions &options, const QString &startedBy,
                const QString &journalAuthor, const QDateTime &now, QString *id, QString *error);

    // Appends a journal row, or, when `mayFold` and the newest row of the same record is
    // the same field by the same author, unsent, unsealed and recent, updates that row in
    // place (*appended false). LocalWork's rule.
    static bool journal(const QSqlDatabase &db, const QString &entity, const QString &entityId,
                        const QString &accountId, const QString &field, const QVariant &oldValue,
                        const QVariant &newValue, int baseVersion, const QString &author, const QDateTime &at,
                        bool mayFold, bool *appended, QString *error);

    static QString isoText(const QDateTime &at);
    static QDateTime parseInstant(const QVariant &v);
    static QVariant nullText(); // a NULL for a text column
    static QVariant textOrNull(const QString &s); // NULL for a null/empty string

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_instance;
    SqliteStatement m_step;
    std::optional<ChangeJournal::Appender> m_journal;
    bool m_prepared = false;
};
