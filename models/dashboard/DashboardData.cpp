#include "DashboardData.h"

#include "home/HomeSummary.h"
#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

using Money = DashboardData::Money;
using Band = DashboardData::Band;

constexpr Band bands[] = { Band::None, Band::Red, Band::Yellow, Band::Green };

void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
}

// Adds accounts and ARR in one currency to a per-currency list.
void addMoney(QList<Money> *list, const QString &currency, double amount, qint64 accounts)
{
    if (accounts == 0 && amount == 0)
        return;
    for (Money &m : *list) {
        if (m.currency == currency) {
            m.amount += amount;
            m.accounts += accounts;
            return;
        }
    }
    list->append(Money { currency, amount, accounts });
}

// The main currency first, then by accounts, then by code.
void orderCurrencies(QList<Money> *list, const QString &main)
{
    std::stable_sort(list->begin(), list->end(), [&main](const Money &a, const Money &b) {
        if ((a.currency == main) != (b.currency == main))
            return a.currency == main;
        if (a.accounts != b.accounts)
            return a.accounts > b.accounts;
        return a.currency < b.currency;
    });
}

double amountIn(const QList<Money> &list, const QString &currency)
{
    for (const Money &m : list) {
        if (m.currency == currency)
            return m.amount;
    }
    return 0;
}

int bandIndex(const QString &keyword)
{
    const std::optional<Band> band = HealthScorecard::bandFromKeyword(keyword);
    return int(band.value_or(Band::None));
}

} // namespace

double DashboardData::Slice::arrIn(const QString &currency) const
{
    return amountIn(arr, currency);
}

qint64 DashboardData::TrendWeek::total() const
{
    qint64 sum = 0;
    for (const qint64 c : counts)
        sum += c;
    return sum;
}

double DashboardData::RenewalMonth::atRiskIn(const QString &currency) const
{
    return amountIn(arrAtRisk, currency);
}

qint64 DashboardData::Nps::totalResponses() const
{
    return responses[0] + responses[1] + responses[2];
}

std::optional<double> DashboardData::Nps::score() const
{
    const qint64 total = totalResponses();
    if (total == 0)
        return std::nullopt;
    return 100.0 * double(responses[int(NpsCategory::Promoter)] - responses[int(NpsCategory::Detractor)])
        / double(total);
}

QString DashboardData::npsKeyword(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return u"promoter"_s;
    case NpsCategory::Passive:
        return u"passive"_s;
    case NpsCategory::Detractor:
        break;
    }
    return u"detractor"_s;
}

QString DashboardData::npsLabel(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return tr("Promoters");
    case NpsCategory::Passive:
        return tr("Passives");
    case NpsCategory::Detractor:
        break;
    }
    return tr("Detractors");
}

AccountFilter DashboardData::trendSliceFilter(int index, Band band) const
{
    AccountFilter f = trendFilter;
    if (index >= 0 && index < trend.size())
        f.healthWeek = trend.at(index).week;
    f.healthBands = { bandKeyword(band) };
    return f;
}

AccountFilter DashboardData::retentionFilter(const QString &by, const QString &key) const
{
    // The group's churned accounts too: they are what brings retention down.
    AccountFilter f = baseFilter;
    f.lifecycleStages.clear();
    if (by == "csm"_L1)
        f.ownerIds = { key };
    else if (by == "team"_L1)
        f.teams = { key };
    else if (by == "segment"_L1)
        f.segments = { key };
    return f;
}

QList<DashboardData::Money> DashboardData::otherCurrencies() const
{
    QList<Money> others;
    for (const Money &m : liveBook.arr) {
        if (m.currency != mainCurrency)
            others.append(m);
    }
    return others;
}

DashboardData DashboardData::compute(Database &db, const Options &options)
{
    return compute(db, options, nullptr);
}

DashboardData DashboardData::compute(const QString &databasePath, const Options &options)
{
    // The trend on a second connection, beside the rest (WAL lets readers run together).
    const auto readTrendAlone = [databasePath, options] {
        DashboardData part;
        part.options = options;
        part.today = options.today.isValid() ? options.today : QDate::currentDate();
        QElapsedTimer timer;
        timer.start();
        Database db;
        QString error;
        if (!db.open(databasePath, &error))
            part.error = error;
        else
            part.readTrend(db);
        part.trendMs = timer.elapsed();
        return part;
    };
    QFuture<DashboardData> trend;
    if (options.figures)
        trend = QtConcurrent::run(readTrendAlone);
    Database db;
    QString error;
    if (!db.open(databasePath, &error)) {
        DashboardData failed;
        failed.options = options;
        failed.today = options.today.isValid() ? options.today : QDate::currentDate();
        failed.error = error;
        if (trend.isValid())
            trend.waitForFinished();
        return failed;
    }
    return compute(db, options, trend.isValid() ? &trend : nullptr);
}

