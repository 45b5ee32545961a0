#include "ChurnRisk.h"

#include "LogisticRegression.h"
#include "ModelEvaluation.h"
#include "account/CrmFormat.h"
#include "account/UsageSeries.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// What the model sees of an account on a day. Blank (NaN) values are imputed with the
// training mean; NPS and usage also get a 0/1 "no data" feature of their own, so a
// silent customer can be a driver.
enum Feature
{
    UsageTrend,
    LicenceUtilisation,
    ActivePerLicence,
    NoUsage,
    Cases90,
    HighPriorityCases90,
    NpsAverage,
    NpsResponses,
    NoNps,
    DaysSinceTouch,
    TenureYears,
    LogArr,
    NumericCount
};

const char *const numericKeys[NumericCount] = {
    "usage_trend",      "licence_utilisation", "active_users_per_licence",
    "no_usage",         "cases_90d",           "high_priority_cases",
    "nps_average",      "nps_responses",       "no_nps",
    "days_since_touch", "tenure_years",        "log_arr",
};

constexpr qint64 leadDays = 90; // features are read this long before an outcome
constexpr int outcomeYears = 3;
constexpr qint64 minPerClass = 10;
constexpr qint64 minOutcomes = 40;
const double missing = std::numeric_limits<double>::quiet_NaN();

static_assert(NumericCount == ChurnRisk::numericFeatureCount);

constexpr qint64 noDay = std::numeric_limits<qint64>::min();

// Which outcome (or live account) a feature row stands for, beside run()'s rows.
struct PointInfo
{
    QByteArray accountId;
    int label = -1; // 1 churned, 0 renewed, -1 to score
    qsizetype accountIndex = -1; // training: which account, for the split
};

qint64 dayOf(const QDate &date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

// Days since 1970-01-01 of a proleptic Gregorian date (days_from_civil), as QDate counts.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// "YYYY-MM-DD" as QDate::toString(Qt::ISODate) writes it, kept inline (three per feature
// row); years 1 to 9999 by hand (civil_from_days), any other through QDate.
struct IsoDay
{
    char text[10] = {};
    qsizetype size = 0;
    QByteArrayView view() const { return QByteArrayView(text, size); }
};

IsoDay isoOfDay(qint64 day)
{
    IsoDay iso;
    const qint64 z = day + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 1 || y > 9999) {
        // QDate writes no ISO date outside years 0 to 9999: an empty text.
        const QByteArray text = dateOfDay(day).toString(Qt::ISODate).toLatin1();
        iso.size = qMin<qsizetype>(text.size(), sizeof iso.text);
        std::copy_n(text.constData(), iso.size, iso.text);
        return iso;
    }
    char *out = iso.text;
    const auto put = [&out](qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = char('0' + value % 10);
        out += digits;
    };
    put(y, 4);
    *out++ = '-';
    put(m, 2);
    *out++ = '-';
    put(d, 2);
    iso.size = 10;
    return iso;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The day of a date or instant text: QDate::fromString(Qt::ISODate) of its first ten
// characters, noDay when that is no date. The plain case (ASCII digits and dashes of a
// real date, year 1 to 9999) is computed directly; anything else asks QDate.
qint64 dayOfText(QByteArrayView text)
{
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-' && isDigit(text[0]) && isDigit(text[1])
        && isDigit(text[2]) && isDigit(text[3]) && isDigit(text[5]) && isDigit(text[6]) && isDigit(text[8])
        && isDigit(text[9])) {
        const int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
        const int m = (text[5] - '0') * 10 + (text[6] - '0');
        const int d = (text[8] - '0') * 10 + (text[9] - '0');
        static constexpr int monthDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= monthDays[m - 1] + (m == 2 && leap ? 1 : 0))
            return daysFromCivil(y, m, d);
    }
    const QDate d
        = QDate::fromString(QString::fromLatin1(text.first(qMin<qsizetype>(10, text.size()))), Qt::ISODate);
    return d.isValid() ? dayOf(d) : noDay;
}

// lower(COALESCE(priority, '')) IN ('high', 'urgent', 'critical', 'p1', 'p2'): SQLite's
// own lower() folds ASCII letters only.
bool isHighPriority(QByteArrayView priority)
{
    static constexpr QByteArrayView words[] = { "high", "urgent", "critical", "p1", "p2" };
    return std::any_of(std::begin(words), std::end(words), [&](QByteArrayView word) {
        if (word.size() != priority.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char c = priority[i];
            if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != word[i])
                return false;
        }
        return true;
    });
}

