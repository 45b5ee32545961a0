#include "HomeSummary.h"

#include "account/CrmFormat.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int windowCount = int(std::size(HomeSummary::renewalWindows));

// Per currency and lifecycle stage: what the main query returns for one group.
struct Group
{
    QString currency;
    QString stage;
    HomeSummary::Money all;
    HomeSummary::Money renewals[windowCount];
    HomeSummary::Money overdue;
    HomeSummary::Money notTouched;
};

// A local calendar day's first instant as stored instants are written (ISO UTC).
QString utcInstant(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

// Only the one condition `configure` sets: scope All and archived included add nothing
// else, so the text is the window alone, to combine with the base condition.
template<typename Configure>
QString windowCondition(const QDate &today, QVariantList *binds, Configure configure)
{
    AccountFilter filter;
    filter.archived = AccountFilter::Archived::Include;
    filter.today = today;
    configure(filter);
    return filter.sqlCondition(binds);
}

void bindAll(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    QString line = (end < 0 ? trimmed : trimmed.left(end)).simplified();
    constexpr int maxLength = 200;
    if (line.size() > maxLength)
        line = line.left(maxLength - 1) + u'…';
    return line;
}

// Adds one group's accounts and ARR to a figure, merging by currency.
void addTo(HomeSummary::Figure *figure, const HomeSummary::Money &money)
{
    if (money.accounts == 0)
        return;
    figure->count += money.accounts;
    for (HomeSummary::Money &m : figure->arr) {
        if (m.currency == money.currency) {
            m.amount += money.amount;
            m.accounts += money.accounts;
            return;
        }
    }
    figure->arr.append(money);
}

void orderCurrencies(HomeSummary::Figure *figure, const QString &main)
{
    std::stable_sort(figure->arr.begin(), figure->arr.end(),
                     [&main](const HomeSummary::Money &a, const HomeSummary::Money &b) {
                         if ((a.currency == main) != (b.currency == main))
                             return a.currency == main;
                         if (a.accounts != b.accounts)
                             return a.accounts > b.accounts;
                         return a.currency < b.currency;
                     });
}

} // namespace

double HomeSummary::Figure::arrIn(const QString &currency) const
{
    for (const Money &m : arr) {
        if (m.currency == currency)
            return m.amount;
    }
    return 0;
}

bool HomeSummary::isChurnedStage(const QString &stage)
{
    return stage.trimmed().compare("churned"_L1, Qt::CaseInsensitive) == 0;
}

bool HomeSummary::cacheHasAccounts(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT EXISTS (SELECT 1 FROM accounts WHERE archived = 0)"_s) && query.next()
        && query.value(0).toBool();
}

HomeSummary HomeSummary::compute(Database &db, const Options &options)
{
    return compute(db.connection(), options);
}

