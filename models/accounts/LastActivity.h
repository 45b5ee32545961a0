#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// accounts.last_activity_at: when each account was last touched, the latest of its CRM
// activities (not archived) and of its local notes (not deleted), as ISO UTC text, NULL
// when never. Kept in the row so that the account list sorts by it through an index.
//
// Notes keep it current through triggers (schema v2), so LocalWork needs nothing. An
// import that added, changed or archived activities calls refresh() inside its
// transaction: a per-row trigger on activities would add seconds to a large import.
namespace LastActivity {

// The SQL expression computing the value for the account whose CRM id is `accountId`
// (an SQL expression, e.g. "a.id"); uses the (account_id, occurred_at) and
// (account_id, created_at) indexes, one probe each.
QString expression(const QString &accountId);

// Recomputes every account's value, writing only rows whose value changed. About a
// second for 100k accounts and a million activities.
bool refresh(const QSqlDatabase &db, QString *error = nullptr);
bool refresh(sqlite3 *db, QString *error = nullptr);
// The same for these accounts only (CRM ids): what an import that touched the activities
// of a few accounts needs. Falls back to refresh() when they are a large share.
bool refresh(sqlite3 *db, const QSet<QByteArray> &accountIds, QString *error = nullptr);

} // namespace LastActivity