QByteArray idList(const QList<int> &ids)
{
    QByteArray list;
    for (int id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    return list.isEmpty() ? QByteArray("-1") : list;
}

// The features of many rows at once. The rows are grouped by account (sorted by pk, then
// day), and each source table is read in one pass: accounts and usage in pk order, merged
// with the groups; cases, NPS, activities and notes through a hash of the account ids.
// Each source row is added to the windows of its account's rows that it falls in (an
// account has a few rows: its outcomes and today). Usage, the biggest table, is read on
// a second, read-only connection while this one reads the others.
//
// The definitions are those of the per-row queries this replaced (tst_churnrisk keeps
// them as its reference): the same filters; the same ISO text bounds, compared as SQLite compares
// text (bytes, then length); averages summed in the order SQLite's avg() adds the rows
// (metric, then day; NPS by rowid) and divided as it divides. So every value is the same
// to the bit, not just close.
class FeatureReader
{
public:
    FeatureReader(sqlite3 *db, std::vector<ChurnRisk::FeatureRow> &rows)
        : m_db(db)
        , m_rows(rows)
    { }

    // Empty on success, else what SQLite said.
    QString read();

private:
    // A row's day and its text bounds; fixed once the rows are sorted.
    struct Window
    {
        qint64 day = 0;
        IsoDay from90; // cases opened from this day ...
        IsoDay until; // ... and everything before the next day
        IsoDay from365; // NPS responses from this day
    };
    // What the usage rows add up to for a window.
    struct UsageSums
    {
        double recentSum = 0; // active users, the 28 days to the day
        double priorSum = 0; // active users, the 28 days before those
        double usedSum = 0; // licences used (or active users), the 28 days to the day
        qint64 recentCount = 0;
        qint64 priorCount = 0;
        qint64 usedCount = 0;
    };
    // What the other tables add up to for a window.
    struct Counts
    {
        qint64 cases = 0;
        qint64 highPriorityCases = 0;
        double npsSum = 0;
        qint64 npsCount = 0;
        bool hasActivity = false;
        bool hasNote = false;
        std::string lastActivity; // the greatest occurred_at before `until`
        std::string lastNote; // the greatest created_at before `until`
    };
    struct Account
    {
        qint64 pk = 0;
        qsizetype first = 0; // its windows: [first, end)
        qsizetype end = 0;
        double licenses = 0;
        double arr = 0;
        QByteArray segment;
        qint64 startDay = noDay;
    };

    void prepareWindows();
    QString readMetrics();
    QString readAccounts();
    QString readUsage(sqlite3 *db, std::vector<UsageSums> *sums) const;
    QString readCases();
    QString readNps();
    QString readLatest(const char *sql, bool activities);
    void finish(const std::vector<UsageSums> &usage);
    qsizetype accountOfId(QByteArrayView id);
    // Steps `st` (whose first column is an account id) to the end, calling
    // visit(window index) for every window of the row's account; rows of accounts
    // without windows are passed over. An error message, or empty.
    template<typename Visit> QString forEachWindowOfRow(SqliteStatement &st, Visit &&visit);

    sqlite3 *m_db;
    std::vector<ChurnRisk::FeatureRow> &m_rows;
    std::vector<Window> m_windows; // by account pk, then day
    std::vector<size_t> m_rowOfWindow;
    std::vector<Counts> m_counts; // per window
    std::vector<Account> m_accounts; // by pk
    QHash<QByteArray, qsizetype> m_accountOfId;
    QByteArray m_lastId; // the last id looked up, and its account: rows often come by account
    qsizetype m_lastAccount = -1;
    QList<int> m_activeIds;
    QList<int> m_usedIds;
    IsoDay m_minFrom90, m_minFrom365, m_maxUntil;
};

QString FeatureReader::read()
{
    prepareWindows();
    if (m_windows.empty())
        return {};
    QString error = readMetrics();
    if (error.isEmpty())
        error = readAccounts();
    if (!error.isEmpty())
        return error;

    // Usage on a second connection meanwhile, unless this one is inside a transaction
    // (the other would not see what it has not committed) or has no file.
    std::vector<UsageSums> usage(m_windows.size());
    QString usageError;
    std::thread worker;
    const auto joinWorker = qScopeGuard([&worker] {
        if (worker.joinable())
            worker.join();
    });
    const char *file = sqlite3_db_filename(m_db, "main"); // "" in memory
    const QByteArray path = file ? QByteArray(file) : QByteArray();
    if (sqlite3_get_autocommit(m_db) && !path.isEmpty()) {
        worker = std::thread([this, path, &usage, &usageError] {
            sqlite3 *reader = nullptr;
            if (sqlite3_open_v2(path.constData(), &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                nullptr)
                != SQLITE_OK) {
                usageError = QString::fromUtf8(sqlite3_errmsg(reader));
            } else {
                sqlite3_busy_timeout(reader, 10000);
                sqlite3_exec(reader, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
                usageError = readUsage(reader, &usage);
            }
            sqlite3_close(reader);
        });
    } else {
        error = readUsage(m_db, &usage);
    }

    m_counts.resize(m_windows.size());
    if (error.isEmpty())
        error = readCases();
    if (error.isEmpty())
        error = readNps();
    // "+occurred_at": read the covering index activities_live, not activities_recent.
    if (error.isEmpty())
        error = readLatest(
            "SELECT account_id, occurred_at FROM activities WHERE archived = 0 AND +occurred_at < ?1", true);
    if (error.isEmpty())
        error = readLatest("SELECT account_id, created_at FROM notes WHERE deleted = 0 AND created_at < ?1",
                           false);
    if (worker.joinable())
        worker.join();
    if (error.isEmpty())
        error = usageError;
    if (error.isEmpty())
        finish(usage);
    return error;
}

void FeatureReader::prepareWindows()
{
    struct Key
    {
        qint64 pk;
        qint64 day;
        size_t row;
    };
    std::vector<Key> keys;
    keys.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].day.isValid())
            keys.push_back({ m_rows[i].accountPk, dayOf(m_rows[i].day), i });
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.pk < b.pk || (a.pk == b.pk && (a.day < b.day || (a.day == b.day && a.row < b.row)));
    });
    m_windows.resize(keys.size());
    m_rowOfWindow.resize(keys.size());
    for (size_t w = 0; w < keys.size(); ++w) {
        Window &window = m_windows[w];
        m_rowOfWindow[w] = keys[w].row;
        window.day = keys[w].day;
        // Rows of one day share their bounds (every live account is read as of today).
        if (w > 0 && keys[w - 1].day == window.day) {
            window.from90 = m_windows[w - 1].from90;
            window.until = m_windows[w - 1].until;
            window.from365 = m_windows[w - 1].from365;
        } else {
            window.from90 = isoOfDay(window.day - 89);
            window.until = isoOfDay(window.day + 1);
            window.from365 = isoOfDay(window.day - 364);
        }
        if (w == 0 || window.from90.view().compare(m_minFrom90.view()) < 0)
            m_minFrom90 = window.from90;
        if (w == 0 || window.from365.view().compare(m_minFrom365.view()) < 0)
            m_minFrom365 = window.from365;
        if (w == 0 || window.until.view().compare(m_maxUntil.view()) > 0)
            m_maxUntil = window.until;
        if (w == 0 || keys[w].pk != m_accounts.back().pk) {
            if (!m_accounts.empty())
                m_accounts.back().end = qsizetype(w);
            Account account;
            account.pk = keys[w].pk;
            account.first = qsizetype(w);
            m_accounts.push_back(account);
        }
    }
    if (!m_accounts.empty())
        m_accounts.back().end = qsizetype(m_windows.size());
}