DashboardData DashboardData::compute(Database &db, const Options &options, QFuture<DashboardData> *trendPart)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData data;
    data.options = options;
    data.today = options.today.isValid() ? options.today : QDate::currentDate();
    QElapsedTimer part;
    part.start();
    const auto timed = [&part](qint64 *ms, bool ok) {
        *ms = part.restart();
        return ok;
    };
    bool read = !options.figures
        || (timed(&data.accountsMs, data.readAccounts(db)) && timed(&data.npsMs, data.readNps(db)));
    if (options.figures) {
        if (trendPart) {
            const DashboardData trend = trendPart->result();
            data.trend = trend.trend;
            data.trendFilter = trend.trendFilter;
            data.trendMs = trend.trendMs;
            if (read && !trend.isValid()) {
                data.error = trend.error;
                read = false;
            }
        } else if (read) {
            read = timed(&data.trendMs, data.readTrend(db));
        }
    }
    if (read) {
        if (options.figures)
            data.churnModel = ChurnRisk::storedModel(db);
        if (options.retention) {
            QElapsedTimer retentionTimer;
            retentionTimer.start();
            Options asOf = options;
            asOf.today = data.today;
            data.retention = readRetention(db, asOf);
            data.retentionMs = retentionTimer.elapsed();
        }
    }
    data.elapsedMs = timer.elapsed();
    return data;
}

