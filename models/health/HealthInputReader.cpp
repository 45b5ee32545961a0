#include "HealthInputReader.h"

#include "HealthScorecard.h"
#include "account/UsageSeries.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <algorithm>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int trendDays = 28; // four weeks against the four before
constexpr int supportDays = 90;
constexpr int npsDays = 365;

int digits(QByteArrayView text, int from, int length)
{
    int n = 0;
    for (int i = from; i < from + length; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// "YYYY-MM-DD..." -> days since 1970-01-01; noDay when it is not a date. Plain
// arithmetic (days_from_civil): this runs for every case and survey row.
qint64 dayOfIso(QByteArrayView text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return HealthValue::noDay;
    const int y = digits(text, 0, 4);
    const int m = digits(text, 5, 2);
    const int d = digits(text, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1)
        return HealthValue::noDay;
    static constexpr int monthDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return HealthValue::noDay;
    const int yy = y - (m <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// "YYYY-MM-DDThh:mm:ss..." as the number YYYYMMDDhhmmss, for ordering instants; a bare
// date counts as its midnight.
qint64 instantKey(QByteArrayView text)
{
    qint64 key = 0;
    int taken = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            key = key * 10 + (c - '0');
            if (++taken == 14)
                break;
        } else if (c == '.' || c == 'Z' || c == '+') {
            break;
        }
    }
    for (; taken < 14; ++taken)
        key *= 10;
    return key;
}

// ASCII case-insensitive comparisons of column text.
bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool equalsNoCase(QByteArrayView text, QByteArrayView word)
{
    return text.size() == word.size() && startsWithNoCase(text, word);
}

QByteArray isoOfDay(qint64 day)
{
    return HealthInputs::dateOfDay(day).toString(Qt::ISODate).toLatin1();
}

// One usage metric of one account, over the rows read.
struct MetricStats
{
    int rows = 0;
    qint64 latestDay = HealthValue::noDay;
    double latest = 0; // mean over (L-7, L]
    bool hasTrend = false;
    double trend = 0; // % change of the mean over (L-28, L] against (L-56, L-28]

    bool present() const { return rows > 0; }
    // The better of two metrics of one kind: more data, then newer.
    bool betterThan(const MetricStats &o) const
    {
        return rows > o.rows || (rows == o.rows && latestDay > o.latestDay);
    }
};

struct UsageRow
{
    int metricId;
    qint64 day;
    double value;
};

// `rows` all of one metric, sorted by day; the trend's four-week windows end on the
// as-of day.
MetricStats statsOf(const UsageRow *rows, qsizetype n, qint64 asOfDay)
{
    MetricStats s;
    s.rows = int(n);
    s.latestDay = rows[n - 1].day;
    const qint64 L = s.latestDay;
    double latestSum = 0, recentSum = 0, priorSum = 0;
    int latestN = 0, recentN = 0, priorN = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = rows[i].value;
        if (L - rows[i].day < 7) {
            latestSum += v;
            ++latestN;
        }
        const qint64 age = asOfDay - rows[i].day;
        if (age < trendDays) {
            recentSum += v;
            ++recentN;
        } else if (age < 2 * trendDays) {
            priorSum += v;
            ++priorN;
        }
    }
    s.latest = latestSum / latestN;
    if (recentN > 0 && priorN > 0 && priorSum > 0) {
        s.hasTrend = true;
        s.trend = ((recentSum / recentN) / (priorSum / priorN) - 1.0) * 100.0;
    }
    return s;
}

// One account's usage, per kind of metric (the best metric of each kind: most rows).
struct AccountUsage
{
    qint64 pk = 0;
    MetricStats used;
    MetricStats purchased;
    MetricStats active;
    QList<std::pair<int, MetricStats>> named; // metric id, for metric:NAME inputs
};

struct UsagePlan
{
    QList<int> usedIds, purchasedIds, activeIds;
    QHash<int, QStringList> namedIds; // metric id -> the scorecard names it answers
    QList<int> ids; // every metric to read
    qint64 fromDay = 0;
    qint64 toDay = 0;
    QByteArray live; // the live-accounts condition on alias a
    QByteArray accountId; // one account, or empty for all
};

// Reads the plan's usage rows and folds them per account, in pk order. Accounts drive
// the join (CROSS JOIN keeps them outside), so each account's rows are one range seek on
// the usage primary key.
bool readUsage(sqlite3 *db, const UsagePlan &plan, std::vector<AccountUsage> *out, QString *error)
{
    out->clear();
    if (plan.ids.isEmpty())
        return true;
    QByteArray idList;
    for (const int id : plan.ids)
        idList += (idList.isEmpty() ? "" : ",") + QByteArray::number(id);
    const bool one = !plan.accountId.isEmpty();
    SqliteStatement st(db,
                       "SELECT a.pk, u.metric_id, u.day, u.value FROM accounts a CROSS JOIN usage u"
                       " WHERE u.account_pk = a.pk AND u.metric_id IN ("
                           + idList + ") AND u.day BETWEEN ? AND ? AND u.value IS NOT NULL AND " + plan.live
                           + (one ? " AND a.id = ?" : ""));
    if (!st.isValid()) {
        *error = st.errorMessage();
        return false;
    }
    st.bindInt(1, plan.fromDay);
    st.bindInt(2, plan.toDay);
    if (one)
        st.bindText(3, plan.accountId);

    std::vector<UsageRow> buffer;
    const auto flush = [&](qint64 pk) {
        if (buffer.empty())
            return;
        // Already in (metric, day) order from the primary key; sorting is a safeguard.
        if (!std::is_sorted(buffer.begin(), buffer.end(), [](const UsageRow &x, const UsageRow &y) {
                return x.metricId < y.metricId || (x.metricId == y.metricId && x.day < y.day);
            }))
            std::sort(buffer.begin(), buffer.end(), [](const UsageRow &x, const UsageRow &y) {
                return x.metricId < y.metricId || (x.metricId == y.metricId && x.day < y.day);
            });
        AccountUsage u;
        u.pk = pk;
        for (size_t i = 0; i < buffer.size();) {
            size_t j = i;
            while (j < buffer.size() && buffer[j].metricId == buffer[i].metricId)
                ++j;
            const int metricId = buffer[i].metricId;
            const MetricStats s = statsOf(&buffer[i], qsizetype(j - i), plan.toDay);
            if (plan.usedIds.contains(metricId) && s.betterThan(u.used))
                u.used = s;
            if (plan.purchasedIds.contains(metricId) && s.betterThan(u.purchased))
                u.purchased = s;
            if (plan.activeIds.contains(metricId) && s.betterThan(u.active))
                u.active = s;
            if (plan.namedIds.contains(metricId))
                u.named.append({ metricId, s });
            i = j;
        }
        out->push_back(std::move(u));
        buffer.clear();
    };
    qint64 currentPk = std::numeric_limits<qint64>::min();
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 pk = st.columnInt(0);
        if (pk != currentPk) {
            flush(currentPk);
            currentPk = pk;
        }
        buffer.push_back({ int(st.columnInt(1)), st.columnInt(2), st.columnDouble(3) });
    }
    if (rc != SQLITE_DONE) {
        *error = st.errorMessage();
        return false;
    }
    flush(currentPk);
    return true;
}

} // namespace