QString FeatureReader::readMetrics()
{
    SqliteStatement st(m_db, "SELECT id, name FROM metrics");
    if (!st.isValid())
        return st.errorMessage();
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        switch (UsageSeries::kindOf(QString::fromUtf8(st.columnText(1)))) {
        case UsageSeries::Kind::ActiveUsers:
            m_activeIds << int(st.columnInt(0));
            break;
        case UsageSeries::Kind::LicencesUsed:
            m_usedIds << int(st.columnInt(0));
            break;
        default:
            break;
        }
    }
    if (rc != SQLITE_DONE)
        return st.errorMessage();
    // No licences-used metric: utilisation is read from active users.
    if (m_usedIds.isEmpty())
        m_usedIds = m_activeIds;
    return {};
}

QString FeatureReader::readAccounts()
{
    SqliteStatement st(m_db,
                       "SELECT pk, id, licenses, arr, COALESCE(segment, ''), COALESCE(contract_start, ''),"
                       " COALESCE(created_at, '') FROM accounts WHERE pk BETWEEN ?1 AND ?2 ORDER BY pk");
    if (!st.isValid())
        return st.errorMessage();
    st.bindInt(1, m_accounts.front().pk);
    st.bindInt(2, m_accounts.back().pk);
    m_accountOfId.reserve(qsizetype(m_accounts.size()));
    size_t a = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 pk = st.columnInt(0);
        while (a < m_accounts.size() && m_accounts[a].pk < pk)
            ++a;
        if (a == m_accounts.size())
            break;
        if (m_accounts[a].pk != pk)
            continue;
        Account &account = m_accounts[a];
        m_accountOfId.insert(st.columnText(1).toByteArray(), qsizetype(a));
        account.licenses = st.columnIsNull(2) ? 0.0 : st.columnDouble(2);
        account.arr = st.columnIsNull(3) ? 0.0 : st.columnDouble(3);
        account.segment = st.columnText(4).toByteArray().toLower();
        account.startDay = dayOfText(st.columnText(6));
        if (account.startDay == noDay)
            account.startDay = dayOfText(st.columnText(5));
    }
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? QString() : st.errorMessage();
}

