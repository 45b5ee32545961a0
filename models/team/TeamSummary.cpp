#include "TeamSummary.h"

#include "playbook/PlaybookStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// One condition of an AccountFilter alone: with archived accounts included and scope
// All, the filter adds nothing but what `configure` sets.
template<typename Configure> QString conditionOf(const QDate &today, QVariantList *binds, Configure configure)
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

bool isChurnedStage(const QString &stage)
{
    return stage.trimmed().compare("churned"_L1, Qt::CaseInsensitive) == 0;
}

// What the main query returns for one owner, currency and lifecycle stage.
struct Group
{
    QString owner;
    QString currency;
    QString stage;
    TeamSummary::Figures figures;
};

TeamSummary::Figures *sliceOf(TeamSummary::Row *row, const QString &currency)
{
    for (TeamSummary::Slice &slice : row->byCurrency) {
        if (slice.currency == currency)
            return &slice.figures;
    }
    row->byCurrency.append({ currency, {} });
    return &row->byCurrency.last().figures;
}

// Main currency first, then the currency with the most accounts, then by code.
void orderCurrencies(TeamSummary::Row *row, const QString &main)
{
    std::stable_sort(row->byCurrency.begin(), row->byCurrency.end(),
                     [&main](const TeamSummary::Slice &a, const TeamSummary::Slice &b) {
                         if ((a.currency == main) != (b.currency == main))
                             return a.currency == main;
                         if (a.figures.accounts != b.figures.accounts)
                             return a.figures.accounts > b.figures.accounts;
                         return a.currency < b.currency;
                     });
}

// The row's figures: every slice's counts, the main currency's money.
void finishRow(TeamSummary::Row *row, const QString &main)
{
    orderCurrencies(row, main);
    row->figures = {};
    for (const TeamSummary::Slice &slice : std::as_const(row->byCurrency))
        row->figures.add(slice.figures, slice.currency == main);
}

// Money to the cent: ARR × probability has no use for fifteen digits.
double cents(double amount)
{
    return std::round(amount * 100) / 100;
}

QJsonObject moneyJson(const TeamSummary::Slice &slice)
{
    const TeamSummary::Figures &f = slice.figures;
    return QJsonObject { { "currency"_L1, slice.currency }, { "accounts"_L1, f.accounts },
                         { "arr"_L1, cents(f.arr) },        { "arr_at_risk"_L1, cents(f.arrAtRisk) },
                         { "renewals_90d"_L1, f.renewals }, { "renewals_90d_arr"_L1, cents(f.renewalArr) } };
}

} // namespace

void TeamSummary::Figures::add(const Figures &other, bool money)
{
    accounts += other.accounts;
    red += other.red;
    yellow += other.yellow;
    green += other.green;
    notScored += other.notScored;
    churnUnscored += other.churnUnscored;
    renewals += other.renewals;
    notTouched += other.notTouched;
    overdueTasks += other.overdueTasks;
    if (money) {
        arr += other.arr;
        arrAtRisk += other.arrAtRisk;
        renewalArr += other.renewalArr;
    }
}

const TeamSummary::Figures *TeamSummary::Row::in(const QString &currency) const
{
    for (const Slice &slice : byCurrency) {
        if (slice.currency == currency)
            return &slice.figures;
    }
    return nullptr;
}

bool TeamSummary::Row::hasOtherCurrencies() const
{
    return byCurrency.size() > 1;
}

QString TeamSummary::rowLabel(const Row &row)
{
    switch (row.kind) {
    case Row::Kind::NoOwner:
        return tr("No owner");
    case Row::Kind::Total:
        return tr("Total");
    case Row::Kind::Csm:
        break;
    }
    return row.ownerName.isEmpty() ? row.ownerId : row.ownerName;
}

AccountFilter TeamSummary::filterFor(const Row &row, Figure figure)
{
    AccountFilter filter = row.filter;
    switch (figure) {
    case Figure::Accounts:
    case Figure::Arr:
    case Figure::ArrAtRisk: // every account counts, an unscored one as 0
        break;
    case Figure::Red:
        filter.healthBands = { u"red"_s };
        break;
    case Figure::Yellow:
        filter.healthBands = { u"yellow"_s };
        break;
    case Figure::Green:
        filter.healthBands = { u"green"_s };
        break;
    case Figure::NotScored:
        filter.healthBands = { u"none"_s };
        break;
    case Figure::Renewals:
    case Figure::RenewalArr:
        filter.renewalWithinDays = renewalDays;
        break;
    case Figure::NotTouched:
        filter.notTouchedDays = notTouchedDays;
        break;
    case Figure::OverdueTasks:
        // The accounts the tasks are on (within the row's: the ids came from them). No
        // such account: an id no account has, since an empty list would mean "any".
        filter.accountIds
            = row.overdueTaskAccounts.isEmpty() ? QStringList { QString() } : row.overdueTaskAccounts;
        break;
    }
    return filter;
}

