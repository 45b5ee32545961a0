#include "HealthRecompute.h"

#include "HealthEngine.h"
#include "HealthStore.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <functional>
#include <optional>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Band = HealthScorecard::Band;

// Sets connection pragmas and puts the previous values back when it goes.
class PragmaScope
{
public:
    PragmaScope(sqlite3 *db, std::initializer_list<std::pair<const char *, const char *>> pragmas)
        : m_db(db)
    {
        for (const auto &[name, value] : pragmas) {
            SqliteStatement get(db, QByteArray("PRAGMA ") + name);
            if (!get.isValid() || get.step() != SQLITE_ROW)
                continue;
            m_previous.append({ QByteArray(name), get.columnText(0).toByteArray() });
            get.reset();
            set(name, value);
        }
    }
    ~PragmaScope()
    {
        for (const auto &[name, value] : std::as_const(m_previous))
            set(name, value);
    }
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

private:
    void set(const QByteArray &name, const QByteArray &value)
    {
        const QByteArray sql = "PRAGMA " + name + " = " + value;
        sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    }

    sqlite3 *m_db;
    QList<std::pair<QByteArray, QByteArray>> m_previous;
};

// Runs `head` (...), (...) `tail` over `rows` rows, `batch` rows to a statement; `bind`
// binds row i's `columns` values from parameter p on.
bool writeBatched(sqlite3 *db, const QByteArray &head, int columns, const QByteArray &tail, qsizetype rows,
                  const std::function<void(SqliteStatement &, qsizetype, int)> &bind, int batch = 100)
{
    QByteArray tuple = "(";
    for (int c = 0; c < columns; ++c)
        tuple += c ? ",?" : "?";
    tuple += ')';
    const auto sqlFor = [&](qsizetype n) {
        QByteArray sql = head;
        for (qsizetype r = 0; r < n; ++r) {
            if (r)
                sql += ',';
            sql += tuple;
        }
        sql += tail;
        return sql;
    };
    SqliteStatement full;
    for (qsizetype first = 0; first < rows; first += batch) {
        const qsizetype n = std::min<qsizetype>(batch, rows - first);
        SqliteStatement partial;
        SqliteStatement *st = &full;
        if (n == batch) {
            if (!full.isValid() && !full.prepare(db, sqlFor(n)))
                return false;
        } else {
            if (!partial.prepare(db, sqlFor(n)))
                return false;
            st = &partial;
        }
        for (qsizetype r = 0; r < n; ++r)
            bind(*st, first + r, int(r) * columns + 1);
        if (st->step() != SQLITE_DONE)
            return false;
        st->reset();
    }
    return true;
}

QByteArray bandBytes(Band band)
{
    static const QByteArray keywords[] = { "none", "red", "yellow", "green" };
    return keywords[int(band)];
}

struct Holding
{
    QByteArray band;
    std::optional<int> score;
};

} // namespace

HealthRecompute::HealthRecompute(Database &db, const HealthScorecard &card)
    : m_db(db)
    , m_card(card)
{ }

bool HealthRecompute::recomputeAll()
{
    return run(QString());
}

bool HealthRecompute::recomputeAccount(const QString &accountId)
{
    if (accountId.isEmpty()) {
        m_lastError = tr("No account given to recompute.");
        return false;
    }
    return run(accountId);
}

