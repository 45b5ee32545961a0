#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <sqlite3.h>

// BEGIN IMMEDIATE on a Qt connection: the write lock is taken up front, so a read that
// decides what to write cannot be overtaken by another connection; the destructor rolls
// back what was not committed.
//
// Begun while the connection is already inside a transaction (a caller's that groups
// several writes into one, e.g. QbrStore::markDelivered() adding tasks through
// LocalWork), it is a savepoint of that transaction instead: commit() releases it, the
// destructor rolls back to it what was not committed, and the outer transaction decides
// what is kept.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db)
        : m_db(db)
    { }
    ~WriteTransaction()
    {
        if (!m_open)
            return;
        if (m_nested) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO write_transaction"));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE write_transaction"));
        } else {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error)
    {
        m_nested = insideTransaction();
        QSqlQuery q(m_db);
        if (!q.exec(m_nested ? QStringLiteral("SAVEPOINT write_transaction")
                             : QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        m_open = true;
        return true;
    }

    bool commit(QString *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(m_nested ? QStringLiteral("RELEASE write_transaction") : QStringLiteral("COMMIT"))) {
            *error = q.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    bool insideTransaction() const
    {
        sqlite3 *handle = Database::handleOf(m_db);
        return handle && sqlite3_get_autocommit(handle) == 0;
    }

    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
};