bool DashboardData::readAccounts(Database &db)
{
    AccountFilter base;
    base.scope = options.scope;
    base.scopeUserId = options.userId;
    base.today = today;

    const int months = qMax(0, options.renewalMonths);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate lastDay = firstOfMonth.addMonths(months).addDays(-1);

    // 1. The accounts in scope by currency, lifecycle stage, band shown and renewal month
    // (or "overdue"), with their ARR and ARR x churn probability, in one pass.
    QVariantList binds;
    const QString bandExpression = AccountFilter::effectiveHealthBandSql(&binds);
    binds << today.toString(Qt::ISODate) << lastDay.toString(Qt::ISODate);
    const QString where = base.sqlCondition(&binds);
    const QString sql = u"SELECT COALESCE(a.currency, ''), COALESCE(a.lifecycle_stage, ''), "_s
        + bandExpression
        + u", CASE WHEN a.renewal_date IS NULL OR a.renewal_date = '' THEN ''"
          " WHEN a.renewal_date < ? THEN 'overdue'"
          " WHEN a.renewal_date <= ? THEN substr(a.renewal_date, 1, 7) ELSE '' END,"
          " COUNT(*), TOTAL(a.arr), TOTAL(a.arr * c.probability), COUNT(c.probability)"
          " FROM accounts a LEFT JOIN churn_scores c ON c.account_id = a.id WHERE "_s
        + where + u" GROUP BY 1, 2, 3, 4"_s;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error = tr("Could not read the accounts: %1").arg(query.lastError().text());
        return false;
    }
    bindAll(query, binds);
    if (!query.exec()) {
        error = tr("Could not read the accounts: %1").arg(query.lastError().text());
        return false;
    }
    struct Row
    {
        QString currency;
        QString stage;
        int band = 0;
        QString bucket;
        qint64 count = 0;
        double arr = 0;
        double atRisk = 0;
        qint64 scored = 0;
    };
    QList<Row> rows;
    while (query.next()) {
        rows.append(Row { query.value(0).toString().append(u""_s), query.value(1).toString().append(u""_s),
                          bandIndex(query.value(2).toString()), query.value(3).toString(),
                          query.value(4).toLongLong(), query.value(5).toDouble(), query.value(6).toDouble(),
                          query.value(7).toLongLong() });
    }
    if (query.lastError().isValid()) {
        error = tr("Could not read the accounts: %1").arg(query.lastError().text());
        return false;
    }

    // The live book: every stage but "churned", named in the filters when the scope
    // holds churned accounts (and something else), as Home does.
    QStringList liveStages;
    bool anyChurned = false;
    for (const Row &r : std::as_const(rows)) {
        if (HomeSummary::isChurnedStage(r.stage))
            anyChurned = true;
        else if (!liveStages.contains(r.stage))
            liveStages.append(r.stage);
    }
    const bool excludeChurned = anyChurned && !liveStages.isEmpty();
    m_inScope = 0;
    for (const Row &r : std::as_const(rows))
        m_inScope += r.count;
    if (excludeChurned) {
        std::sort(liveStages.begin(), liveStages.end());
        base.lifecycleStages = liveStages;
    }
    baseFilter = base;
    liveBook.filter = base;
    for (const Band band : bands) {
        healthMix[int(band)].filter = base;
        healthMix[int(band)].filter.healthBands = { bandKeyword(band) };
    }
    overdue.renewals.filter = base;
    overdue.renewals.filter.overdueRenewals = true;
    overdue.to = today.addDays(-1);
    renewals.clear();
    for (int i = 0; i < months; ++i) {
        RenewalMonth month;
        const QDate first = firstOfMonth.addMonths(i);
        month.from = i == 0 ? today : first;
        month.to = first.addMonths(1).addDays(-1);
        month.renewals.filter = base;
        month.renewals.filter.renewalFrom = month.from;
        month.renewals.filter.renewalTo = month.to;
        renewals.append(month);
    }

    const auto addTo = [](Slice *slice, const Row &r) {
        slice->count += r.count;
        addMoney(&slice->arr, r.currency, r.arr, r.count);
    };
    for (const Row &r : std::as_const(rows)) {
        if (excludeChurned && HomeSummary::isChurnedStage(r.stage)) {
            churnedAccounts += r.count;
            continue;
        }
        addTo(&liveBook, r);
        addTo(&healthMix[r.band], r);
        RenewalMonth *month = nullptr;
        if (r.bucket == "overdue"_L1) {
            month = &overdue;
        } else if (!r.bucket.isEmpty()) {
            const QDate first = QDate::fromString(r.bucket + u"-01"_s, Qt::ISODate);
            if (first.isValid()) {
                const int index
                    = (first.year() - firstOfMonth.year()) * 12 + first.month() - firstOfMonth.month();
                if (index >= 0 && index < renewals.size())
                    month = &renewals[index];
            }
        }
        if (month) {
            addTo(&month->renewals, r);
            addMoney(&month->arrAtRisk, r.currency, r.atRisk, 0);
            month->scored += r.scored;
        }
    }

    // The main currency: the one most accounts use (then the larger sum, then by code).
    const auto main
        = std::min_element(liveBook.arr.cbegin(), liveBook.arr.cend(), [](const Money &a, const Money &b) {
              if (a.accounts != b.accounts)
                  return a.accounts > b.accounts;
              if (a.amount != b.amount)
                  return a.amount > b.amount;
              return a.currency < b.currency;
          });
    mainCurrency = main != liveBook.arr.cend() ? main->currency : QString();
    orderCurrencies(&liveBook.arr, mainCurrency);
    for (Slice &slice : healthMix)
        orderCurrencies(&slice.arr, mainCurrency);
    orderCurrencies(&overdue.renewals.arr, mainCurrency);
    orderCurrencies(&overdue.arrAtRisk, mainCurrency);
    for (RenewalMonth &month : renewals) {
        orderCurrencies(&month.renewals.arr, mainCurrency);
        orderCurrencies(&month.arrAtRisk, mainCurrency);
    }

    QSqlQuery scores(db.connection());
    if (!scores.exec(u"SELECT EXISTS (SELECT 1 FROM health_scores)"_s) || !scores.next()) {
        error = tr("Could not read the health scores: %1").arg(scores.lastError().text());
        return false;
    }
    healthComputed = scores.value(0).toBool();
    return true;
}

