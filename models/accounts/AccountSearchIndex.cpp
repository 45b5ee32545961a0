#include "AccountSearchIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QString catchUpSql()
{
    return u"INSERT INTO accounts_search (rowid, name, id) SELECT pk, name, id FROM accounts WHERE pk > "_s
        + AccountSearchIndex::indexedUpTo() + u" ORDER BY pk"_s;
}

} // namespace

QString AccountSearchIndex::indexedUpTo()
{
    // FTS5 serves "ORDER BY rowid DESC LIMIT 1" from the end of its index; max(rowid)
    // would read all of it.
    return u"COALESCE((SELECT rowid FROM accounts_search ORDER BY rowid DESC LIMIT 1), 0)"_s;
}

bool AccountSearchIndex::catchUp(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(catchUpSql())) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool AccountSearchIndex::catchUp(sqlite3 *db, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, catchUpSql().toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}
