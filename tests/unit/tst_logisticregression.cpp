// The churn model's pieces against answers derived by hand: L2 logistic regression (its
// optimum, its standardisation, its drivers), ROC-AUC with ties, the stratified splits, and
// how a table of text cells becomes features (numeric detection, imputation, one-hot).
#include "churn/FeatureTable.h"
#include "churn/LogisticRegression.h"
#include "churn/ModelEvaluation.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace {

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

FeatureMatrix matrix(const QList<QList<double>> &rows)
{
    FeatureMatrix x(rows.size(), rows.isEmpty() ? 0 : rows.first().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (qsizetype j = 0; j < x.cols; ++j)
            x.at(i, j) = rows.at(i).at(j);
    }
    return x;
}

// The root of a decreasing-minus-increasing function on [lo, hi] by bisection.
template<typename F> double bisect(F f, double lo, double hi)
{
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (f(lo) * f(mid) <= 0 ? hi : lo) = mid;
    }
    return (lo + hi) / 2;
}

} // namespace

class TestLogisticRegression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interceptOnlyIsTheBaseRate();
    void separableDataHasTheRegularisedOptimum_data();
    void separableDataHasTheRegularisedOptimum();
    void nonSeparableOptimumSatisfiesTheGradientConditions();
    void standardisationMakesScaleIrrelevant();
    void contributionsAddUpToTheLogOdds();
    void nearlyUnregularisedSeparableDataStillConverges();
    void badInputIsRefused();

    void aucOnHandCases_data();
    void aucOnHandCases();
    void aucMatchesPairCounting();
    void accuracyAtOneHalf();
    void stratifiedFoldsAsScikitLearn();
    void stratifiedFoldsPartitionEveryRow();
    void stratifiedSplitKeepsClassShares();

    void numericColumnsAreDetected();
    void identifierAndConstantColumns();
    void encoderImputesAndOneHotsFromTrainingRowsOnly();
    void encoderCapsRareLevels();
};

void TestLogisticRegression::interceptOnlyIsTheBaseRate()
{
    // A constant feature carries nothing: the optimum is the base rate, 3 in 10.
    const FeatureMatrix x = matrix({ { 5 }, { 5 }, { 5 }, { 5 }, { 5 }, { 5 }, { 5 }, { 5 }, { 5 }, { 5 } });
    const std::vector<int> y = { 1, 0, 0, 1, 0, 0, 0, 1, 0, 0 };
    LogisticRegression model;
    QString error;
    QVERIFY2(model.fit(x, y, &error), qPrintable(error));
    QVERIFY(model.converged());
    QCOMPARE(model.scales().at(0), 1.0); // deviation 0: left unscaled
    QCOMPARE(model.coefficients().at(0), 0.0);
    QVERIFY(qAbs(model.intercept() - std::log(3.0 / 7.0)) < 1e-12);
    const double row[] = { 5 };
    QVERIFY(qAbs(model.predictProbability(row) - 0.3) < 1e-12);
}

void TestLogisticRegression::separableDataHasTheRegularisedOptimum_data()
{
    QTest::addColumn<double>("c");
    QTest::newRow("C=1") << 1.0;
    QTest::newRow("C=0.25") << 0.25;
    QTest::newRow("C=10") << 10.0;
}

void TestLogisticRegression::separableDataHasTheRegularisedOptimum()
{
    // x = -1, -1, +1, +1 is already standardised (mean 0, population deviation 1) and
    // y = 0, 0, 1, 1. By symmetry b = 0, and the objective is 4 log(1 + e^-w) + w^2 / (2C),
    // whose derivative vanishes where w = 4 C sigmoid(-w).
    QFETCH(double, c);
    const double expected = bisect([c](double w) { return w - 4 * c * sigmoid(-w); }, 0.0, 100.0);
    LogisticRegression::Options options;
    options.c = c;
    LogisticRegression model(options);
    QVERIFY(model.fit(matrix({ { -1 }, { -1 }, { 1 }, { 1 } }), std::vector<int> { 0, 0, 1, 1 }));
    QVERIFY(model.converged());
    QVERIFY2(
        qAbs(model.coefficients().at(0) - expected) < 1e-9,
        qPrintable(
            u"w = %1, expected %2"_s.arg(model.coefficients().at(0), 0, 'g', 15).arg(expected, 0, 'g', 15)));
    QVERIFY(qAbs(model.intercept()) < 1e-12);
    QVERIFY(model.iterations() <= 10);
    const double objective = 4 * std::log1p(std::exp(-expected)) + expected * expected / (2 * c);
    QVERIFY(qAbs(model.objective() - objective) < 1e-9);
    const double plus[] = { 1 };
    QVERIFY(qAbs(model.predictProbability(plus) - sigmoid(expected)) < 1e-9);
    if (c == 1.0)
        QVERIFY(qAbs(expected - 1.0427) < 1e-3); // a figure to recognise: w = 4 / (1 + e^w)
}