QString FeatureReader::readUsage(sqlite3 *db, std::vector<UsageSums> *sums) const
{
    QList<int> ids = m_activeIds;
    for (int id : m_usedIds) {
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return {};
    // In primary-key order: each account's rows by metric, then day, as avg() adds them.
    SqliteStatement st(db,
                       "SELECT account_pk, metric_id, day, value FROM usage WHERE metric_id IN ("
                           + idList(ids)
                           + ") AND day BETWEEN ?1 AND ?2 AND value IS NOT NULL"
                             " ORDER BY account_pk, metric_id, day");
    if (!st.isValid())
        return st.errorMessage();
    qint64 from = std::numeric_limits<qint64>::max(), to = std::numeric_limits<qint64>::min();
    for (const Window &w : m_windows) {
        from = std::min(from, w.day - 55);
        to = std::max(to, w.day);
    }
    st.bindInt(1, from);
    st.bindInt(2, to);
    size_t a = 0;
    int metric = -1;
    bool active = false, used = false;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 pk = st.columnInt(0);
        while (a < m_accounts.size() && m_accounts[a].pk < pk)
            ++a;
        if (a == m_accounts.size())
            break;
        if (m_accounts[a].pk != pk)
            continue;
        if (const int id = int(st.columnInt(1)); id != metric) {
            metric = id;
            active = m_activeIds.contains(id);
            used = m_usedIds.contains(id);
        }
        const double day = st.columnDouble(2);
        const double value = st.columnDouble(3);
        for (qsizetype i = m_accounts[a].first; i < m_accounts[a].end; ++i) {
            UsageSums &s = (*sums)[size_t(i)];
            const double age = double(m_windows[size_t(i)].day) - day;
            if (age >= 0 && age <= 27) { // day BETWEEN D - 27 AND D
                if (active) {
                    s.recentSum += value;
                    ++s.recentCount;
                }
                if (used) {
                    s.usedSum += value;
                    ++s.usedCount;
                }
            } else if (active && age >= 28 && age <= 55) { // day BETWEEN D - 55 AND D - 28
                s.priorSum += value;
                ++s.priorCount;
            }
        }
    }
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? QString() : st.errorMessage();
}

qsizetype FeatureReader::accountOfId(QByteArrayView id)
{
    if (m_lastAccount >= 0 && id == QByteArrayView(m_lastId))
        return m_lastAccount;
    const auto it = m_accountOfId.constFind(QByteArray::fromRawData(id.data(), id.size()));
    if (it == m_accountOfId.cend())
        return -1;
    m_lastId = it.key();
    m_lastAccount = it.value();
    return m_lastAccount;
}

template<typename Visit> QString FeatureReader::forEachWindowOfRow(SqliteStatement &st, Visit &&visit)
{
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qsizetype a = accountOfId(st.columnText(0));
        if (a < 0)
            continue;
        for (qsizetype i = m_accounts[size_t(a)].first; i < m_accounts[size_t(a)].end; ++i)
            visit(i);
    }
    return rc == SQLITE_DONE ? QString() : st.errorMessage();
}

QString FeatureReader::readCases()
{
    SqliteStatement st(m_db,
                       "SELECT account_id, opened_at, priority FROM cases WHERE archived = 0"
                       " AND opened_at >= ?1 AND opened_at < ?2");
    if (!st.isValid())
        return st.errorMessage();
    st.bindText(1, m_minFrom90.view());
    st.bindText(2, m_maxUntil.view());
    return forEachWindowOfRow(st, [this, &st](qsizetype i) {
        const QByteArrayView opened = st.columnText(1);
        const Window &w = m_windows[size_t(i)];
        if (opened.compare(w.from90.view()) >= 0 && opened.compare(w.until.view()) < 0) {
            Counts &c = m_counts[size_t(i)];
            ++c.cases;
            if (isHighPriority(st.columnText(2)))
                ++c.highPriorityCases;
        }
    });
}

QString FeatureReader::readNps()
{
    // In rowid order, as avg() adds an account's responses through nps_account.
    SqliteStatement st(m_db,
                       "SELECT account_id, responded_at, score FROM nps WHERE archived = 0"
                       " AND score IS NOT NULL AND responded_at >= ?1 AND responded_at < ?2 ORDER BY pk");
    if (!st.isValid())
        return st.errorMessage();
    st.bindText(1, m_minFrom365.view());
    st.bindText(2, m_maxUntil.view());
    return forEachWindowOfRow(st, [this, &st](qsizetype i) {
        const QByteArrayView responded = st.columnText(1);
        const Window &w = m_windows[size_t(i)];
        if (responded.compare(w.from365.view()) >= 0 && responded.compare(w.until.view()) < 0) {
            Counts &c = m_counts[size_t(i)];
            c.npsSum += st.columnDouble(2);
            ++c.npsCount;
        }
    });
}

QString FeatureReader::readLatest(const char *sql, bool activities)
{
    SqliteStatement st(m_db, sql);
    if (!st.isValid())
        return st.errorMessage();
    st.bindText(1, m_maxUntil.view());
    return forEachWindowOfRow(st, [this, &st, activities](qsizetype i) {
        const QByteArrayView at = st.columnText(1);
        Counts &c = m_counts[size_t(i)];
        bool &has = activities ? c.hasActivity : c.hasNote;
        std::string &latest = activities ? c.lastActivity : c.lastNote;
        if (at.compare(m_windows[size_t(i)].until.view()) < 0
            && (!has || at.compare(QByteArrayView(latest)) > 0)) {
            latest.assign(at.data(), size_t(at.size()));
            has = true;
        }
    });
}

