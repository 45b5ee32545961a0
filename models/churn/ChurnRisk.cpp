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
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <limits>
#include <sqlite3.h>

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

struct Point
{
    qint64 accountPk = 0;
    QByteArray accountId;
    qint64 day = 0; // days since 1970-01-01
    int label = -1; // 1 churned, 0 renewed, -1 to score
    qsizetype accountIndex = -1; // training: which account, for the split
    QByteArray segment;
    double values[NumericCount];
};

qint64 dayOf(const QDate &date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

QByteArray isoOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
}

qint64 dayOfText(QByteArrayView text)
{
    const QDate d
        = QDate::fromString(QString::fromLatin1(text.first(qMin<qsizetype>(10, text.size()))), Qt::ISODate);
    return d.isValid() ? dayOf(d) : std::numeric_limits<qint64>::min();
}

QByteArray idList(const QList<int> &ids)
{
    QByteArray list;
    for (int id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    return list.isEmpty() ? QByteArray("-1") : list;
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

    // The usage metrics by kind.
    QList<int> activeIds, usedIds;
    {
        SqliteStatement st(db, "SELECT id, name FROM metrics");
        while (st.step() == SQLITE_ROW) {
            switch (UsageSeries::kindOf(QString::fromUtf8(st.columnText(1)))) {
            case UsageSeries::Kind::ActiveUsers:
                activeIds << int(st.columnInt(0));
                break;
            case UsageSeries::Kind::LicencesUsed:
                usedIds << int(st.columnInt(0));
                break;
            default:
                break;
            }
        }
    }

    // Outcomes: renewals closed in the window; churned accounts with no lost renewal
    // count as lost on their renewal date.
    std::vector<Point> points;
    QHash<qint64, qsizetype> accountIndex;
    const auto addPoint = [&](qint64 pk, QByteArrayView id, qint64 day, int label) {
        Point p;
        p.accountPk = pk;
        p.accountId = id.toByteArray();
        p.day = day;
        p.label = label;
        if (label >= 0) {
            auto it = accountIndex.constFind(pk);
            if (it == accountIndex.cend())
                it = accountIndex.insert(pk, accountIndex.size());
            p.accountIndex = it.value();
        }
        points.push_back(std::move(p));
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
            if (day != std::numeric_limits<qint64>::min())
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
            if (day != std::numeric_limits<qint64>::min() && day >= dayOf(asOf.addYears(-outcomeYears))
                && day <= today)
                addPoint(churned.columnInt(0), churned.columnText(1), day - leadDays, 1);
        }
    }
    const qsizetype trainingCount = qsizetype(points.size());
    qint64 churnedCount = 0;
    for (const Point &p : points)
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

    // The features of every point, one pass of correlated index lookups.
    {
        const QByteArray active = idList(activeIds);
        const QByteArray used = idList(usedIds.isEmpty() ? activeIds : usedIds);
        const QByteArray sql
            = "SELECT a.licenses, a.arr, COALESCE(a.segment, ''), COALESCE(a.contract_start, ''),"
              " COALESCE(a.created_at, ''),"
              " (SELECT AVG(value) FROM usage WHERE account_pk = a.pk AND metric_id IN ("
            + active
            + ") AND day BETWEEN ?1 - 27 AND ?1),"
              " (SELECT AVG(value) FROM usage WHERE account_pk = a.pk AND metric_id IN ("
            + active
            + ") AND day BETWEEN ?1 - 55 AND ?1 - 28),"
              " (SELECT AVG(value) FROM usage WHERE account_pk = a.pk AND metric_id IN ("
            + used
            + ") AND day BETWEEN ?1 - 27 AND ?1),"
              " (SELECT COUNT(*) FROM cases c WHERE c.account_id = a.id AND c.archived = 0"
              " AND c.opened_at >= ?2 AND c.opened_at < ?3),"
              " (SELECT COUNT(*) FROM cases c WHERE c.account_id = a.id AND c.archived = 0"
              " AND c.opened_at >= ?2 AND c.opened_at < ?3"
              " AND lower(COALESCE(c.priority, '')) IN ('high', 'urgent', 'critical', 'p1', 'p2')),"
              " (SELECT AVG(score) FROM nps n WHERE n.account_id = a.id AND n.archived = 0"
              " AND n.responded_at >= ?4 AND n.responded_at < ?3 AND n.score IS NOT NULL),"
              " (SELECT COUNT(score) FROM nps n WHERE n.account_id = a.id AND n.archived = 0"
              " AND n.responded_at >= ?4 AND n.responded_at < ?3),"
              " (SELECT x.occurred_at FROM activities x WHERE x.account_id = a.id AND x.archived = 0"
              " AND x.occurred_at < ?3 ORDER BY x.occurred_at DESC LIMIT 1),"
              " (SELECT n.created_at FROM notes n WHERE n.account_id = a.id AND n.deleted = 0"
              " AND n.created_at < ?3 ORDER BY n.created_at DESC LIMIT 1)"
              " FROM accounts a WHERE a.pk = ?5";
        SqliteStatement st(db, sql);
        if (!st.isValid())
            return fail(tr("Could not read the churn model's features: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(db))));
        for (Point &p : points) {
            const QByteArray from90 = isoOfDay(p.day - 89);
            const QByteArray until = isoOfDay(p.day + 1);
            const QByteArray from365 = isoOfDay(p.day - 364);
            st.bindInt(1, p.day);
            st.bindText(2, from90);
            st.bindText(3, until);
            st.bindText(4, from365);
            st.bindInt(5, p.accountPk);
            if (st.step() != SQLITE_ROW) {
                st.reset();
                return fail(tr("Could not read the churn model's features: %1").arg(st.errorMessage()));
            }
            double *v = p.values;
            const double licenses = st.columnIsNull(0) ? 0.0 : st.columnDouble(0);
            const double arr = st.columnIsNull(1) ? 0.0 : st.columnDouble(1);
            p.segment = st.columnText(2).toByteArray().toLower();
            qint64 startDay = dayOfText(st.columnText(4));
            if (startDay == std::numeric_limits<qint64>::min())
                startDay = dayOfText(st.columnText(3));
            const bool hasRecent = !st.columnIsNull(5);
            const double recent = st.columnDouble(5);
            const double prior = st.columnIsNull(6) ? missing : st.columnDouble(6);
            const double usedNow = st.columnIsNull(7) ? missing : st.columnDouble(7);
            v[UsageTrend]
                = hasRecent && prior > 0 ? qBound(-100.0, (recent - prior) / prior * 100.0, 300.0) : missing;
            v[LicenceUtilisation]
                = licenses > 0 && !std::isnan(usedNow) ? qMin(2.0, usedNow / licenses) : missing;
            v[ActivePerLicence] = licenses > 0 && hasRecent ? qMin(2.0, recent / licenses) : missing;
            v[NoUsage] = hasRecent ? 0.0 : 1.0;
            v[Cases90] = double(st.columnInt(8));
            v[HighPriorityCases90] = double(st.columnInt(9));
            v[NpsAverage] = st.columnIsNull(10) ? missing : st.columnDouble(10);
            v[NpsResponses] = double(st.columnInt(11));
            v[NoNps] = st.columnIsNull(10) ? 1.0 : 0.0;
            qint64 touched = qMax(dayOfText(st.columnText(12)), dayOfText(st.columnText(13)));
            if (touched == std::numeric_limits<qint64>::min())
                touched = startDay;
            v[DaysSinceTouch] = touched == std::numeric_limits<qint64>::min()
                ? missing
                : double(qBound(qint64(0), p.day - touched, qint64(365)));
            v[TenureYears] = startDay == std::numeric_limits<qint64>::min()
                ? missing
                : double(qMax<qint64>(0, p.day - startDay)) / 365.25;
            v[LogArr] = std::log1p(qMax(0.0, arr));
            st.reset();
        }
    }
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
                ins.bindText(1, points[size_t(scores[i].first)].accountId);
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
    QStringList featureNames;
    for (const char *key : numericKeys)
        featureNames << QString::fromLatin1(key);
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
            const Point &p = points[size_t(first + r)];
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
        labels[size_t(i)] = points[size_t(i)].label;

    // Held out by account (an account's renewals never sit on both sides): a stratified
    // split of the accounts by whether they ever churned.
    std::vector<int> accountLabels(size_t(accountIndex.size()), 0);
    for (qsizetype i = 0; i < trainingCount; ++i)
        accountLabels[size_t(points[size_t(i)].accountIndex)] |= points[size_t(i)].label;
    const ModelEvaluation::Split split = ModelEvaluation::stratifiedSplit(accountLabels, 0.2, 42);
    std::vector<char> inTest(accountLabels.size(), 0);
    for (qsizetype a : split.test)
        inTest[size_t(a)] = 1;
    std::vector<qsizetype> trainRows, testRows;
    for (qsizetype i = 0; i < trainingCount; ++i)
        (inTest[size_t(points[size_t(i)].accountIndex)] ? testRows : trainRows).push_back(i);
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
        const Point &p = points[size_t(trainingCount + r)];
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