void TestLogisticRegression::nonSeparableOptimumSatisfiesTheGradientConditions()
{
    // The objective is strictly convex, so its minimum is the one point where
    //   sum(p - y) = 0                          (the intercept, unpenalised)
    //   sum((p - y) z_j) + w_j / C = 0          (each weight)
    // with z the features standardised here, independently of the model's code.
    const QList<QList<double>> rows = { { 1, 20 }, { 2, 18 }, { 3, 25 }, { 4, 11 }, { 5, 30 }, { 6, 9 },
                                        { 7, 14 }, { 8, 3 },  { 9, 22 }, { 10, 5 }, { 2, 7 },  { 7, 28 } };
    const std::vector<int> y = { 0, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 1 };
    const double c = 0.7;
    LogisticRegression::Options options;
    options.c = c;
    LogisticRegression model(options);
    QVERIFY(model.fit(matrix(rows), y));
    QVERIFY(model.converged());
    QVERIFY(model.iterations() <= 10);

    const qsizetype n = rows.size();
    double mean[2] = { 0, 0 };
    double sd[2] = { 0, 0 };
    for (const auto &row : rows) {
        mean[0] += row[0] / double(n);
        mean[1] += row[1] / double(n);
    }
    for (const auto &row : rows) {
        sd[0] += (row[0] - mean[0]) * (row[0] - mean[0]) / double(n);
        sd[1] += (row[1] - mean[1]) * (row[1] - mean[1]) / double(n);
    }
    sd[0] = std::sqrt(sd[0]);
    sd[1] = std::sqrt(sd[1]);
    QVERIFY(qAbs(model.means().at(0) - mean[0]) < 1e-12);
    QVERIFY(qAbs(model.scales().at(1) - sd[1]) < 1e-12);

    const double w0 = model.coefficients().at(0);
    const double w1 = model.coefficients().at(1);
    double g[3] = { 0, w0 / c, w1 / c };
    for (qsizetype i = 0; i < n; ++i) {
        const double z0 = (rows[i][0] - mean[0]) / sd[0];
        const double z1 = (rows[i][1] - mean[1]) / sd[1];
        const double r = sigmoid(model.intercept() + w0 * z0 + w1 * z1) - y[size_t(i)];
        g[0] += r;
        g[1] += r * z0;
        g[2] += r * z1;
    }
    for (const double component : g)
        QVERIFY2(qAbs(component) < 1e-9, qPrintable(u"gradient %1"_s.arg(component)));
    // Not a degenerate optimum: both features matter and the data is not separated.
    QVERIFY(qAbs(w0) > 0.1);
    QVERIFY(qAbs(w1) > 0.1);
    QVERIFY(model.objective() > 1.0);
}

void TestLogisticRegression::standardisationMakesScaleIrrelevant()
{
    QRandomGenerator rng(7);
    FeatureMatrix small(300, 3);
    FeatureMatrix large(300, 3);
    std::vector<int> y(300);
    for (qsizetype i = 0; i < 300; ++i) {
        const double a = rng.generateDouble() * 2 - 1;
        const double b = rng.generateDouble() * 2 - 1;
        const double c = rng.generateDouble() * 2 - 1;
        small.at(i, 0) = a;
        small.at(i, 1) = b;
        small.at(i, 2) = c;
        large.at(i, 0) = a * 1e6 + 3e7; // the same feature in other units
        large.at(i, 1) = b * 1e-4;
        large.at(i, 2) = c;
        y[size_t(i)] = rng.generateDouble() < sigmoid(2 * a - b) ? 1 : 0;
    }
    LogisticRegression m1;
    LogisticRegression m2;
    QVERIFY(m1.fit(small, y));
    QVERIFY(m2.fit(large, y));
    for (qsizetype j = 0; j < 3; ++j)
        QVERIFY(qAbs(m1.coefficients()[size_t(j)] - m2.coefficients()[size_t(j)]) < 1e-8);
    QVERIFY(m1.coefficients()[0] > 0.5); // the signal: +a, -b
    QVERIFY(m1.coefficients()[1] < -0.2);
    const std::vector<double> p1 = m1.predictProbabilities(small);
    const std::vector<double> p2 = m2.predictProbabilities(large);
    for (size_t i = 0; i < p1.size(); ++i)
        QVERIFY(qAbs(p1[i] - p2[i]) < 1e-9);
}