bool DashboardData::readTrend(Database &db)
{
    // History: every snapshot of an account in scope, whatever became of it since.
    trendFilter = AccountFilter();
    trendFilter.scope = options.scope;
    trendFilter.scopeUserId = options.userId;
    trendFilter.archived = AccountFilter::Archived::Include;
    trendFilter.today = today;

    trend.clear();
    const int weeks = qMax(0, options.trendWeeks);
    if (weeks == 0)
        return true;
    const QDate last = today.addDays(1 - today.dayOfWeek());
    const QDate first = last.addDays(-7 * (weeks - 1));
    for (int i = 0; i < weeks; ++i) {
        TrendWeek w;
        w.week = first.addDays(7 * i);
        trend.append(w);
    }

    // Grouped by week only, in the table's own order (week first), bands counted side
    // by side: no sort. Without a scope every snapshot counts and no account is looked
    // up; a scope seeks each of its accounts' weeks (the key is week, account), which
    // costs at most what reading every snapshot does.
    QVariantList binds;
    // Green is the rest: the band is red, yellow or green (a CHECK of the table).
    QString sql = u"SELECT h.week, SUM(h.band = 'red'), SUM(h.band = 'yellow'), COUNT(*)"_s;
    QVariantList scopeBinds;
    const QString scoped
        = Workspace::ownerCondition(options.scope, options.userId, u"a.owner_id"_s, &scopeBinds);
    if (scoped.isEmpty()) {
        sql += u" FROM health_history h WHERE h.week BETWEEN ? AND ?"_s;
        binds << first.toString(Qt::ISODate) << last.toString(Qt::ISODate);
    } else {
        QStringList marks;
        for (const TrendWeek &w : std::as_const(trend)) {
            marks << u"?"_s;
            binds << w.week.toString(Qt::ISODate);
        }
        sql += u" FROM accounts a CROSS JOIN health_history h ON h.account_id = a.id AND h.week IN ("_s
            + marks.join(u", "_s) + u") WHERE "_s + scoped;
        binds += scopeBinds;
    }
    sql += u" GROUP BY h.week"_s;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error = tr("Could not read the health history: %1").arg(query.lastError().text());
        return false;
    }
    bindAll(query, binds);
    if (!query.exec()) {
        error = tr("Could not read the health history: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        const QDate week = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const qint64 index = first.daysTo(week);
        if (!week.isValid() || index < 0 || index % 7 != 0 || index / 7 >= weeks)
            continue;
        TrendWeek &w = trend[int(index / 7)];
        w.counts[int(Band::Red)] = query.value(1).toLongLong();
        w.counts[int(Band::Yellow)] = query.value(2).toLongLong();
        w.counts[int(Band::Green)]
            = query.value(3).toLongLong() - w.counts[int(Band::Red)] - w.counts[int(Band::Yellow)];
    }
    return true;
}

