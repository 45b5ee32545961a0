#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

class Database;

// Churn risk learned from the cache's own history (PRODUCT.md, "Churn risk").
//
// Outcomes: each account's renewals that closed (renewal opportunities won = renewed,
// lost = churned) in the last three years, and accounts churned with no renewal on
// record (churned at their renewal date). Features are read as they stood 90 days
// before each outcome, so the model learns what a CSM could have seen a quarter ahead:
// usage trend, licence utilisation, active users per licence, cases and high-priority
// cases in 90 days, NPS average and count in 12 months, days since last touch, tenure,
// log ARR, and segment (one-hot). Logistic regression (L2, C = 1, standardised), held-out
// ROC-AUC on a stratified 80/20 split (seed 42), then refitted on every outcome and
// applied to every live account as of today. Too few outcomes (fewer than 10 churned or
// 10 renewed, or fewer than 40 in all) leaves no scores and says so.
//
// Results live in churn_model (one row) and churn_scores (one per live account); one
// transaction replaces both.
class ChurnRisk
{
    Q_DECLARE_TR_FUNCTIONS(ChurnRisk)

public:
    enum class Status
    {
        NotTrained, // never run on this cache
        Trained,
        TooFewOutcomes,
        Failed,
    };

    struct Model
    {
        Status status = Status::NotTrained;
        QDateTime trainedAt;
        QDate asOf;
        qint64 outcomes = 0; // renewals with a known outcome used
        qint64 churned = 0; // of those, churned
        std::optional<double> auc; // held-out ROC-AUC
        QString message; // translated: why it could not train, or a summary
        bool trained() const { return status == Status::Trained; }
    };

    struct Driver
    {
        QString feature; // stable key: "usage_trend", "segment=enterprise", ...
        double value = 0; // the account's raw value (1 for a one-hot level)
        double contribution = 0; // its part of the log-odds (positive raises the risk)
        QString label() const; // translated: "Usage trend", "Segment: Enterprise"
    };

    struct Score
    {
        QString accountId;
        double probability = 0;
        QList<Driver> drivers; // at most three, strongest first
    };

    struct Report
    {
        qint64 outcomes = 0;
        qint64 scored = 0;
        qint64 readMs = 0;
        qint64 trainMs = 0;
        qint64 writeMs = 0;
    };

    // What the model reads of an account on a day, before imputation: blank is NaN.
    static constexpr int numericFeatureCount = 12;
    struct FeatureRow
    {
        qint64 accountPk = 0; // in: the account
        QDate day; // in: the day the features stand as of (its end)
        QByteArray segment; // out: lower-case, "" when none
        std::array<double, numericFeatureCount> values {}; // out: in numericFeatureKeys() order
    };
    // "usage_trend", "licence_utilisation", ... "log_arr": the keys of FeatureRow::values.
    static QStringList numericFeatureKeys();

    explicit ChurnRisk(Database &db);

    // "Today" for scoring and for the outcome window (default: the current date).
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

    // Trains on the outcomes, scores the live accounts and stores both. True when the
    // run completed, also when there were too few outcomes (model().status says so;
    // the old scores are then removed); false with lastError() on a database failure.
    bool run();

    // The features of every row as run() reads them (for outcomes: their day less 90
    // days; for live accounts: today), any number of rows per account in any order. Reads
    // each source table once (accounts, usage, cases, NPS, activities, notes) however
    // many rows there are. An account not in the cache reads as one without data; a row
    // without a valid day is left as it is. False with lastError() on a database failure.
    bool readFeatures(std::vector<FeatureRow> *rows);

    Model model() const { return m_model; }
    Report report() const { return m_report; }
    QString lastError() const { return m_lastError; }

    // What the cache holds from the last run.
    static Model storedModel(Database &db);
    static std::optional<Score> storedScore(Database &db, const QString &accountId);
    // Parses churn_scores.drivers.
    static QList<Driver> driversFromJson(const QByteArray &json);
    static QString statusKeyword(Status status); // "trained", "too_few_outcomes", ...

private:
    Database &m_db;
    QDate m_asOf;
    Model m_model;
    Report m_report;
    QString m_lastError;
};