void TeamSummary::Playbooks::add(const Playbooks &other)
{
    open += other.open;
    completed += other.completed;
    stepsDue += other.stepsDue;
    stepsResolved += other.stepsResolved;
    overdueSteps += other.overdueSteps;
}

TeamSummary TeamSummary::compute(Database &db, const Options &options)
{
    return compute(db.connection(), options);
}

TeamSummary TeamSummary::compute(const QSqlDatabase &db, const Options &options)
{
    QElapsedTimer timer;
    timer.start();

    TeamSummary summary;
    summary.options = options;
    summary.today = options.today.isValid() ? options.today : QDate::currentDate();
    summary.total.kind = Row::Kind::Total;

    AccountFilter base;
    base.scope = options.scope;
    base.scopeUserId = options.userId;
    base.today = summary.today;

    // 1. Every live account in scope, once, grouped by owner, currency and stage. The
    // health band is the one AccountFilter::healthBands compares (an override's where
    // one holds), read once per account; the windows are the filter's own conditions.
    // The LIMIT keeps SQLite from folding the inner query into the outer one, which
    // would evaluate each condition once per aggregate.
    QVariantList binds;
    const QString bandSql = AccountFilter::effectiveHealthBandSql(&binds);
    const QString renewalCondition
        = conditionOf(summary.today, &binds, [](AccountFilter &f) { f.renewalWithinDays = renewalDays; });
    const QString notTouchedCondition
        = conditionOf(summary.today, &binds, [](AccountFilter &f) { f.notTouchedDays = notTouchedDays; });
    const QString where = base.sqlCondition(&binds);

    const QString accountsSql
        = u"SELECT owner, currency, stage, COUNT(*), TOTAL(arr),"
          " SUM(band = 'red'), SUM(band = 'yellow'), SUM(band = 'green'), SUM(band = 'none'),"
          " TOTAL(arr * p), SUM(p IS NULL), SUM(renewal), TOTAL(renewal * arr), SUM(quiet)"
          " FROM (SELECT COALESCE(a.owner_id, '') AS owner, a.currency AS currency,"
          " a.lifecycle_stage AS stage, a.arr AS arr, c.probability AS p,"
          " %1 AS band,"
          " CASE WHEN %2 THEN 1 ELSE 0 END AS renewal,"
          " CASE WHEN %3 THEN 1 ELSE 0 END AS quiet"
          " FROM accounts a LEFT JOIN churn_scores c ON c.account_id = a.id WHERE %4 LIMIT -1)"
          " GROUP BY owner, currency, stage"_s.arg(bandSql, renewalCondition, notTouchedCondition, where);
    QSqlQuery query(db);
    query.setForwardOnly(true);
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
        Group g;
        // NULL as '' (not a null QString, which would bind as NULL in a filter).
        g.owner = query.value(0).toString().append(u""_s);
        g.currency = query.value(1).toString().append(u""_s);
        g.stage = query.value(2).toString().append(u""_s);
        Figures &f = g.figures;
        f.accounts = query.value(3).toLongLong();
        f.arr = query.value(4).toDouble();
        f.red = query.value(5).toLongLong();
        f.yellow = query.value(6).toLongLong();
        f.green = query.value(7).toLongLong();
        f.notScored = query.value(8).toLongLong();
        f.arrAtRisk = query.value(9).toDouble();
        f.churnUnscored = query.value(10).toLongLong();
        f.renewals = query.value(11).toLongLong();
        f.renewalArr = query.value(12).toDouble();
        f.notTouched = query.value(13).toLongLong();
        groups.append(g);
    }
    query.finish();

    // The live book: every stage but "churned", named in the filters when the scope
    // holds churned accounts and others (a scope of churned accounts only is shown as
    // it is, as HomeSummary does).
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
    summary.base = base;

    // Rows per owner, slices per currency.
    QHash<QString, qsizetype> rowOf;
    QList<Row> rows;
    QHash<QString, qint64> accountsPerCurrency;
    QHash<QString, double> arrPerCurrency;
    for (const Group &g : std::as_const(groups)) {
        if (excludeChurned && isChurnedStage(g.stage)) {
            summary.churnedAccounts += g.figures.accounts;
            continue;
        }
        auto it = rowOf.constFind(g.owner);
        if (it == rowOf.cend()) {
            Row row;
            row.kind = g.owner.isEmpty() ? Row::Kind::NoOwner : Row::Kind::Csm;
            row.ownerId = g.owner;
            it = rowOf.insert(g.owner, rows.size());
            rows.append(row);
        }
        sliceOf(&rows[*it], g.currency)->add(g.figures);
        accountsPerCurrency[g.currency] += g.figures.accounts;
        arrPerCurrency[g.currency] += g.figures.arr;
    }

    // The main currency: the one most accounts use (then the larger sum, then by code).
    qint64 mostAccounts = -1;
    for (auto it = accountsPerCurrency.cbegin(); it != accountsPerCurrency.cend(); ++it) {
        const double arr = arrPerCurrency.value(it.key());
        const bool better = it.value() > mostAccounts
            || (it.value() == mostAccounts
                && (arr > arrPerCurrency.value(summary.mainCurrency)
                    || (arr == arrPerCurrency.value(summary.mainCurrency)
                        && it.key() < summary.mainCurrency)));
        if (better) {
            mostAccounts = it.value();
            summary.mainCurrency = it.key();
        }
    }

    // 2. Open tasks due before today on those accounts, per account (few rows: an
    // overdue task is the exception), through the partial index on open tasks.
    const QString todayIso = summary.today.toString(Qt::ISODate);
    QVariantList taskBinds { todayIso };
    QSqlQuery tasks(db);
    tasks.setForwardOnly(true);
    const QString tasksSql = u"SELECT COALESCE(a.owner_id, ''), a.currency, a.id, COUNT(*)"
                             " FROM tasks t JOIN accounts a ON a.id = t.account_id"
                             " WHERE t.done = 0 AND t.deleted = 0 AND t.due_date <> '' AND t.due_date < ?"
                             " AND "_s
        + base.sqlCondition(&taskBinds) + u" GROUP BY a.id ORDER BY a.id"_s;
    if (!tasks.prepare(tasksSql)) {
        summary.error = tr("Could not read the tasks: %1").arg(tasks.lastError().text());
        return summary;
    }
    bindAll(tasks, taskBinds);
    if (!tasks.exec()) {
        summary.error = tr("Could not read the tasks: %1").arg(tasks.lastError().text());
        return summary;
    }
    while (tasks.next()) {
        const QString owner = tasks.value(0).toString().append(u""_s);
        const QString currency = tasks.value(1).toString().append(u""_s);
        const auto it = rowOf.constFind(owner);
        if (it == rowOf.cend())
            continue; // not reached: the task's account is one of the rows'
        Row &row = rows[*it];
        sliceOf(&row, currency)->overdueTasks += tasks.value(3).toLongLong();
        row.overdueTaskAccounts.append(tasks.value(2).toString());
        summary.total.overdueTaskAccounts.append(tasks.value(2).toString());
    }
    tasks.finish();

    // 3. Who the owners are, and (My team) whether the user has a team at all.
    QHash<QString, std::pair<QString, QString>> people;
    QSqlQuery users(db);
    users.setForwardOnly(true);
    if (!users.exec(u"SELECT u.id, u.name, COALESCE(t.name, u.team, '') FROM users u"
                    " LEFT JOIN teams t ON t.id = u.team"_s)) {
        summary.error = tr("Could not read the users: %1").arg(users.lastError().text());
        return summary;
    }
    while (users.next())
        people.insert(users.value(0).toString(), { users.value(1).toString(), users.value(2).toString() });
    users.finish();
    if (options.scope == Workspace::Scope::MyTeam && !options.userId.isEmpty()) {
        QVariantList memberBinds { options.userId };
        QSqlQuery members(db);
        members.prepare(u"SELECT COUNT(*) FROM users x WHERE x.id <> ? AND x.archived = 0 AND "_s
                        + Workspace::ownerCondition(options.scope, options.userId, u"x.id"_s, &memberBinds));
        bindAll(members, memberBinds);
        if (!members.exec() || !members.next()) {
            summary.error = tr("Could not read the team: %1").arg(members.lastError().text());
            return summary;
        }
        summary.teamMembers = members.value(0).toInt();
    }

    // 4. Accounts without an owner are listed by id: no owner condition selects them.
    QStringList noOwnerIds;
    if (rowOf.contains(QString())) {
        QVariantList idBinds;
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        ids.prepare(u"SELECT a.id FROM accounts a WHERE COALESCE(a.owner_id, '') = '' AND "_s
                    + base.sqlCondition(&idBinds) + u" ORDER BY a.id"_s);
        bindAll(ids, idBinds);
        if (!ids.exec()) {
            summary.error = tr("Could not read the accounts: %1").arg(ids.lastError().text());
            return summary;
        }
        while (ids.next())
            noOwnerIds.append(ids.value(0).toString());
    }

    for (Row &row : rows) {
        row.filter = base;
        if (row.kind == Row::Kind::NoOwner) {
            row.filter.accountIds = noOwnerIds;
        } else {
            row.filter.ownerIds = { row.ownerId };
            const auto person = people.constFind(row.ownerId);
            if (person != people.cend()) {
                row.ownerName = person->first;
                row.team = person->second;
            }
        }
        finishRow(&row, summary.mainCurrency);
        for (const Slice &slice : std::as_const(row.byCurrency))
            sliceOf(&summary.total, slice.currency)->add(slice.figures);
    }
    std::sort(summary.total.overdueTaskAccounts.begin(), summary.total.overdueTaskAccounts.end());

    // 5. Playbook completion per CSM (the accounts' owner; "" for accounts without one).
    {
        PlaybookStore playbooks(db, QString());
        playbooks.setToday(summary.today);
        QHash<QString, Playbooks> byOwner;
        const QList<PlaybookStore::OwnerCompletion> completion
            = playbooks.completionByOwner(options.scope, options.userId);
        if (completion.isEmpty() && !playbooks.lastError().isEmpty()) {
            summary.error = tr("Could not read the playbooks: %1").arg(playbooks.lastError());
            return summary;
        }
        for (const PlaybookStore::OwnerCompletion &c : completion) {
            Playbooks &p = byOwner[c.ownerId];
            p.open += c.open;
            p.completed += c.completed;
            p.stepsDue += c.stepsDue;
            p.stepsResolved += c.stepsDueResolved;
            p.overdueSteps += c.overdueSteps;
        }
        for (Row &row : rows) {
            row.playbooks = byOwner.value(row.kind == Row::Kind::NoOwner ? QString() : row.ownerId);
            summary.total.playbooks.add(row.playbooks);
        }
    }
    summary.total.filter = base;
    finishRow(&summary.total, summary.mainCurrency);

    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if ((a.kind == Row::Kind::NoOwner) != (b.kind == Row::Kind::NoOwner))
            return b.kind == Row::Kind::NoOwner;
        const QString nameA = rowLabel(a);
        const QString nameB = rowLabel(b);
        const int byName = nameA.localeAwareCompare(nameB);
        if (byName != 0)
            return byName < 0;
        return a.ownerId < b.ownerId;
    });
    summary.rows = rows;
    summary.elapsedMs = timer.elapsed();
    return summary;
}