void TestLogisticRegression::contributionsAddUpToTheLogOdds()
{
    const FeatureMatrix x
        = matrix({ { 1, 0, 3 }, { 2, 1, 1 }, { 3, 0, 4 }, { 4, 1, 1 }, { 5, 0, 5 }, { 6, 1, 9 } });
    const std::vector<int> y = { 0, 1, 0, 1, 1, 1 };
    LogisticRegression model;
    QVERIFY(model.fit(x, y));
    qsizetype rowsWithDrivers = 0;
    for (qsizetype i = 0; i < x.rows; ++i) {
        const std::vector<double> parts = model.contributions(x.row(i));
        QCOMPARE(qsizetype(parts.size()), x.cols);
        double sum = model.intercept();
        for (qsizetype j = 0; j < x.cols; ++j) {
            const double z = (x.at(i, j) - model.means()[size_t(j)]) / model.scales()[size_t(j)];
            QVERIFY(qAbs(parts[size_t(j)] - model.coefficients()[size_t(j)] * z) < 1e-12);
            sum += parts[size_t(j)];
        }
        QVERIFY(qAbs(sum - model.decisionValue(x.row(i))) < 1e-12);
        QVERIFY(qAbs(sigmoid(sum) - model.predictProbability(x.row(i))) < 1e-12);

        // The drivers: positive contributions only, largest first.
        const std::vector<qsizetype> drivers = model.topDrivers(x.row(i), 2);
        QVERIFY(drivers.size() <= 2);
        qsizetype positive = 0;
        for (const double part : parts)
            positive += part > 0 ? 1 : 0;
        QCOMPARE(qsizetype(drivers.size()), qMin<qsizetype>(2, positive));
        rowsWithDrivers += drivers.empty() ? 0 : 1;
        for (size_t k = 0; k < drivers.size(); ++k) {
            QVERIFY(parts[size_t(drivers[k])] > 0);
            if (k > 0)
                QVERIFY(parts[size_t(drivers[k - 1])] >= parts[size_t(drivers[k])]);
            for (qsizetype j = 0; j < x.cols; ++j) {
                if (std::find(drivers.begin(), drivers.end(), j) == drivers.end())
                    QVERIFY(parts[size_t(j)] <= parts[size_t(drivers.back())]);
            }
        }
    }
    QVERIFY(rowsWithDrivers >= 3);
}

void TestLogisticRegression::nearlyUnregularisedSeparableDataStillConverges()
{
    // C = 1e6 on separable data: the weights grow large, Newton with a line search
    // still reaches the (finite) optimum.
    FeatureMatrix x(40, 2);
    std::vector<int> y(40);
    for (qsizetype i = 0; i < 40; ++i) {
        x.at(i, 0) = double(i);
        x.at(i, 1) = double((i * 7) % 5);
        y[size_t(i)] = i >= 20 ? 1 : 0;
    }
    LogisticRegression::Options options;
    options.c = 1e6;
    LogisticRegression model(options);
    QVERIFY(model.fit(x, y));
    QVERIFY(model.converged());
    QVERIFY(std::isfinite(model.coefficients()[0]));
    QVERIFY(model.coefficients()[0] > 10);
    const std::vector<double> p = model.predictProbabilities(x);
    QCOMPARE(ModelEvaluation::rocAuc(p, y), 1.0);
    QVERIFY(p.front() < 1e-3);
    QVERIFY(p.back() > 1 - 1e-3);
}