void FeatureReader::finish(const std::vector<UsageSums> &usage)
{
    for (const Account &account : m_accounts) {
        for (qsizetype i = account.first; i < account.end; ++i) {
            const qint64 day = m_windows[size_t(i)].day;
            const UsageSums &u = usage[size_t(i)];
            const Counts &c = m_counts[size_t(i)];
            ChurnRisk::FeatureRow &row = m_rows[m_rowOfWindow[size_t(i)]];
            row.segment = account.segment;
            double *v = row.values.data();
            const bool hasRecent = u.recentCount > 0;
            const double recent = hasRecent ? u.recentSum / double(u.recentCount) : 0.0;
            const double prior = u.priorCount > 0 ? u.priorSum / double(u.priorCount) : missing;
            const double usedNow = u.usedCount > 0 ? u.usedSum / double(u.usedCount) : missing;
            const double licenses = account.licenses;
            v[UsageTrend]
                = hasRecent && prior > 0 ? qBound(-100.0, (recent - prior) / prior * 100.0, 300.0) : missing;
            v[LicenceUtilisation]
                = licenses > 0 && !std::isnan(usedNow) ? qMin(2.0, usedNow / licenses) : missing;
            v[ActivePerLicence] = licenses > 0 && hasRecent ? qMin(2.0, recent / licenses) : missing;
            v[NoUsage] = hasRecent ? 0.0 : 1.0;
            v[Cases90] = double(c.cases);
            v[HighPriorityCases90] = double(c.highPriorityCases);
            v[NpsAverage] = c.npsCount > 0 ? c.npsSum / double(c.npsCount) : missing;
            v[NpsResponses] = double(c.npsCount);
            v[NoNps] = c.npsCount > 0 ? 0.0 : 1.0;
            // The newest activity or note before the day's end; else since the account began.
            qint64 touched = std::max(c.hasActivity ? dayOfText(QByteArrayView(c.lastActivity)) : noDay,
                                      c.hasNote ? dayOfText(QByteArrayView(c.lastNote)) : noDay);
            if (touched == noDay)
                touched = account.startDay;
            v[DaysSinceTouch]
                = touched == noDay ? missing : double(qBound(qint64(0), day - touched, qint64(365)));
            v[TenureYears] = account.startDay == noDay
                ? missing
                : double(qMax<qint64>(0, day - account.startDay)) / 365.25;
            v[LogArr] = std::log1p(qMax(0.0, account.arr));
        }
    }
}

QString segmentLabel(const QString &segment)
{
    return segment.isEmpty() ? ChurnRisk::tr("none") : CrmFormat::codeLabel(segment);
}

} // namespace

QString ChurnRisk::Driver::label() const
{
    if (feature.startsWith("segment="_L1))
        return tr("Segment: %1").arg(segmentLabel(feature.mid(8)));
    static const QHash<QString, const char *> labels = {
        { u"usage_trend"_s, QT_TR_NOOP("Usage trend") },
        { u"licence_utilisation"_s, QT_TR_NOOP("Licence utilisation") },
        { u"active_users_per_licence"_s, QT_TR_NOOP("Active users per licence") },
        { u"no_usage"_s, QT_TR_NOOP("No usage data") },
        { u"cases_90d"_s, QT_TR_NOOP("Support cases in 90 days") },
        { u"high_priority_cases"_s, QT_TR_NOOP("High-priority cases in 90 days") },
        { u"nps_average"_s, QT_TR_NOOP("NPS average") },
        { u"nps_responses"_s, QT_TR_NOOP("NPS responses") },
        { u"no_nps"_s, QT_TR_NOOP("No NPS response in 12 months") },
        { u"days_since_touch"_s, QT_TR_NOOP("Days since last touch") },
        { u"tenure_years"_s, QT_TR_NOOP("Tenure") },
        { u"log_arr"_s, QT_TR_NOOP("ARR") },
    };
    const char *source = labels.value(feature);
    return source ? tr(source) : feature;
}

ChurnRisk::ChurnRisk(Database &db)
    : m_db(db)
{ }

QStringList ChurnRisk::numericFeatureKeys()
{
    QStringList keys;
    for (const char *key : numericKeys)
        keys << QString::fromLatin1(key);
    return keys;
}

bool ChurnRisk::readFeatures(std::vector<FeatureRow> *rows)
{
    m_lastError.clear();
    const QString error = FeatureReader(m_db.handle(), *rows).read();
    if (error.isEmpty())
        return true;
    m_lastError = tr("Could not read the churn model's features: %1").arg(error);
    return false;
}

QString ChurnRisk::statusKeyword(Status status)
{
    switch (status) {
    case Status::Trained:
        return u"trained"_s;
    case Status::TooFewOutcomes:
        return u"too_few_outcomes"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::NotTrained:
        break;
    }
    return u"not_trained"_s;
}

QList<ChurnRisk::Driver> ChurnRisk::driversFromJson(const QByteArray &json)
{
    QList<Driver> drivers;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        drivers.append({ o.value("feature"_L1).toString(), o.value("value"_L1).toDouble(),
                         o.value("contribution"_L1).toDouble() });
    }
    return drivers;
}

