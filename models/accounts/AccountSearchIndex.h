#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// The trigram index `accounts_search` (schema v2) behind the account list's search.
// Renames follow through triggers; accounts added since the last catchUp() are not in
// it yet, and AccountFilter compares them row by row (correct, only slower), so an
// import calls catchUp() inside its transaction once it has written the accounts.
namespace AccountSearchIndex {

// SQL: the highest account pk the index holds (0 when empty); one index probe.
QString indexedUpTo();

// Adds every account above indexedUpTo() in one statement (about a second for a first
// import of 100k accounts; nothing to do costs a few microseconds).
bool catchUp(const QSqlDatabase &db, QString *error = nullptr);
bool catchUp(sqlite3 *db, QString *error = nullptr);

} // namespace AccountSearchIndex