void TestLogisticRegression::badInputIsRefused()
{
    LogisticRegression model;
    QString error;
    QVERIFY(!model.fit(FeatureMatrix(), std::vector<int>(), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!model.fit(matrix({ { 1 }, { 2 }, { 3 } }), std::vector<int> { 1, 1, 1 }, &error));
    QVERIFY2(error.contains("same"_L1), qPrintable(error));
    error.clear();
    QVERIFY(!model.fit(matrix({ { 1 }, { 2 }, { 3 } }), std::vector<int> { 1, 0 }, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!model.fit(matrix({ { 1 }, { std::nan("") }, { 3 } }), std::vector<int> { 1, 0, 1 }, &error));
    QVERIFY2(error.contains("row 2"_L1), qPrintable(error));
    QVERIFY(!model.isFitted());
}

void TestLogisticRegression::aucOnHandCases_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<QList<int>>("labels");
    QTest::addColumn<double>("auc");
    // 3 of the 4 (positive, negative) pairs ranked right.
    QTest::newRow("classic") << QList<double> { 0.1, 0.4, 0.35, 0.8 } << QList<int> { 0, 0, 1, 1 } << 0.75;
    // Pairs: (0.5, 0.1) 1, (0.5, 0.5) tie 1/2, (0.9, 0.1) 1, (0.9, 0.5) 1: 3.5 / 4.
    QTest::newRow("one tie") << QList<double> { 0.1, 0.5, 0.5, 0.9 } << QList<int> { 0, 0, 1, 1 } << 0.875;
    QTest::newRow("all tied") << QList<double> { 0.3, 0.3, 0.3, 0.3, 0.3 } << QList<int> { 0, 1, 0, 1, 1 }
                              << 0.5;
    QTest::newRow("perfect") << QList<double> { 0.1, 0.2, 0.7, 0.9 } << QList<int> { 0, 0, 1, 1 } << 1.0;
    QTest::newRow("reversed") << QList<double> { 0.9, 0.7, 0.2, 0.1 } << QList<int> { 0, 0, 1, 1 } << 0.0;
    // Positives 2 (tied with one negative) and 3: (2 vs 1) 1, (2 vs 2) 1/2, (3 vs 1) 1,
    // (3 vs 2) 1, and 3 vs the negative 4: 0. 3.5 / 6.
    QTest::newRow("ties across classes")
        << QList<double> { 1, 2, 2, 3, 4 } << QList<int> { 0, 0, 1, 1, 0 } << 3.5 / 6.0;
}

void TestLogisticRegression::aucOnHandCases()
{
    QFETCH(QList<double>, scores);
    QFETCH(QList<int>, labels);
    QFETCH(double, auc);
    QCOMPARE(ModelEvaluation::rocAuc(scores, labels), auc);
}

void TestLogisticRegression::aucMatchesPairCounting()
{
    QRandomGenerator rng(11);
    std::vector<double> scores(400);
    std::vector<int> labels(400);
    for (size_t i = 0; i < scores.size(); ++i) {
        scores[i] = double(rng.bounded(6)); // many ties
        labels[i] = rng.bounded(3) == 0 ? 1 : 0;
    }
    double wins = 0;
    double pairs = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        for (size_t j = 0; j < scores.size(); ++j) {
            if (labels[i] == 1 && labels[j] == 0) {
                pairs += 1;
                wins += scores[i] > scores[j] ? 1.0 : scores[i] == scores[j] ? 0.5 : 0.0;
            }
        }
    }
    QVERIFY(qAbs(ModelEvaluation::rocAuc(scores, labels) - wins / pairs) < 1e-12);
    QVERIFY(std::isnan(ModelEvaluation::rocAuc(std::vector<double> { 1, 2 }, std::vector<int> { 1, 1 })));
}

void TestLogisticRegression::accuracyAtOneHalf()
{
    const std::vector<double> p = { 0.1, 0.5, 0.49, 0.9, 0.7 };
    const std::vector<int> y = { 0, 1, 1, 1, 0 };
    QCOMPARE(ModelEvaluation::accuracy(p, y), 3.0 / 5.0); // 0.5 counts as positive
}

void TestLogisticRegression::stratifiedFoldsAsScikitLearn()
{
    // StratifiedKFold(n_splits=3).split(X, y), worked through by hand: classes in order of
    // appearance (1 first: 3 rows; then 0: 7 rows); dealing the class-sorted labels round
    // robin gives fold shares (1, 3), (1, 2), (1, 2); each class's rows fill them in order.
    const std::vector<int> y = { 1, 1, 0, 0, 0, 0, 1, 0, 0, 0 };
    const std::vector<int> expected = { 0, 1, 0, 0, 0, 1, 2, 1, 2, 2 };
    QCOMPARE(ModelEvaluation::stratifiedFolds(y, 3), expected);
    // 5 folds over 12 negatives then 8 positives: dealing positions 0..19 round robin gives
    // fold 0 positions 0, 5, 10 (class 0) and 15 (class 1), fold 1 1, 6, 11 and 16, fold 2
    // 2, 7 and 12, 17, ...: shares of class 0 are 3, 3, 2, 2, 2 and of class 1 1, 1, 2, 2, 2.
    std::vector<int> z(20, 0);
    for (size_t i = 12; i < 20; ++i)
        z[i] = 1;
    const std::vector<int> folds = ModelEvaluation::stratifiedFolds(z, 5);
    const std::vector<int> expectedZ = { 0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 0, 1, 2, 2, 3, 3, 4, 4 };
    QCOMPARE(folds, expectedZ);
}