QJsonArray TeamSummary::toJson() const
{
    QJsonArray array;
    for (const Row &row : rows) {
        const Figures &f = row.figures;
        QJsonArray byCurrency;
        for (const Slice &slice : row.byCurrency)
            byCurrency.append(moneyJson(slice));
        array.append(QJsonObject {
            { "owner_id"_L1, row.kind == Row::Kind::Csm ? QJsonValue(row.ownerId) : QJsonValue() },
            { "owner"_L1, row.kind == Row::Kind::Csm ? QJsonValue(rowLabel(row)) : QJsonValue() },
            { "team"_L1, row.team.isEmpty() ? QJsonValue() : QJsonValue(row.team) },
            { "accounts"_L1, f.accounts },
            { "arr"_L1, cents(f.arr) },
            { "currency"_L1, mainCurrency.isEmpty() ? QJsonValue() : QJsonValue(mainCurrency) },
            { "red"_L1, f.red },
            { "yellow"_L1, f.yellow },
            { "green"_L1, f.green },
            { "unscored"_L1, f.notScored },
            { "arr_at_risk"_L1, cents(f.arrAtRisk) },
            { "churn_unscored"_L1, f.churnUnscored },
            { "renewals_90d"_L1, f.renewals },
            { "renewals_90d_arr"_L1, cents(f.renewalArr) },
            { "untouched_30d"_L1, f.notTouched },
            { "overdue_tasks"_L1, f.overdueTasks },
            { "playbook_steps_due"_L1, row.playbooks.stepsDue },
            { "playbook_steps_resolved"_L1, row.playbooks.stepsResolved },
            { "playbook_overdue_steps"_L1, row.playbooks.overdueSteps },
            { "by_currency"_L1, byCurrency },
        });
    }
    return array;
}