bool HealthRecompute::run(const QString &accountId)
{
    m_lastError.clear();
    m_report = {};
    QElapsedTimer total;
    total.start();
    if (!m_card.isValid()) {
        m_lastError = tr("The health scorecard is not valid.");
        return false;
    }
    sqlite3 *db = m_db.handle();
    if (!db) {
        m_lastError = tr("The cache is not open.");
        return false;
    }
    const bool one = !accountId.isEmpty();
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc().date();
    const QDateTime now = m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 asOfDay = HealthInputs::dayNumber(asOf);
    m_report.asOf = asOf;
    m_report.week = HealthStore::weekOf(asOf);

    // For the duration: dirty pages stay in memory rather than spilling to the WAL
    // mid-transaction (a recompute dirties ~40 MB per 100k accounts, more than the page
    // cache holds), and the file is read through a memory map rather than a copy per page.
    const PragmaScope pragmas(db, { { "cache_spill", "0" }, { "mmap_size", "4294967296" } });

    // Read inside the write transaction: the scores match the data they replace.
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_lastError = tr("The cache could not be written: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    const auto rollback = [this, db](const QString &message) {
        m_lastError = message;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    };
    const auto writeFailed = [&rollback, db]() {
        return rollback(tr("The cache could not be written: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };

    QElapsedTimer timer;
    timer.start();
    HealthInputReader reader(m_db);
    reader.setAsOf(asOf);
    QList<HealthInputReader::Account> accounts;
    const bool read = one ? reader.readAccount(m_card, accountId, &accounts) : reader.read(m_card, &accounts);
    if (!read)
        return rollback(reader.lastError());
    m_report.read = reader.timing();
    m_report.readMs = timer.restart();

    std::vector<HealthResult> results;
    results.reserve(size_t(accounts.size()));
    for (const HealthInputReader::Account &a : std::as_const(accounts))
        results.push_back(HealthEngine::score(a.inputs, m_card, asOfDay));
    m_report.scoreMs = timer.restart();

    // Overrides holding now: few; they decide what this week's snapshot shows.
    const QByteArray nowText = now.toString(Qt::ISODateWithMs).toLatin1();
    QHash<QByteArray, Holding> holding;
    {
        SqliteStatement st(db,
                           "SELECT account_id, band, score FROM health_overrides"
                           " WHERE cleared_at IS NULL AND expires_at > ? ORDER BY created_at, pk");
        if (!st.isValid())
            return writeFailed();
        st.bindText(1, nowText);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            holding.insert(st.columnText(0).toByteArray(), // the newest wins
                           { st.columnText(1).toByteArray(),
                             st.columnIsNull(2) ? std::nullopt : std::optional<int>(int(st.columnInt(2))) });
        }
        if (rc != SQLITE_DONE)
            return writeFailed();
    }

    const QByteArray idBytes = accountId.toUtf8();
    // The rows first, then written a hundred to a statement: per-statement costs (an
    // upsert's statement journal) would otherwise be paid 200k times.
    struct ScoreRow
    {
        QByteArray id;
        QByteArray band;
        QByteArray contributions;
        QByteArray topDrag;
        QByteArray rule;
        const HealthResult *result;
    };
    struct SnapshotRow
    {
        const QByteArray *id;
        std::optional<int> score;
        QByteArray band;
        bool overridden;
    };
    std::vector<ScoreRow> rows;
    rows.reserve(size_t(accounts.size()));
    std::vector<SnapshotRow> snapshots;
    snapshots.reserve(size_t(accounts.size()));
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const HealthResult &r = results[size_t(i)];
        rows.push_back({ accounts.at(i).key, bandBytes(r.band), HealthEngine::contributionsJson(r),
                         r.topDrag.toLatin1(), r.rule.toLatin1(), &r });
        ++m_report.accounts;
        switch (r.band) {
        case Band::Red:
            ++m_report.red;
            break;
        case Band::Yellow:
            ++m_report.yellow;
            break;
        case Band::Green:
            ++m_report.green;
            break;
        case Band::None:
            ++m_report.unscored;
            break;
        }
    }
    for (const ScoreRow &row : rows) {
        // This week's snapshot: the health shown, an override's when one holds.
        const HealthResult &r = *row.result;
        const auto held = holding.constFind(row.id);
        const bool overridden = held != holding.cend();
        if (!r.scored && !overridden)
            continue;
        if (overridden)
            ++m_report.overridden;
        std::optional<int> score;
        if (r.scored)
            score = r.score;
        if (overridden && held->score)
            score = held->score;
        snapshots.push_back({ &row.id, score, overridden ? held->band : row.band, overridden });
    }

    const QByteArray asOfText = asOf.toString(Qt::ISODate).toLatin1();
    const QByteArray weekText = m_report.week.toString(Qt::ISODate).toLatin1();
    const bool scoresWritten = writeBatched(
        db,
        "INSERT INTO health_scores (account_id, score, band, computed_score, as_of, computed_at,"
        " contributions, top_drag, rule) VALUES ",
        9,
        " ON CONFLICT (account_id) DO UPDATE SET score = excluded.score, band = excluded.band,"
        " computed_score = excluded.computed_score, as_of = excluded.as_of,"
        " computed_at = excluded.computed_at, contributions = excluded.contributions,"
        " top_drag = excluded.top_drag, rule = excluded.rule",
        qsizetype(rows.size()), [&](SqliteStatement &st, qsizetype i, int p) {
            const ScoreRow &row = rows[size_t(i)];
            st.bindText(p, row.id);
            if (row.result->scored) {
                st.bindInt(p + 1, row.result->score);
                st.bindInt(p + 3, row.result->computedScore);
            } else {
                st.bindNull(p + 1);
                st.bindNull(p + 3);
            }
            st.bindText(p + 2, row.band);
            st.bindText(p + 4, asOfText);
            st.bindText(p + 5, nowText);
            st.bindText(p + 6, row.contributions);
            if (row.topDrag.isEmpty())
                st.bindNull(p + 7);
            else
                st.bindText(p + 7, row.topDrag);
            if (row.rule.isEmpty())
                st.bindNull(p + 8);
            else
                st.bindText(p + 8, row.rule);
        });
    if (!scoresWritten)
        return writeFailed();
    const bool snapshotsWritten = writeBatched(
        db, "INSERT INTO health_history (account_id, week, score, band, overridden) VALUES ", 5,
        " ON CONFLICT (week, account_id) DO UPDATE"
        " SET score = excluded.score, band = excluded.band, overridden = excluded.overridden"
        " WHERE score IS NOT excluded.score OR band IS NOT excluded.band OR overridden IS NOT "
        "excluded.overridden",
        qsizetype(snapshots.size()), [&](SqliteStatement &st, qsizetype i, int p) {
            const SnapshotRow &row = snapshots[size_t(i)];
            st.bindText(p, *row.id);
            st.bindText(p + 1, weekText);
            if (row.score)
                st.bindInt(p + 2, *row.score);
            else
                st.bindNull(p + 2);
            st.bindText(p + 3, row.band);
            st.bindInt(p + 4, row.overridden ? 1 : 0);
        });
    if (!snapshotsWritten)
        return writeFailed();
    // Rows are overwritten in place (a delete and insert would touch every page twice);
    // scores of accounts no longer live go, looked for only when there are more rows than
    // live accounts.
    qint64 stored = 0;
    if (!one) {
        SqliteStatement count(db, "SELECT COUNT(*) FROM health_scores");
        if (!count.isValid() || count.step() != SQLITE_ROW)
            return writeFailed();
        stored = count.columnInt(0);
    }
    if (one ? accounts.isEmpty() : stored > qint64(rows.size())) {
        const QByteArray live = HealthInputReader::liveCondition(u"a"_s).toUtf8();
        SqliteStatement clear(
            db,
            "DELETE FROM health_scores WHERE " + QByteArray(one ? "account_id = ?1 AND " : "")
                + "NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = health_scores.account_id AND " + live
                + ")");
        if (!clear.isValid())
            return writeFailed();
        if (one)
            clear.bindText(1, idBytes);
        if (clear.step() != SQLITE_DONE)
            return writeFailed();
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return writeFailed();
    m_report.writeMs = timer.restart();
    m_report.totalMs = total.elapsed();
    return true;
}
