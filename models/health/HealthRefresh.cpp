#include "HealthRefresh.h"

#include "HealthRecompute.h"
#include "HealthStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

HealthScorecard HealthRefresh::activeScorecard(Database &db, QString *origin)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT content, source FROM config_documents WHERE name = ?"_s);
    q.addBindValue(scorecardDocument());
    if (q.exec() && q.next()) {
        QStringList errors;
        const HealthScorecard card = HealthScorecard::fromJson(q.value(0).toByteArray(), &errors);
        if (errors.isEmpty()) {
            if (origin)
                *origin = q.value(1).toString();
            return card;
        }
    }
    if (origin)
        *origin = tr("built-in");
    return HealthScorecard::builtIn();
}

bool HealthRefresh::run(Database &db, const QDate &asOf, Report *report, QString *error,
                        const StageCallback &stage)
{
    Report r;
    QElapsedTimer timer;
    timer.start();
    const HealthScorecard card = activeScorecard(db, &r.scorecardOrigin);
    const QDate today = asOf.isValid() ? asOf : QDate::currentDate();

    bool emptyHistory = false;
    {
        QSqlQuery q(db.connection());
        emptyHistory = q.exec(u"SELECT NOT EXISTS (SELECT 1 FROM health_history)"_s) && q.next()
            && q.value(0).toBool();
    }
    if (emptyHistory) {
        const QDate thisWeek = HealthStore::weekOf(today);
        for (int w = backfillWeeks; w >= 1; --w) {
            if (stage)
                stage(tr("Scoring the health history (%1 of %2 weeks)")
                          .arg(backfillWeeks - w + 1)
                          .arg(backfillWeeks));
            HealthRecompute past(db, card);
            const QDate day = thisWeek.addDays(-7 * w);
            past.setAsOf(day);
            past.setNow(QDateTime(day, QTime(12, 0), Qt::UTC));
            if (!past.recomputeAll()) {
                *error = past.lastError();
                return false;
            }
            ++r.weeksBackfilled;
        }
    }
    if (stage)
        stage(tr("Computing account health"));
    HealthRecompute now(db, card);
    now.setAsOf(today);
    if (!now.recomputeAll()) {
        *error = now.lastError();
        return false;
    }
    r.accounts = now.report().accounts;
    r.healthMs = timer.restart();

    if (stage)
        stage(tr("Training the churn model"));
    ChurnRisk churn(db);
    churn.setAsOf(today);
    if (!churn.run()) {
        *error = churn.lastError();
        return false;
    }
    r.model = churn.model();
    r.churnMs = timer.restart();

    // Playbook rules react to what changed (red health, new NPS, renewals, champions).
    if (stage)
        stage(tr("Checking the playbook rules"));
    PlaybookRules rules(db);
    rules.setToday(today);
    if (!rules.evaluate(&r.rules))
        r.rulesError = rules.lastError();
    if (report)
        *report = r;
    return true;
}
