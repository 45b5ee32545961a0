#pragma once

#include "FeatureTable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <span>
#include <vector>

// The churn model's training and evaluation on any labelled CSV, so CS Ops can test it on
// their own history (`pitwall-cli churn-eval`): the file read through the importer's CSV
// stack (any encoding, BOM, line ends), numeric columns detected, blanks imputed, other
// columns one-hot, identifier columns left out; then L2 logistic regression measured by
// ROC-AUC on a stratified 80/20 split (fixed seed) and by stratified 5-fold
// cross-validation, and fitted once more on every row for its weights.
class ChurnEval
{
    Q_DECLARE_TR_FUNCTIONS(ChurnEval)

public:
    static constexpr qsizetype minimumRows = 20;

    struct Options
    {
        QString csvPath;
        QString labelColumn;
        QString positiveValue; // empty: detected (Yes, 1, true, churned, ...), else the minority class
        QString idColumn; // left out of the features
        int folds = 5;
        double testFraction = 0.2;
        quint64 seed = 42;
        double c = 1.0;
        int maxLevels = FeatureEncoder::defaultMaxLevels;
    };

    enum class PositiveRule
    {
        Given, // --positive
        Detected, // a value that reads as churned: Yes, 1, true, churned, ...
        Minority // the rarer of the two values
    };

    struct Exclusion
    {
        QString column;
        enum class Reason
        {
            Id, // named by --id
            Identifier, // every value different and not numbers
            Constant // one value at most
        } reason;
    };

    struct Weight
    {
        QString feature;
        double weight = 0; // on the standardised feature
    };

    // Its texts are ChurnEval::tr()'s.
    struct Result
    {
        QString file; // the file name
        QString encoding;
        QString label; // the outcome column
        QString positiveLabel;
        PositiveRule positiveRule = PositiveRule::Given;
        QString negativeLabel;
        qsizetype n = 0; // rows with an outcome
        qsizetype positives = 0;
        qsizetype skippedRows = 0; // rows with a blank outcome
        double auc = 0; // held-out
        qsizetype testRows = 0;
        double cvAuc = 0;
        std::vector<double> foldAucs;
        double accuracy = 0; // held-out, at 0.5
        QStringList columns; // the columns the features come from
        QStringList features; // "tenure", "Contract=Month-to-month", ...
        QList<Exclusion> excluded;
        QList<std::pair<QString, qsizetype>> imputed; // numeric column, blanks filled with the mean
        QList<std::pair<QString, qsizetype>> cappedLevels; // categorical column, levels not kept
        double intercept = 0;
        QList<Weight> weights; // of the model fitted on all rows, strongest first
        int folds = 5;
        quint64 seed = 42;
        double testFraction = 0.2;

        QJsonObject toJson() const;
        // Aligned lines for a terminal; the `strongest` largest weights.
        QString toText(qsizetype strongest = 5) const;
        static QString ruleName(PositiveRule rule);
    };

    // Reads options.csvPath and evaluates. False with a message naming the file (and the
    // line, where one is at fault) when it cannot: unreadable, no such column, a malformed
    // row, too few outcomes to train.
    static bool run(const Options &options, Result *result, QString *error);

    // The evaluation alone, on a table already read: `labels` 1/0 per row, `columns` the
    // table's columns to learn from. Fills the figures, features, imputations and weights.
    static bool evaluate(const FeatureTable &table, std::span<const int> labels,
                         const QList<qsizetype> &columns, const Options &options, Result *result,
                         QString *error);
};
