#include "LastActivity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QString refreshSql()
{
    return u"UPDATE accounts SET last_activity_at = l.at FROM (SELECT s.pk AS pk, "_s
        + LastActivity::expression(u"s.id"_s)
        + u" AS at FROM accounts s) AS l WHERE accounts.pk = l.pk AND accounts.last_activity_at IS NOT l.at"_s;
}

} // namespace

QString LastActivity::expression(const QString &accountId)
{
    // "ORDER BY ... DESC LIMIT 1" walks the index from the newest entry and stops at the
    // first live one; max() would read every row of the account to check the flag.
    return u"NULLIF(max(COALESCE((SELECT x.occurred_at FROM activities x WHERE x.account_id = "_s + accountId
        + u" AND x.archived = 0 ORDER BY x.occurred_at DESC LIMIT 1), ''),"
          " COALESCE((SELECT n.created_at FROM notes n WHERE n.account_id = "_s
        + accountId + u" AND n.deleted = 0 ORDER BY n.created_at DESC LIMIT 1), '')), '')"_s;
}

bool LastActivity::refresh(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(refreshSql())) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool LastActivity::refresh(sqlite3 *db, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, refreshSql().toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool LastActivity::refresh(sqlite3 *db, const QSet<QByteArray> &accountIds, QString *error)
{
    if (accountIds.isEmpty())
        return true;
    // Beyond a few thousand accounts one pass over all of them is as quick.
    if (accountIds.size() > 5000)
        return refresh(db, error);
    const QByteArray sql = (u"UPDATE accounts SET last_activity_at = "_s + expression(u"accounts.id"_s)
                            + u" WHERE id = ?1 AND last_activity_at IS NOT "_s + expression(u"accounts.id"_s))
                               .toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    bool ok = true;
    for (const QByteArray &id : accountIds) {
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            ok = false;
            break;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}