void TestLogisticRegression::stratifiedFoldsPartitionEveryRow()
{
    QRandomGenerator rng(3);
    std::vector<int> y(1003);
    for (int &label : y)
        label = rng.bounded(4) == 0 ? 1 : 0;
    const qsizetype positives = std::count(y.begin(), y.end(), 1);
    const std::vector<ModelEvaluation::Split> splits = ModelEvaluation::stratifiedKFold(y, 5);
    QCOMPARE(splits.size(), size_t(5));
    std::vector<int> seen(y.size(), 0);
    for (const ModelEvaluation::Split &s : splits) {
        QCOMPARE(s.train.size() + s.test.size(), y.size());
        qsizetype testPositives = 0;
        for (const qsizetype r : s.test) {
            ++seen[size_t(r)];
            testPositives += y[size_t(r)];
        }
        // Each fold holds a fifth of each class, give or take one.
        QVERIFY(qAbs(double(testPositives) - double(positives) / 5) <= 1.0);
        QVERIFY(qAbs(double(s.test.size()) - double(y.size()) / 5) <= 2.0);
    }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
}

void TestLogisticRegression::stratifiedSplitKeepsClassShares()
{
    std::vector<int> y(250, 0);
    for (size_t i = 0; i < 70; ++i)
        y[i * 3] = 1; // 70 positives, 180 negatives
    const ModelEvaluation::Split a = ModelEvaluation::stratifiedSplit(y, 0.2, 42);
    const ModelEvaluation::Split b = ModelEvaluation::stratifiedSplit(y, 0.2, 42);
    const ModelEvaluation::Split c = ModelEvaluation::stratifiedSplit(y, 0.2, 43);
    QCOMPARE(a.test, b.test); // deterministic
    QVERIFY(a.test != c.test); // and the seed matters
    QCOMPARE(a.test.size(), size_t(14 + 36));
    QCOMPARE(a.train.size(), size_t(250 - 50));
    qsizetype testPositives = 0;
    for (const qsizetype r : a.test)
        testPositives += y[size_t(r)];
    QCOMPARE(testPositives, qsizetype(14));
    std::set<qsizetype> all(a.train.begin(), a.train.end());
    all.insert(a.test.begin(), a.test.end());
    QCOMPARE(all.size(), size_t(250));
    QVERIFY(std::is_sorted(a.test.begin(), a.test.end()));
}

void TestLogisticRegression::numericColumnsAreDetected()
{
    FeatureTable table({ u"charges"_s, u"plan"_s, u"money"_s, u"empty"_s });
    table.appendRow({ u"29.85"_s, u"Basic"_s, u"$1,200"_s, u""_s });
    table.appendRow({ u" "_s, u"Pro"_s, u"12%"_s, u"NA"_s });
    table.appendRow({ u"NA"_s, u"1"_s, u"-3e2"_s, u" "_s });
    table.appendRow({ u"1e3"_s, u"2"_s, u"\u30007\u3000"_s });
    QCOMPARE(table.rowCount(), 4);
    QVERIFY(table.isNumeric(0));
    QCOMPARE(table.column(0).blanks, 2);
    QCOMPARE(table.column(0).numbers[3], 1000.0);
    QVERIFY(std::isnan(table.column(0).numbers[1]));
    QVERIFY(!table.isNumeric(1)); // "Basic" is not a number
    QCOMPARE(table.column(1).nonNumbers, 2);
    QCOMPARE(table.column(1).firstNonNumberRow, 0);
    QVERIFY(table.isNumeric(2));
    QCOMPARE(table.column(2).numbers[0], 1200.0);
    QCOMPARE(table.column(2).numbers[2], -300.0);
    QCOMPARE(table.column(2).numbers[3], 7.0); // ideographic spaces trimmed
    QVERIFY(!table.isNumeric(3)); // nothing but blanks (and a missing cell)
    QCOMPARE(table.column(3).blanks, 4);
    QCOMPARE(table.text(1, 0), QString()); // " " trimmed
    QCOMPARE(table.indexOf(u"PLAN"_s), 1);
}