bool DashboardData::readNps(Database &db)
{
    nps.from = today.addMonths(-12);
    nps.until = today;
    for (int i = 0; i < npsCategoryCount; ++i) {
        nps.accounts[i].filter = baseFilter;
        nps.accounts[i].filter.npsCategories = { npsKeyword(NpsCategory(i)) };
    }

    // Per account of the live book: its latest scored response in the window (as
    // AccountFilter::npsCategories picks it: the greatest responded_at || printf('%012d',
    // pk), the newest, then the later record) and its responses per category. Read row by
    // row on the raw handle and added up here: half the time of SQLite's GROUP BY.
    // A large scope reads its accounts once and then every response in the window; a
    // small one reaches its accounts' responses through the index.
    struct Account
    {
        QString currency;
        double arr = 0;
        bool hasArr = false;
        int latest = -1; // category of the latest response
        QByteArray latestKey;
    };
    QHash<QByteArray, Account> accounts;
    QVariantList binds;
    const QString where = baseFilter.sqlCondition(&binds);
    const QByteArray from = nps.from.toString(Qt::ISODate).toLatin1();
    const QByteArray until = today.addDays(1).toString(Qt::ISODate).toLatin1();
    const QByteArray window = "n.archived = 0 AND n.score BETWEEN 0 AND 10 AND n.responded_at >= ?1"
                              " AND n.responded_at < ?2";
    const bool bulk = m_inScope >= options.bulkNpsFrom;
    const auto fail = [this](const SqliteStatement &st) {
        error = tr("Could not read the NPS responses: %1").arg(st.errorMessage());
        return false;
    };
    // Binds `binds` after the first `offset` parameters; the texts must outlive the run.
    QList<QByteArray> texts;
    const auto bindFilter = [&](SqliteStatement &st, int offset) {
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            const int index = offset + i + 1;
            if (v.isNull())
                st.bindNull(index);
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                st.bindInt(index, v.toLongLong());
            else if (v.typeId() == QMetaType::Double)
                st.bindDouble(index, v.toDouble());
            else
                st.bindText(index, texts.emplace_back(v.toString().toUtf8()));
        }
    };
    const auto accountOf = [](const SqliteStatement &st, int column) {
        Account a;
        a.currency = QString::fromUtf8(st.columnText(column));
        a.hasArr = !st.columnIsNull(column + 1);
        a.arr = st.columnDouble(column + 1);
        return a;
    };
    // The window's parameters are ?1 and ?2; the filter's own "?" follow them in order.
    const QByteArray condition = where.toUtf8();
    SqliteStatement st;
    if (bulk) {
        SqliteStatement book(
            db.handle(), "SELECT a.id, COALESCE(a.currency, ''), a.arr FROM accounts a WHERE " + condition);
        if (!book.isValid())
            return fail(book);
        bindFilter(book, 0);
        int rc;
        while ((rc = book.step()) == SQLITE_ROW)
            accounts.insert(book.columnText(0).toByteArray(), accountOf(book, 1));
        if (rc != SQLITE_DONE)
            return fail(book);
        st.prepare(db.handle(),
                   "SELECT n.account_id, n.score, n.responded_at, n.pk FROM nps n WHERE " + window);
    } else {
        st.prepare(db.handle(),
                   "SELECT n.account_id, n.score, n.responded_at, n.pk, COALESCE(a.currency, ''), a.arr"
                   " FROM accounts a JOIN nps n ON n.account_id = a.id WHERE "
                       + window + " AND " + condition);
    }
    if (!st.isValid())
        return fail(st);
    st.bindText(1, from);
    st.bindText(2, until);
    if (!bulk)
        bindFilter(st, 2);
    char key[128];
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const QByteArrayView id = st.columnText(0);
        auto it = accounts.find(QByteArray::fromRawData(id.data(), id.size()));
        if (it == accounts.end()) {
            if (bulk)
                continue; // not in the live book
            it = accounts.insert(id.toByteArray(), accountOf(st, 4));
        }
        const double score = st.columnDouble(1);
        const int category = score >= 9 ? int(NpsCategory::Promoter)
            : score >= 7                ? int(NpsCategory::Passive)
                                        : int(NpsCategory::Detractor);
        ++nps.responses[category];
        // responded_at || printf('%012d', pk), compared as SQLite compares text (memcmp).
        const QByteArrayView at = st.columnText(2);
        const qsizetype length = std::min<qsizetype>(at.size(), qsizetype(sizeof(key)) - 13);
        std::memcpy(key, at.data(), size_t(length));
        std::snprintf(key + length, 13, "%012lld", static_cast<long long>(st.columnInt(3)));
        const QByteArrayView candidate(key, length + 12);
        if (it->latest < 0 || QByteArrayView(it->latestKey).compare(candidate) < 0) {
            it->latest = category;
            it->latestKey = candidate.toByteArray();
        }
    }
    if (rc != SQLITE_DONE)
        return fail(st);
    for (const Account &a : std::as_const(accounts)) {
        if (a.latest < 0)
            continue;
        Slice &slice = nps.accounts[a.latest];
        ++slice.count;
        addMoney(&slice.arr, a.currency, a.hasArr ? a.arr : 0.0, 1);
    }
    for (Slice &slice : nps.accounts)
        orderCurrencies(&slice.arr, mainCurrency);
    return true;
}

DashboardData::RetentionFigures DashboardData::readRetention(Database &db, const Options &options)
{
    RetentionFigures figures;
    Forecast::Options forecast;
    forecast.months = 1;
    forecast.asOf = options.today.isValid() ? options.today : QDate::currentDate();
    forecast.scope = options.scope;
    forecast.scopeUserId = options.userId;
    Forecast::Result result;
    QString error;
    if (!Forecast::compute(db, forecast, &result, &error)) {
        figures.error = error.isEmpty() ? tr("The revenue retention could not be computed.") : error;
        return figures;
    }
    figures.read = true;
    figures.overall = result.retention;
    figures.byCsm = result.byCsm;
    figures.byTeam = result.byTeam;
    figures.bySegment = result.bySegment;
    // Teams by their names where the export has them.
    QSqlQuery teams(db.connection());
    if (teams.exec(u"SELECT id, name FROM teams WHERE name IS NOT NULL AND name <> ''"_s)) {
        QHash<QString, QString> names;
        while (teams.next())
            names.insert(teams.value(0).toString(), teams.value(1).toString());
        for (Forecast::Retention &t : figures.byTeam)
            t.label = names.value(t.key, t.label);
        std::sort(figures.byTeam.begin(), figures.byTeam.end(),
                  [](const Forecast::Retention &a, const Forecast::Retention &b) {
                      return a.label.localeAwareCompare(b.label) < 0;
                  });
    }
    return figures;
}