ChurnRisk::Model ChurnRisk::storedModel(Database &db)
{
    Model model;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT trained_at, as_of, status, outcomes, churned, auc, message FROM churn_model"_s)
        || !q.next())
        return model;
    model.trainedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    model.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const QString status = q.value(2).toString();
    model.status = status == "trained"_L1 ? Status::Trained
        : status == "too_few_outcomes"_L1 ? Status::TooFewOutcomes
                                          : Status::Failed;
    model.outcomes = q.value(3).toLongLong();
    model.churned = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        model.auc = q.value(5).toDouble();
    model.message = q.value(6).toString();
    // The stored message is the one of the language it was trained in; say it again in ours.
    if (model.status == Status::Trained && model.auc)
        model.message = tr("Trained on %n renewal outcome(s) (%1 churned); held-out ROC-AUC %2.", nullptr,
                           int(model.outcomes))
                            .arg(model.churned)
                            .arg(*model.auc, 0, 'f', 3);
    else if (model.status == Status::TooFewOutcomes)
        model.message
            = tr("Too few known outcomes to train a churn model: %1 renewed and %2 churned in the last "
                 "%3 years (at least %4 of each and %5 in all are needed).")
                  .arg(model.outcomes - model.churned)
                  .arg(model.churned)
                  .arg(outcomeYears)
                  .arg(minPerClass)
                  .arg(minOutcomes);
    return model;
}