HealthInputReader::HealthInputReader(Database &db)
    : m_db(db)
{ }

QDate HealthInputReader::asOf() const
{
    return m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc().date();
}

QString HealthInputReader::liveCondition(const QString &alias)
{
    return u"%1.archived = 0 AND lower(trim(COALESCE(%1.lifecycle_stage, ''))) <> 'churned'"_s.arg(alias);
}

bool HealthInputReader::read(const HealthScorecard &card, QList<Account> *accounts)
{
    return run(card, QString(), accounts);
}

bool HealthInputReader::readAccount(const HealthScorecard &card, const QString &accountId,
                                    QList<Account> *accounts)
{
    if (accountId.isEmpty()) {
        accounts->clear();
        m_lastError.clear();
        return true;
    }
    return run(card, accountId, accounts);
}

bool HealthInputReader::run(const HealthScorecard &card, const QString &accountId, QList<Account> *accounts)
{
    m_lastError.clear();
    m_timing = {};
    accounts->clear();
    sqlite3 *db = m_db.handle();
    if (!db || !card.isValid()) {
        m_lastError = db ? tr("The health scorecard is not valid.") : tr("The cache is not open.");
        return false;
    }
    const auto fail = [this](const SqliteStatement &st) {
        m_lastError = tr("Could not read the health inputs: %1").arg(st.errorMessage());
        return false;
    };

    const qint64 asOfDay = HealthInputs::dayNumber(asOf());
    const QByteArray asOfText = isoOfDay(asOfDay);
    const QByteArray nextText = isoOfDay(asOfDay + 1); // instants of the day sort below it
    const QByteArray idBytes = accountId.toUtf8();
    const bool one = !accountId.isEmpty();
    const QByteArray live = liveCondition(u"a"_s).toUtf8();

    bool needUsage = false, needCases = false, needNps = false, needSentiment = false;
    bool needActivity = false, needRenewal = false;
    QStringList namedMetrics;
    const QList<HealthInputKey> keys = card.inputs();
    for (const HealthInputKey &k : keys) {
        switch (k.kind) {
        case HealthInput::LicenceUtilisation:
        case HealthInput::ActiveUsersPerLicence:
        case HealthInput::UsageTrend:
            needUsage = true;
            break;
        case HealthInput::UsageMetric:
            needUsage = true;
            namedMetrics.append(k.metric);
            break;
        case HealthInput::OpenCases:
        case HealthInput::HighPriorityCases:
        case HealthInput::CasesLast90Days:
            needCases = true;
            break;
        case HealthInput::NpsAverage:
        case HealthInput::NpsLatest:
            needNps = true;
            break;
        case HealthInput::DaysSinceActivity:
            needActivity = true;
            break;
        case HealthInput::CsmSentiment:
            needSentiment = true;
            break;
        case HealthInput::DaysToRenewal:
            needRenewal = true;
            break;
        }
    }
    const auto wants = [&keys](HealthInput kind) {
        return std::any_of(keys.cbegin(), keys.cend(),
                           [kind](const HealthInputKey &k) { return k.kind == kind; });
    };

    QElapsedTimer timer;
    timer.start();

    // Usage, the biggest read, runs on a second (read-only) connection while this one
    // reads the rest. Both see the same data when the caller holds the write transaction
    // (HealthRecompute does: nothing else can commit meanwhile).
    UsagePlan usagePlan;
    std::vector<AccountUsage> parallelUsage;
    QString usageError;
    qint64 usageMs = 0;
    std::thread worker;
    const auto joinWorker = qScopeGuard([&worker] {
        if (worker.joinable())
            worker.join();
    });
    if (needUsage) {
        {
            SqliteStatement st(db, "SELECT id, name FROM metrics");
            if (!st.isValid())
                return fail(st);
            int rc;
            while ((rc = st.step()) == SQLITE_ROW) {
                const int id = int(st.columnInt(0));
                const QString name = QString::fromUtf8(st.columnText(1));
                switch (UsageSeries::kindOf(name)) {
                case UsageSeries::Kind::LicencesUsed:
                    usagePlan.usedIds.append(id);
                    break;
                case UsageSeries::Kind::LicencesPurchased:
                    usagePlan.purchasedIds.append(id);
                    break;
                case UsageSeries::Kind::ActiveUsers:
                    usagePlan.activeIds.append(id);
                    break;
                case UsageSeries::Kind::Other:
                    break;
                }
                for (const QString &wanted : std::as_const(namedMetrics)) {
                    if (name.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                        usagePlan.namedIds[id].append(wanted);
                }
            }
            if (rc != SQLITE_DONE)
                return fail(st);
        }
        if (wants(HealthInput::LicenceUtilisation) || wants(HealthInput::ActiveUsersPerLicence)
            || wants(HealthInput::UsageTrend))
            usagePlan.ids = usagePlan.usedIds + usagePlan.purchasedIds + usagePlan.activeIds;
        for (auto it = usagePlan.namedIds.cbegin(); it != usagePlan.namedIds.cend(); ++it) {
            if (!usagePlan.ids.contains(it.key()))
                usagePlan.ids.append(it.key());
        }
        bool unbounded = false;
        const int window = card.usageWindowDays(&unbounded);
        // The latest value must lie within the window (older is stale: reported as missing,
        // as it is not read) and the trend needs eight weeks.
        usagePlan.fromDay
            = unbounded ? std::numeric_limits<qint32>::min() : asOfDay - std::max(window, 2 * trendDays) + 1;
        usagePlan.toDay = asOfDay;
        usagePlan.live = live;
        usagePlan.accountId = idBytes;
        const QByteArray path = QFile::encodeName(m_db.path());
        if (!one && !usagePlan.ids.isEmpty() && !path.isEmpty()) {
            worker = std::thread([&usagePlan, &parallelUsage, &usageError, &usageMs, path] {
                QElapsedTimer clock;
                clock.start();
                sqlite3 *reader = nullptr;
                if (sqlite3_open_v2(path.constData(), &reader, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                    nullptr)
                    != SQLITE_OK) {
                    usageError = QString::fromUtf8(sqlite3_errmsg(reader));
                } else {
                    sqlite3_busy_timeout(reader, 10000);
                    sqlite3_exec(reader, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
                    readUsage(reader, usagePlan, &parallelUsage, &usageError);
                }
                sqlite3_close(reader);
                usageMs = clock.elapsed();
            });
        }
    }

    // Accounts, in pk order; what the row itself knows.
    std::vector<qint64> licences; // accounts.licenses, 0 when none
    QHash<QByteArray, qsizetype> indexOfId;
    if (!one) {
        SqliteStatement count(db, "SELECT COUNT(*) FROM accounts");
        if (count.isValid() && count.step() == SQLITE_ROW) {
            accounts->reserve(count.columnInt(0));
            indexOfId.reserve(count.columnInt(0));
            licences.reserve(size_t(count.columnInt(0)));
        }
    }
    {
        // As of a past day (the history a new cache is given), the last touch is the
        // newest activity or note up to that day, and accounts created later are left out.
        const bool past = asOfDay < dayOfIso(QDate::currentDate().toString(Qt::ISODate).toLatin1());
        const QByteArray until = QDate(1970, 1, 1).addDays(asOfDay + 1).toString(Qt::ISODate).toLatin1();
        const QByteArray touchedSql = past
            ? QByteArray(
                "CASE WHEN a.last_activity_at < ?1 THEN a.last_activity_at ELSE MAX(COALESCE((SELECT "
                "x.occurred_at FROM activities x WHERE x.account_id = a.id"
                " AND x.archived = 0 AND x.occurred_at < ?1 ORDER BY x.occurred_at DESC LIMIT 1), ''),"
                " COALESCE((SELECT n.created_at FROM notes n WHERE n.account_id = a.id AND n.deleted = 0"
                " AND n.created_at < ?1 ORDER BY n.created_at DESC LIMIT 1), '')) END")
            : QByteArray("a.last_activity_at");
        SqliteStatement st(db,
                           "SELECT a.pk, a.id, a.licenses, " + touchedSql
                               + ", a.created_at, a.renewal_date"
                                 " FROM accounts a WHERE "
                               + live + (past ? " AND COALESCE(a.created_at, '') < ?1" : "")
                               + (one ? " AND a.id = ?2" : "") + " ORDER BY a.pk");
        if (!st.isValid())
            return fail(st);
        if (past)
            st.bindText(1, until);
        if (one)
            st.bindText(2, idBytes);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            Account a;
            a.pk = st.columnInt(0);
            a.key = st.columnText(1).toByteArray();
            a.id = QString::fromUtf8(a.key);
            if (needActivity) {
                qint64 touched = dayOfIso(st.columnText(3));
                if (touched == HealthValue::noDay)
                    touched = dayOfIso(st.columnText(4)); // never touched since it was created
                if (touched != HealthValue::noDay)
                    a.inputs.set(HealthInput::DaysSinceActivity,
                                 double(std::max<qint64>(0, asOfDay - touched)), asOfDay);
            }
            if (needRenewal) {
                const qint64 renewal = dayOfIso(st.columnText(5));
                if (renewal != HealthValue::noDay)
                    a.inputs.set(HealthInput::DaysToRenewal, double(renewal - asOfDay), asOfDay);
            }
            licences.push_back(st.columnIsNull(2) ? 0 : std::max<qint64>(0, st.columnInt(2)));
            indexOfId.insert(a.key, accounts->size()); // shares a.key's bytes
            accounts->append(std::move(a));
        }
        if (rc != SQLITE_DONE)
            return fail(st);
    }
    m_timing.accounts = timer.restart();
    if (accounts->isEmpty())
        return true;

    if (needCases) {
        // Cases older than the 90 days and the support windows only ever made a measure
        // stale: rows opened and closed before then are not read. Aggregated here rather
        // than in SQL: string functions per row cost SQLite more than the scan.
        int lookback = supportDays;
        bool unbounded = false;
        const auto consider = [&](const HealthInputKey &key, int window) {
            if (key.kind == HealthInput::OpenCases || key.kind == HealthInput::HighPriorityCases
                || key.kind == HealthInput::CasesLast90Days) {
                unbounded = unbounded || window == 0;
                lookback = std::max(lookback, window);
            }
        };
        for (const HealthScorecard::Group &g : card.groups()) {
            for (const HealthScorecard::Measure &m : g.measures)
                consider(m.input, m.windowDays);
        }
        for (const HealthScorecard::Rule &r : card.rules())
            consider(r.when.input, r.windowDays);
        const QByteArray from = isoOfDay(asOfDay - supportDays);
        const QByteArray since = unbounded ? QByteArray() : isoOfDay(asOfDay - lookback);
        SqliteStatement st(db,
                           "SELECT account_id, opened_at, closed_at, status, priority FROM cases"
                           " WHERE archived = 0 AND opened_at < ?1"
                           " AND (opened_at >= ?2 OR closed_at >= ?2 OR closed_at IS NULL OR closed_at = '')"
                               + QByteArray(one ? " AND account_id = ?3" : ""));
        if (!st.isValid())
            return fail(st);
        st.bindText(1, nextText);
        st.bindText(2, since);
        if (one)
            st.bindText(3, idBytes);
        struct Support
        {
            int open = 0;
            int high = 0;
            int recent = 0;
            qint64 observed = HealthValue::noDay;
        };
        std::vector<Support> support(size_t(accounts->size()));
        const QByteArrayView nextView(nextText);
        const QByteArrayView fromView(from);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const QByteArrayView account = st.columnText(0);
            const auto it = indexOfId.constFind(QByteArray::fromRawData(account.data(), account.size()));
            if (it == indexOfId.cend())
                continue;
            const QByteArrayView opened = st.columnText(1);
            const QByteArrayView closed = st.columnText(2);
            const QByteArrayView status = st.columnText(3);
            const QByteArrayView priority = st.columnText(4);
            // Open at the day: not closed by date or status, or closed after the day.
            const bool closedByStatus
                = startsWithNoCase(status, "closed") || equalsNoCase(status, "resolved");
            const bool closedLater = !closed.isEmpty() && closed.compare(nextView) >= 0;
            const bool openNow = (closed.isEmpty() && !closedByStatus) || closedLater;
            const bool recent = opened.compare(fromView) >= 0;
            Support &s = support[size_t(*it)];
            if (recent) {
                ++s.recent;
                if (openNow) {
                    ++s.open;
                    if (equalsNoCase(priority, "high") || equalsNoCase(priority, "urgent")
                        || equalsNoCase(priority, "critical"))
                        ++s.high;
                }
            }
            qint64 observed = (openNow && recent) ? asOfDay : dayOfIso(opened);
            if (!closed.isEmpty() && !closedLater)
                observed = std::max(observed, dayOfIso(closed));
            if (observed != HealthValue::noDay && (s.observed == HealthValue::noDay || observed > s.observed))
                s.observed = observed;
        }
        if (rc != SQLITE_DONE)
            return fail(st);
        for (size_t i = 0; i < support.size(); ++i) {
            const Support &s = support[i];
            if (s.observed == HealthValue::noDay)
                continue;
            HealthInputs &in = (*accounts)[qsizetype(i)].inputs;
            in.set(HealthInput::OpenCases, double(s.open), s.observed);
            in.set(HealthInput::HighPriorityCases, double(s.high), s.observed);
            in.set(HealthInput::CasesLast90Days, double(s.recent), s.observed);
        }
    }
    m_timing.cases = timer.restart();

    if (needNps) {
        // Aggregated here, like cases: a scan beats SQLite's GROUP BY through the index.
        const QByteArray from = isoOfDay(asOfDay - npsDays);
        SqliteStatement st(
            db,
            "SELECT account_id, score, responded_at FROM nps"
            " WHERE archived = 0 AND score IS NOT NULL AND responded_at >= ?1 AND responded_at < ?2"
                + QByteArray(one ? " AND account_id = ?3" : ""));
        if (!st.isValid())
            return fail(st);
        st.bindText(1, from);
        st.bindText(2, nextText);
        if (one)
            st.bindText(3, idBytes);
        struct Nps
        {
            double sum = 0;
            int count = 0;
            qint64 newest = -1; // YYYYMMDDhhmmss of the newest response
            double latest = 0;
            qint64 observed = HealthValue::noDay;
        };
        std::vector<Nps> nps(size_t(accounts->size()));
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const QByteArrayView account = st.columnText(0);
            const auto it = indexOfId.constFind(QByteArray::fromRawData(account.data(), account.size()));
            if (it == indexOfId.cend())
                continue;
            const QByteArrayView at = st.columnText(2);
            const qint64 day = dayOfIso(at);
            if (day == HealthValue::noDay)
                continue;
            const double score = st.columnDouble(1);
            Nps &n = nps[size_t(*it)];
            n.sum += score;
            ++n.count;
            const qint64 stamp = instantKey(at);
            if (stamp > n.newest) {
                n.newest = stamp;
                n.latest = score;
                n.observed = day;
            }
        }
        if (rc != SQLITE_DONE)
            return fail(st);
        for (size_t i = 0; i < nps.size(); ++i) {
            const Nps &n = nps[i];
            if (n.count == 0)
                continue;
            HealthInputs &in = (*accounts)[qsizetype(i)].inputs;
            in.set(HealthInput::NpsAverage, n.sum / n.count, n.observed);
            in.set(HealthInput::NpsLatest, n.latest, n.observed);
        }
    }
    m_timing.nps = timer.restart();

    if (needSentiment) {
        SqliteStatement st(db,
                           "SELECT account_id, level, updated_at FROM sentiment"
                               + QByteArray(one ? " WHERE account_id = ?1" : ""));
        if (!st.isValid())
            return fail(st);
        if (one)
            st.bindText(1, idBytes);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            const QByteArrayView account = st.columnText(0);
            const auto it = indexOfId.constFind(QByteArray::fromRawData(account.data(), account.size()));
            if (it == indexOfId.cend())
                continue;
            const std::optional<double> level
                = HealthInputKey::sentimentValue(QString::fromUtf8(st.columnText(1)));
            const qint64 observed = dayOfIso(st.columnText(2));
            if (level && observed != HealthValue::noDay)
                (*accounts)[*it].inputs.set(HealthInput::CsmSentiment, *level, observed);
        }
        if (rc != SQLITE_DONE)
            return fail(st);
    }
    m_timing.sentiment = timer.restart();

    if (needUsage) {
        std::vector<AccountUsage> usage;
        if (worker.joinable()) {
            worker.join();
            if (!usageError.isEmpty()) {
                m_lastError = tr("Could not read the health inputs: %1").arg(usageError);
                return false;
            }
            usage = std::move(parallelUsage);
        } else {
            QElapsedTimer clock;
            clock.start();
            if (!readUsage(db, usagePlan, &usage, &usageError)) {
                m_lastError = tr("Could not read the health inputs: %1").arg(usageError);
                return false;
            }
            usageMs = clock.elapsed();
        }
        // Both in pk order: a merge.
        qsizetype index = 0;
        for (const AccountUsage &u : usage) {
            while (index < accounts->size() && accounts->at(index).pk < u.pk)
                ++index;
            if (index >= accounts->size())
                break;
            if (accounts->at(index).pk != u.pk)
                continue;
            HealthInputs &in = (*accounts)[index].inputs;
            for (const auto &[metricId, stats] : u.named) {
                for (const QString &name : usagePlan.namedIds.value(metricId))
                    in.setMetric(name, stats.latest, stats.latestDay);
            }
            double bought = u.purchased.present() && u.purchased.latest > 0 ? u.purchased.latest : 0;
            if (bought <= 0)
                bought = double(licences[size_t(index)]);
            const MetricStats &seats = u.used.present() ? u.used : u.active;
            if (bought > 0 && seats.present())
                in.set(HealthInput::LicenceUtilisation, seats.latest / bought, seats.latestDay);
            if (bought > 0 && u.active.present())
                in.set(HealthInput::ActiveUsersPerLicence, u.active.latest / bought, u.active.latestDay);
            if (u.active.hasTrend)
                in.set(HealthInput::UsageTrend, u.active.trend, u.active.latestDay);
            else if (u.used.hasTrend)
                in.set(HealthInput::UsageTrend, u.used.trend, u.used.latestDay);
        }
        m_timing.usage = usageMs;
    }
    return true;
}