HomeSummary HomeSummary::compute(const QSqlDatabase &db, const Options &options)
{
    QElapsedTimer timer;
    timer.start();

    HomeSummary summary;
    summary.today = options.today.isValid() ? options.today : QDate::currentDate();
    const QString todayIso = summary.today.toString(Qt::ISODate);

    AccountFilter base;
    base.scope = options.scope;
    base.scopeUserId = options.userId;
    base.today = summary.today;

    // 1. The accounts in scope per currency and lifecycle stage, with every window
    // counted in the same pass. Each window's condition is the AccountFilter's own,
    // computed once per account in the inner query (LIMIT keeps SQLite from merging it
    // into the outer one, which would evaluate each condition twice).
    QVariantList binds;
    QStringList flags;
    QString sums;
    const auto addWindow = [&](const auto &configure) {
        const QString condition = windowCondition(summary.today, &binds, configure);
        const QString flag = u"w"_s + QString::number(flags.size());
        flags << u"CASE WHEN %1 THEN 1 ELSE 0 END AS %2"_s.arg(condition, flag);
        sums += u", SUM(%1), TOTAL(%1 * arr)"_s.arg(flag);
    };
    for (int i = 0; i < windowCount; ++i)
        addWindow([i](AccountFilter &f) { f.renewalWithinDays = renewalWindows[i]; });
    addWindow([](AccountFilter &f) { f.overdueRenewals = true; });
    addWindow([](AccountFilter &f) { f.notTouchedDays = notTouchedDays; });
    const QString where = base.sqlCondition(&binds);

    // Grouped on the plain columns (cheaper than on expressions); NULL and '' are
    // merged below, as the filter's COALESCE(a.lifecycle_stage, '') does.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString accountsSql = u"SELECT currency, stage, COUNT(*), TOTAL(arr)"_s + sums
        + u" FROM (SELECT a.currency AS currency, a.lifecycle_stage AS stage, a.arr AS arr, "_s
        + flags.join(u", "_s) + u" FROM accounts a WHERE "_s + where
        + u" LIMIT -1) GROUP BY currency, stage"_s;
    if (!query.prepare(accountsSql)) {
        summary.error = tr("Could not read the accounts: %1").arg(query.lastError().text());
        return summary;
    }
    bindAll(query, binds);
    if (!query.exec()) {
        summary.error = tr("Could not read the accounts: %1").arg(query.lastError().text());
        return summary;
    }
    QList<Group> groups;
    while (query.next()) {
        // NULL as '' (not a null QString, which would bind as NULL in the filter).
        const QString currency = query.value(0).toString().append(u""_s);
        const QString stage = query.value(1).toString().append(u""_s);
        const auto money = [&](int column) {
            return Money { currency, query.value(column + 1).toDouble(), query.value(column).toInt() };
        };
        Group g;
        g.currency = currency;
        g.stage = stage;
        g.all = money(2);
        for (int i = 0; i < windowCount; ++i)
            g.renewals[i] = money(4 + 2 * i);
        g.overdue = money(4 + 2 * windowCount);
        g.notTouched = money(6 + 2 * windowCount);
        groups.append(g);
    }
    // The live book: every stage but "churned", named in the filters when the scope
    // holds churned accounts (and something else).
    QStringList liveStages;
    bool anyChurned = false;
    for (const Group &g : std::as_const(groups)) {
        if (isChurnedStage(g.stage))
            anyChurned = true;
        else if (!liveStages.contains(g.stage))
            liveStages.append(g.stage);
    }
    const bool excludeChurned = anyChurned && !liveStages.isEmpty();
    if (excludeChurned) {
        std::sort(liveStages.begin(), liveStages.end());
        base.lifecycleStages = liveStages;
    }

    summary.accounts.filter = base;
    for (int i = 0; i < windowCount; ++i) {
        summary.renewals[i].filter = base;
        summary.renewals[i].filter.renewalWithinDays = renewalWindows[i];
    }
    summary.overdueRenewals.filter = base;
    summary.overdueRenewals.filter.overdueRenewals = true;
    summary.notTouched.filter = base;
    summary.notTouched.filter.notTouchedDays = notTouchedDays;

    for (const Group &g : std::as_const(groups)) {
        if (excludeChurned && isChurnedStage(g.stage)) {
            summary.churnedAccounts += g.all.accounts;
            continue;
        }
        addTo(&summary.accounts, g.all);
        for (int i = 0; i < windowCount; ++i)
            addTo(&summary.renewals[i], g.renewals[i]);
        addTo(&summary.overdueRenewals, g.overdue);
        addTo(&summary.notTouched, g.notTouched);
    }

    // The main currency: the one most accounts use (then the larger sum, then by code).
    const QList<Money> &currencies = summary.accounts.arr;
    const auto main
        = std::min_element(currencies.begin(), currencies.end(), [](const Money &a, const Money &b) {
              if (a.accounts != b.accounts)
                  return a.accounts > b.accounts;
              if (a.amount != b.amount)
                  return a.amount > b.amount;
              return a.currency < b.currency;
          });
    if (main != currencies.end())
        summary.mainCurrency = main->currency;
    for (Figure *figure : { &summary.accounts, &summary.renewals[0], &summary.renewals[1],
                            &summary.renewals[2], &summary.overdueRenewals, &summary.notTouched })
        orderCurrencies(figure, summary.mainCurrency);

    // 2. Open tasks due before or on today, on the accounts in scope (as TaskListModel
    // lists them in its "due" mode: a task whose account is gone still counts in All).
    QVariantList scopeBinds;
    const QString scoped
        = Workspace::ownerCondition(options.scope, options.userId, u"a.owner_id"_s, &scopeBinds);
    const QString andScoped = scoped.isEmpty() ? QString() : u" AND "_s + scoped;
    QSqlQuery tasks(db);
    tasks.setForwardOnly(true);
    tasks.prepare(u"SELECT COALESCE(SUM(t.due_date < ?), 0), COALESCE(SUM(t.due_date = ?), 0)"
                  " FROM tasks t LEFT JOIN accounts a ON a.id = t.account_id"
                  " WHERE t.done = 0 AND t.deleted = 0 AND t.due_date <> '' AND t.due_date <= ?"_s
                  + andScoped);
    tasks.addBindValue(todayIso);
    tasks.addBindValue(todayIso);
    tasks.addBindValue(todayIso);
    bindAll(tasks, scopeBinds);
    if (!tasks.exec() || !tasks.next()) {
        summary.error = tr("Could not read the tasks: %1").arg(tasks.lastError().text());
        return summary;
    }
    summary.overdueTasks = tasks.value(0).toInt();
    summary.tasksDueToday = tasks.value(1).toInt();

    // 3 and 4. The newest CRM activities and notes, up to now (or the end of `today`
    // when summarising another day), merged.
    const QString until = summary.today == QDate::currentDate()
        ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
        : utcInstant(summary.today.addDays(1));
    const int limit = qMax(0, options.recentLimit);
    const auto readRecent = [&](Activity::Source source, const QString &sql) {
        QSqlQuery recent(db);
        recent.setForwardOnly(true);
        recent.prepare(sql);
        recent.addBindValue(until);
        bindAll(recent, scopeBinds);
        recent.addBindValue(limit);
        if (!recent.exec()) {
            summary.error = tr("Could not read the recent activity: %1").arg(recent.lastError().text());
            return false;
        }
        while (recent.next()) {
            Activity a;
            a.source = source;
            a.id = recent.value(0).toString();
            a.accountId = recent.value(1).toString();
            a.accountName = recent.value(2).toString();
            a.type = recent.value(3).toString();
            a.subject = source == Activity::Source::Note ? firstLine(recent.value(4).toString())
                                                         : recent.value(4).toString().simplified();
            a.when = CrmFormat::parseInstant(recent.value(5).toString());
            a.who = recent.value(6).toString();
            summary.recent.append(a);
        }
        return true;
    };
    if (limit > 0) {
        if (!readRecent(Activity::Source::Crm,
                        u"SELECT x.id, x.account_id, a.name, COALESCE(x.type, ''), COALESCE(x.subject, ''),"
                        " x.occurred_at, COALESCE(u.name, x.owner_id, '')"
                        " FROM activities x JOIN accounts a ON a.id = x.account_id"
                        " LEFT JOIN users u ON u.id = x.owner_id"
                        " WHERE x.archived = 0 AND a.archived = 0 AND x.occurred_at < ?"_s
                            + andScoped + u" ORDER BY x.occurred_at DESC LIMIT ?"_s))
            return summary;
        if (!readRecent(Activity::Source::Note,
                        u"SELECT n.id, n.account_id, a.name, n.kind, n.body, n.created_at,"
                        " COALESCE(u.name, n.author, '')"
                        " FROM notes n JOIN accounts a ON a.id = n.account_id"
                        " LEFT JOIN users u ON u.id = n.author"
                        " WHERE n.deleted = 0 AND a.archived = 0 AND n.created_at < ?"_s
                            + andScoped + u" ORDER BY n.created_at DESC LIMIT ?"_s))
            return summary;
        std::stable_sort(summary.recent.begin(), summary.recent.end(),
                         [](const Activity &a, const Activity &b) { return a.when > b.when; });
        if (summary.recent.size() > limit)
            summary.recent.resize(limit);
    }

    summary.elapsedMs = timer.elapsed();
    return summary;
}