void TestLogisticRegression::identifierAndConstantColumns()
{
    FeatureTable table({ u"customerID"_s, u"number"_s, u"region"_s, u"flag"_s });
    table.appendRow({ u"7590-VHVEG"_s, u"1"_s, u"EU"_s, u"x"_s });
    table.appendRow({ u"5575-GNVDE"_s, u"2"_s, u"US"_s, u"x"_s });
    table.appendRow({ u"3668-QPYBK"_s, u"3"_s, u"EU"_s, u"x "_s });
    QVERIFY(table.isIdentifier(0));
    QVERIFY(!table.isIdentifier(1)); // distinct but numeric: a feature
    QVERIFY(!table.isIdentifier(2));
    QVERIFY(table.isConstant(3));
    QVERIFY(!table.isConstant(2));
    QVERIFY(!table.isConstant(1));
}

void TestLogisticRegression::encoderImputesAndOneHotsFromTrainingRowsOnly()
{
    FeatureTable table({ u"tenure"_s, u"Contract"_s });
    table.appendRow({ u"1"_s, u"Month-to-month"_s });
    table.appendRow({ u""_s, u"One year"_s });
    table.appendRow({ u"3"_s, u"Month-to-month"_s });
    table.appendRow({ u"100"_s, u""_s });
    table.appendRow({ u""_s, u"Two year"_s }); // "Two year" only outside the training rows
    const std::vector<qsizetype> train = { 0, 1, 2, 3 };
    FeatureEncoder encoder;
    encoder.fit(table, train, { 0, 1 });
    const QStringList names
        = { u"tenure"_s, u"Contract=Month-to-month"_s, u"Contract=One year"_s, u"Contract=(blank)"_s };
    QCOMPARE(encoder.featureNames(), names);
    QCOMPARE(encoder.columns().at(0).mean, (1.0 + 3.0 + 100.0) / 3.0);
    QCOMPARE(encoder.columns().at(0).imputed, 1);

    const std::vector<qsizetype> rows = { 1, 4, 3 };
    const FeatureMatrix x = encoder.transform(table, rows);
    QCOMPARE(x.rows, 3);
    QCOMPARE(x.cols, 4);
    const double mean = (1.0 + 3.0 + 100.0) / 3.0;
    const QList<double> row1 = { mean, 0, 1, 0 };
    const QList<double> row4 = { mean, 0, 0, 0 }; // unknown level: all zeros
    const QList<double> row3 = { 100, 0, 0, 1 };
    for (qsizetype j = 0; j < 4; ++j) {
        QCOMPARE(x.at(0, j), row1.at(j));
        QCOMPARE(x.at(1, j), row4.at(j));
        QCOMPARE(x.at(2, j), row3.at(j));
    }
    // Fitted on other rows, the mean follows them.
    encoder.fit(table, std::vector<qsizetype> { 0, 2 }, { 0, 1 });
    QCOMPARE(encoder.columns().at(0).mean, 2.0);
    QCOMPARE(encoder.featureCount(), 2); // tenure, Contract=Month-to-month
}

void TestLogisticRegression::encoderCapsRareLevels()
{
    FeatureTable table({ u"city"_s });
    const QStringList cities = { u"Oslo"_s, u"Rome"_s, u"Rome"_s, u"Lima"_s, u"Rome"_s,
                                 u"Oslo"_s, u"Kyiv"_s, u"Pune"_s, u"Lima"_s, u"Oslo"_s };
    for (const QString &city : cities)
        table.appendRow({ city });
    FeatureEncoder encoder;
    encoder.fit(table, allRows(table.rowCount()), { 0 }, 2);
    // Oslo and Rome (3 each) kept, in order of first appearance; Lima, Kyiv, Pune dropped.
    QCOMPARE(encoder.featureNames(), (QStringList { u"city=Oslo"_s, u"city=Rome"_s }));
    QCOMPARE(encoder.columns().at(0).droppedLevels, 3);
    const FeatureMatrix x = encoder.transform(table, std::vector<qsizetype> { 3, 1 });
    QCOMPARE(x.at(0, 0) + x.at(0, 1), 0.0);
    QCOMPARE(x.at(1, 1), 1.0);
}

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "tst_logisticregression.moc"