std::optional<ChurnRisk::Score> ChurnRisk::storedScore(Database &db, const QString &accountId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT probability, drivers FROM churn_scores WHERE account_id = ?"_s);
    q.addBindValue(accountId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Score { accountId, q.value(0).toDouble(), driversFromJson(q.value(1).toByteArray()) };
}

bool ChurnRisk::run()
{
    m_report = {};
    m_model = {};
    m_lastError.clear();
    QElapsedTimer timer;
    timer.start();

    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    const qint64 today = dayOf(asOf);
    const QByteArray asOfIso = asOf.toString(Qt::ISODate).toLatin1();
    const QByteArray fromIso = asOf.addYears(-outcomeYears).toString(Qt::ISODate).toLatin1();
    sqlite3 *db = m_db.handle();
    const auto fail = [this](const QString &message) {
        m_lastError = message;
        return false;
    };

    // Outcomes: renewals closed in the window; churned accounts with no lost renewal
    // count as lost on their renewal date. Each is a feature row (and its PointInfo).
    std::vector<FeatureRow> points;
    std::vector<PointInfo> infos;
    QHash<qint64, qsizetype> accountIndex;
    const auto addPoint = [&](qint64 pk, QByteArrayView id, qint64 day, int label) {
        FeatureRow row;
        row.accountPk = pk;
        row.day = dateOfDay(day);
        points.push_back(std::move(row));
        PointInfo info;
        info.accountId = id.toByteArray();
        info.label = label;
        if (label >= 0) {
            auto it = accountIndex.constFind(pk);
            if (it == accountIndex.cend())
                it = accountIndex.insert(pk, accountIndex.size());
            info.accountIndex = it.value();
        }
        infos.push_back(std::move(info));
    };
    {
        SqliteStatement st(
            db,
            "SELECT a.pk, a.id, o.close_date, o.is_won FROM opportunities o JOIN accounts a ON a.id = "
            "o.account_id WHERE o.archived = 0 AND a.archived = 0 AND o.is_closed = 1"
            " AND lower(COALESCE(o.type, '')) LIKE '%renew%' AND o.close_date >= ? AND o.close_date <= ?"
            " ORDER BY a.pk, o.close_date");
        st.bindText(1, fromIso);
        st.bindText(2, asOfIso);
        while (st.step() == SQLITE_ROW) {
            const qint64 day = dayOfText(st.columnText(2));
            if (day != noDay)
                addPoint(st.columnInt(0), st.columnText(1), day - leadDays, st.columnInt(3) ? 0 : 1);
        }
        SqliteStatement churned(
            db,
            "SELECT a.pk, a.id, COALESCE(NULLIF(a.renewal_date, ''), substr(a.updated_at, 1, 10)) FROM "
            "accounts a"
            " WHERE a.archived = 0 AND (lower(COALESCE(a.lifecycle_stage, '')) = 'churned'"
            " OR lower(COALESCE(a.status, '')) = 'churned')"
            " AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.account_id = a.id AND o.archived = 0"
            " AND o.is_closed = 1 AND o.is_won = 0 AND lower(COALESCE(o.type, '')) LIKE '%renew%')");
        while (churned.step() == SQLITE_ROW) {
            const qint64 day = dayOfText(churned.columnText(2));
            if (day != noDay && day >= dayOf(asOf.addYears(-outcomeYears)) && day <= today)
                addPoint(churned.columnInt(0), churned.columnText(1), day - leadDays, 1);
        }
    }
    const qsizetype trainingCount = qsizetype(points.size());
    qint64 churnedCount = 0;
    for (const PointInfo &p : infos)
        churnedCount += p.label;
    m_model.outcomes = trainingCount;
    m_model.churned = churnedCount;
    m_report.outcomes = trainingCount;

    // Every live account, scored as of today.
    {
        SqliteStatement st(db,
                           "SELECT a.pk, a.id FROM accounts a WHERE a.archived = 0"
                           " AND lower(COALESCE(a.lifecycle_stage, '')) <> 'churned'"
                           " AND lower(COALESCE(a.status, '')) <> 'churned' ORDER BY a.pk");
        while (st.step() == SQLITE_ROW)
            addPoint(st.columnInt(0), st.columnText(1), today, -1);
    }

    // The features of every point: one pass over each source table.
    if (!readFeatures(&points))
        return false;
    m_report.readMs = timer.restart();

    const auto store = [&](Status status, const QString &message, std::optional<double> auc,
                           const QByteArray &model,
                           const std::vector<std::pair<qsizetype, QByteArray>> &scores,
                           const std::vector<double> &probabilities) {
        m_model.status = status;
        m_model.message = message;
        m_model.auc = auc;
        m_model.asOf = asOf;
        m_model.trainedAt = QDateTime::currentDateTimeUtc();
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(
                tr("Could not store the churn scores: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        bool ok = sqlite3_exec(db, "DELETE FROM churn_scores", nullptr, nullptr, nullptr) == SQLITE_OK;
        {
            SqliteStatement m(db,
                              "INSERT OR REPLACE INTO churn_model (id, trained_at, as_of, status, outcomes,"
                              " churned, auc, message, model) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)");
            const QByteArray trainedAt = m_model.trainedAt.toString(Qt::ISODateWithMs).toLatin1();
            const QByteArray keyword = statusKeyword(status).toLatin1();
            const QByteArray text = message.toUtf8();
            m.bindText(1, trainedAt);
            m.bindText(2, asOfIso);
            m.bindText(3, keyword);
            m.bindInt(4, m_model.outcomes);
            m.bindInt(5, m_model.churned);
            if (auc)
                m.bindDouble(6, *auc);
            else
                m.bindNull(6);
            m.bindText(7, text);
            m.bindText(8, model);
            ok = ok && m.step() == SQLITE_DONE;
        }
        if (ok && !scores.empty()) {
            SqliteStatement ins(db,
                                "INSERT INTO churn_scores (account_id, probability, drivers, computed_at)"
                                " VALUES (?, ?, ?, ?)");
            const QByteArray at = m_model.trainedAt.toString(Qt::ISODateWithMs).toLatin1();
            for (size_t i = 0; ok && i < scores.size(); ++i) {
                ins.bindText(1, infos[size_t(scores[i].first)].accountId);
                ins.bindDouble(2, probabilities[i]);
                ins.bindText(3, scores[i].second);
                ins.bindText(4, at);
                ok = ins.step() == SQLITE_DONE;
                ins.reset();
            }
            m_report.scored = ok ? qint64(scores.size()) : 0;
        }
        if (!ok) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(tr("Could not store the churn scores: %1").arg(error));
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(tr("Could not store the churn scores: %1").arg(error));
        }
        m_report.writeMs = timer.restart();
        return true;
    };

    if (churnedCount < minPerClass || trainingCount - churnedCount < minPerClass
        || trainingCount < minOutcomes) {
        const QString message
            = tr("Too few known outcomes to train a churn model: %1 renewed and %2 churned in the "
                 "last %3 years (at least %4 of each and %5 in all are needed).")
                  .arg(trainingCount - churnedCount)
                  .arg(churnedCount)
                  .arg(outcomeYears)
                  .arg(minPerClass)
                  .arg(minOutcomes);
        return store(Status::TooFewOutcomes, message, std::nullopt, {}, {}, {});
    }

    // Segment levels seen in training, most frequent first; each a 0/1 feature.
    QList<QByteArray> segments;
    {
        QHash<QByteArray, qsizetype> counts;
        for (qsizetype i = 0; i < trainingCount; ++i)
            ++counts[points[size_t(i)].segment];
        segments = counts.keys();
        std::sort(segments.begin(), segments.end(), [&](const QByteArray &a, const QByteArray &b) {
            return counts.value(a) > counts.value(b) || (counts.value(a) == counts.value(b) && a < b);
        });
        if (segments.size() > 12)
            segments.resize(12);
    }
    QStringList featureNames = numericFeatureKeys();
    for (const QByteArray &s : segments)
        featureNames << u"segment="_s + QString::fromUtf8(s);
    const qsizetype featureCount = featureNames.size();

    // Imputation means from the training rows.
    double means[NumericCount];
    for (int f = 0; f < NumericCount; ++f) {
        double sum = 0;
        qsizetype n = 0;
        for (qsizetype i = 0; i < trainingCount; ++i) {
            const double x = points[size_t(i)].values[f];
            if (!std::isnan(x)) {
                sum += x;
                ++n;
            }
        }
        means[f] = n ? sum / double(n) : 0.0;
    }
    const auto matrixOf = [&](qsizetype first, qsizetype count) {
        FeatureMatrix x(count, featureCount);
        for (qsizetype r = 0; r < count; ++r) {
            const FeatureRow &p = points[size_t(first + r)];
            for (int f = 0; f < NumericCount; ++f)
                x.at(r, f) = std::isnan(p.values[f]) ? means[f] : p.values[f];
            const qsizetype level = segments.indexOf(p.segment);
            if (level >= 0)
                x.at(r, NumericCount + level) = 1.0;
        }
        return x;
    };
    const FeatureMatrix all = matrixOf(0, trainingCount);
    std::vector<int> labels(static_cast<size_t>(trainingCount));
    for (qsizetype i = 0; i < trainingCount; ++i)
        labels[size_t(i)] = infos[size_t(i)].label;

    // Held out by account (an account's renewals never sit on both sides): a stratified
    // split of the accounts by whether they ever churned.
    std::vector<int> accountLabels(size_t(accountIndex.size()), 0);
    for (qsizetype i = 0; i < trainingCount; ++i)
        accountLabels[size_t(infos[size_t(i)].accountIndex)] |= infos[size_t(i)].label;
    const ModelEvaluation::Split split = ModelEvaluation::stratifiedSplit(accountLabels, 0.2, 42);
    std::vector<char> inTest(accountLabels.size(), 0);
    for (qsizetype a : split.test)
        inTest[size_t(a)] = 1;
    std::vector<qsizetype> trainRows, testRows;
    for (qsizetype i = 0; i < trainingCount; ++i)
        (inTest[size_t(infos[size_t(i)].accountIndex)] ? testRows : trainRows).push_back(i);
    const auto subset = [&](const std::vector<qsizetype> &rows, std::vector<int> *y) {
        FeatureMatrix x(qsizetype(rows.size()), featureCount);
        y->resize(rows.size());
        for (size_t r = 0; r < rows.size(); ++r) {
            std::copy_n(all.row(rows[r]).begin(), featureCount,
                        x.values.begin() + qsizetype(r) * featureCount);
            (*y)[r] = labels[size_t(rows[r])];
        }
        return x;
    };
    std::optional<double> auc;
    {
        std::vector<int> yTrain, yTest;
        const FeatureMatrix xTrain = subset(trainRows, &yTrain);
        const FeatureMatrix xTest = subset(testRows, &yTest);
        LogisticRegression heldOut;
        QString error;
        if (heldOut.fit(xTrain, yTrain, &error)) {
            const double a = ModelEvaluation::rocAuc(heldOut.predictProbabilities(xTest), yTest);
            if (!std::isnan(a))
                auc = a;
        }
    }

    LogisticRegression model;
    QString error;
    if (!model.fit(all, labels, &error))
        return store(Status::Failed, tr("The churn model could not be trained: %1").arg(error), std::nullopt,
                     {}, {}, {});
    m_report.trainMs = timer.restart();

    // Score every live account; its drivers are the features raising its risk most.
    const qsizetype scoreCount = qsizetype(points.size()) - trainingCount;
    const FeatureMatrix x = matrixOf(trainingCount, scoreCount);
    std::vector<double> probabilities = model.predictProbabilities(x);
    std::vector<std::pair<qsizetype, QByteArray>> scores;
    scores.reserve(size_t(scoreCount));
    for (qsizetype r = 0; r < scoreCount; ++r) {
        const std::vector<double> contributions = model.contributions(x.row(r));
        QJsonArray drivers;
        // A yes/no feature (no usage, no NPS, a segment) explains a risk only when it
        // holds: "No NPS response" is no reason for an account that answered.
        const FeatureRow &p = points[size_t(trainingCount + r)];
        const auto holds = [&](qsizetype f) {
            if (f >= NumericCount)
                return x.at(r, f) > 0.5;
            return (f != NoUsage && f != NoNps) || p.values[f] > 0.5;
        };
        std::vector<qsizetype> order;
        for (qsizetype f = 0; f < featureCount; ++f) {
            if (contributions[size_t(f)] > 0 && holds(f))
                order.push_back(f);
        }
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return contributions[size_t(a)] > contributions[size_t(b)];
        });
        if (order.size() > 3)
            order.resize(3);
        for (qsizetype f : order) {
            const double raw = f < NumericCount ? p.values[f] : 1.0;
            drivers.append(QJsonObject { { "feature"_L1, featureNames.at(f) },
                                         { "value"_L1, std::isnan(raw) ? QJsonValue() : QJsonValue(raw) },
                                         { "contribution"_L1, contributions[size_t(f)] } });
        }
        scores.emplace_back(trainingCount + r, QJsonDocument(drivers).toJson(QJsonDocument::Compact));
    }

    QJsonArray weights;
    for (qsizetype f = 0; f < featureCount; ++f)
        weights.append(QJsonObject { { "feature"_L1, featureNames.at(f) },
                                     { "weight"_L1, model.coefficients()[size_t(f)] },
                                     { "mean"_L1, model.means()[size_t(f)] },
                                     { "scale"_L1, model.scales()[size_t(f)] } });
    const QByteArray modelJson = QJsonDocument(QJsonObject { { "intercept"_L1, model.intercept() },
                                                             { "lead_days"_L1, leadDays },
                                                             { "features"_L1, weights } })
                                     .toJson(QJsonDocument::Compact);
    const QString message = auc
        ? tr("Trained on %n renewal outcome(s) (%1 churned); held-out ROC-AUC %2.", nullptr,
             int(trainingCount))
              .arg(churnedCount)
              .arg(*auc, 0, 'f', 3)
        : tr("Trained on %n renewal outcome(s) (%1 churned).", nullptr, int(trainingCount)).arg(churnedCount);
    return store(Status::Trained, message, auc, modelJson, scores, probabilities);
}
