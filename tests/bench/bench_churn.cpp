// Churn model benchmark at 100k rows of ~20 columns (numeric with blanks, categorical):
//   - fit: LogisticRegression::fit (Newton, Eigen) on the encoded matrix, the model's training;
//   - encode: FeatureEncoder fit + transform of every row;
//   - churn-eval: ChurnEval::run on the same data written as a CSV (read, detect, encode, and
//     seven fits: the 80/20 split, five folds, every row), what `pitwall-cli churn-eval` does.
// Baseline in the same run: plain full-batch gradient descent on the same objective (same
// standardisation, step 1/L with L the gradient's Lipschitz constant), run until its objective
// is within 1e-6 (relative) of the optimum Newton found, or a time limit.
#include "churn/ChurnEval.h"
#include "churn/FeatureTable.h"
#include "churn/LogisticRegression.h"
#include "churn/ModelEvaluation.h"

#include <Eigen/Core>
#include <Eigen/Eigenvalues>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// A churn history with a planted signal: `numeric` numeric columns (two with 1% blanks; in
// correlated pairs, on different scales) and `categorical` columns of 3 to 6 levels, the
// outcome drawn from a logistic model of them.
QByteArray generateCsv(int rows, int numeric, int categorical, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> weights(static_cast<size_t>(numeric));
    for (int j = 0; j < numeric; ++j)
        weights[size_t(j)] = j < numeric / 2 ? (j % 2 ? -0.6 : 0.5) / (1 + j / 3) : 0.0; // half are noise
    QByteArray csv = "id";
    for (int j = 0; j < numeric; ++j)
        csv += ",num" + QByteArray::number(j);
    for (int j = 0; j < categorical; ++j)
        csv += ",cat" + QByteArray::number(j);
    csv += ",churned\n";
    csv.reserve(qsizetype(rows) * (numeric * 9 + categorical * 4 + 16));
    std::vector<double> x(static_cast<size_t>(numeric));
    for (int i = 0; i < rows; ++i) {
        double logit = -1.2;
        csv += "C" + QByteArray::number(i + 1);
        for (int j = 0; j < numeric; ++j) {
            // Pairs of related measures (licences bought and used, seats and ARR): the
            // second of each pair in the signal half follows the first closely, and churn
            // depends on their difference, as it does in real books.
            x[size_t(j)]
                = j % 2 && j < numeric / 2 ? 0.95 * x[size_t(j - 1)] + 0.31 * normal(rng) : normal(rng);
            logit += weights[size_t(j)] * x[size_t(j)];
            csv += ',';
            if (j < 2 && unit(rng) < 0.01)
                continue; // a blank, imputed
            // Different scales: standardisation matters.
            csv += QByteArray::number(x[size_t(j)] * std::pow(10.0, j % 4) + 50.0 * (j % 3), 'f', 3);
        }
        for (int j = 0; j < categorical; ++j) {
            const int levels = 3 + j % 4;
            const auto level = int(rng() % quint64(levels));
            logit += (level == 0 ? 0.4 : level == 1 ? -0.3 : 0.0) * (j % 2 ? 1 : -1);
            csv += ",L" + QByteArray::number(level);
        }
        csv += unit(rng) < 1.0 / (1.0 + std::exp(-logit)) ? ",Yes\n" : ",No\n";
    }
    return csv;
}

// The baseline: full-batch gradient descent on the same objective, from the same start.
struct DescentResult
{
    double seconds = 0;
    int iterations = 0;
    double gap = 0; // (f - f*) / f* at the end
    bool reached = false;
};

DescentResult gradientDescent(const FeatureMatrix &x, const std::vector<int> &y, double target, double c,
                              double timeLimit)
{
    QElapsedTimer timer;
    timer.start();
    const qsizetype n = x.rows;
    const qsizetype d = x.cols;
    // Standardise as the model does.
    Eigen::MatrixXd z(n, d + 1);
    z.col(0).setOnes();
    for (qsizetype j = 0; j < d; ++j) {
        double mean = 0;
        for (qsizetype i = 0; i < n; ++i)
            mean += x.at(i, j);
        mean /= double(n);
        double variance = 0;
        for (qsizetype i = 0; i < n; ++i)
            variance += (x.at(i, j) - mean) * (x.at(i, j) - mean);
        double scale = std::sqrt(variance / double(n));
        if (!(scale > 1e-12))
            scale = 1;
        for (qsizetype i = 0; i < n; ++i)
            z(i, j + 1) = (x.at(i, j) - mean) / scale;
    }
    Eigen::VectorXd labels(n);
    double positives = 0;
    for (qsizetype i = 0; i < n; ++i) {
        labels(i) = y[size_t(i)];
        positives += y[size_t(i)];
    }
    const double lambda = 1.0 / c;
    // L = max eigenvalue of Z'Z / 4 + lambda bounds the Hessian.
    const Eigen::MatrixXd gram = z.transpose() * z;
    const double lipschitz = Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(gram, Eigen::EigenvaluesOnly)
                                 .eigenvalues()
                                 .maxCoeff()
            / 4.0
        + lambda;
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(d + 1);
    beta(0) = std::log(positives / (double(n) - positives));
    Eigen::VectorXd margin(n);
    Eigen::VectorXd residual(n);
    DescentResult result;
    for (;;) {
        margin.noalias() = z * beta;
        double f = 0.5 * lambda * beta.tail(d).squaredNorm();
        for (qsizetype i = 0; i < n; ++i) {
            const double m = margin(i);
            f += (m > 0 ? m + std::log1p(std::exp(-m)) : std::log1p(std::exp(m))) - labels(i) * m;
            residual(i) = 1.0 / (1.0 + std::exp(-m)) - labels(i);
        }
        result.gap = (f - target) / std::abs(target);
        if (result.gap <= 1e-6) {
            result.reached = true;
            break;
        }
        if (seconds(timer) > timeLimit)
            break;
        Eigen::VectorXd gradient = z.transpose() * residual;
        gradient.tail(d) += lambda * beta.tail(d);
        beta -= gradient / lipschitz;
        ++result.iterations;
    }
    result.seconds = seconds(timer);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark of the churn model's training at 100k rows"_s);
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Rows of generated history (default 100000)."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"numeric"_s, u"Numeric columns (default 14)."_s, u"n"_s, u"14"_s });
    parser.addOption({ u"categorical"_s, u"Categorical columns (default 6)."_s, u"n"_s, u"6"_s });
    parser.addOption({ u"runs"_s, u"Repetitions of each measurement (default 5)."_s, u"n"_s, u"5"_s });
    parser.addOption({ u"no-baseline"_s, u"Skip the gradient-descent baseline."_s });
    parser.addOption(
        { u"keep-csv"_s, u"Write the generated history to this file and keep it."_s, u"file"_s });
    parser.addOption(
        { u"baseline-limit"_s, u"Seconds the baseline may take (default 120)."_s, u"s"_s, u"120"_s });
    parser.process(app);
    const int rows = qMax(100, parser.value(u"rows"_s).toInt());
    const int numeric = qMax(1, parser.value(u"numeric"_s).toInt());
    const int categorical = qMax(0, parser.value(u"categorical"_s).toInt());
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());

    out << QString::asprintf("Churn model benchmark: %d rows, %d numeric + %d categorical columns, %d runs",
                             rows, numeric, categorical, runs)
        << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = generateCsv(rows, numeric, categorical, 20261120);
    QTemporaryDir dir;
    const QString path
        = parser.isSet(u"keep-csv"_s) ? parser.value(u"keep-csv"_s) : dir.filePath(u"history.csv"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size()) {
            out << "cannot write " << path << Qt::endl;
            return 1;
        }
    }
    out << QString::asprintf("  generated %.1f MB of CSV in %.2f s", double(csv.size()) / 1e6, seconds(timer))
        << Qt::endl;

    // The same table churn-eval reads, built here once for the fit-only figures.
    FeatureTable table([&] {
        QStringList names;
        for (int j = 0; j < numeric; ++j)
            names << u"num%1"_s.arg(j);
        for (int j = 0; j < categorical; ++j)
            names << u"cat%1"_s.arg(j);
        return names;
    }());
    std::vector<int> labels;
    labels.reserve(size_t(rows));
    {
        const QList<QByteArray> lines = csv.split('\n');
        std::vector<QByteArrayView> cells;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const QList<QByteArray> fields = lines.at(i).split(',');
            cells.assign(fields.begin() + 1, fields.end() - 1);
            table.appendRowUtf8(cells);
            labels.push_back(fields.last() == "Yes" ? 1 : 0);
        }
    }
    QList<qsizetype> columns;
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        columns << c;
    const std::vector<qsizetype> all = allRows(table.rowCount());

    std::vector<double> encodeTimes;
    FeatureMatrix x;
    QStringList featureNames;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        FeatureEncoder encoder;
        encoder.fit(table, all, columns);
        x = encoder.transform(table, all);
        encodeTimes.push_back(seconds(timer));
        featureNames = encoder.featureNames();
    }

    std::vector<double> fitTimes;
    LogisticRegression model;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        QString error;
        if (!model.fit(x, labels, &error)) {
            out << "fit failed: " << error << Qt::endl;
            return 1;
        }
        fitTimes.push_back(seconds(timer));
    }
    const std::vector<double> p = model.predictProbabilities(x);
    out << QString::asprintf(
        "  %lld features; Newton: %d iterations, converged %s, objective %.6f, training AUC %.4f",
        qlonglong(x.cols), model.iterations(), model.converged() ? "yes" : "NO", model.objective(),
        ModelEvaluation::rocAuc(p, labels))
        << Qt::endl;

    std::vector<double> evalTimes;
    ChurnEval::Result result;
    for (int run = 0; run < runs; ++run) {
        ChurnEval::Options options;
        options.csvPath = path;
        options.labelColumn = u"churned"_s;
        QString error;
        timer.restart();
        if (!ChurnEval::run(options, &result, &error)) {
            out << "churn-eval failed: " << error << Qt::endl;
            return 1;
        }
        evalTimes.push_back(seconds(timer));
    }
    out << QString::asprintf("  churn-eval: auc %.4f, cv_auc %.4f, accuracy %.4f, n %lld, positives %lld",
                             result.auc, result.cvAuc, result.accuracy, qlonglong(result.n),
                             qlonglong(result.positives))
        << Qt::endl;

    const double fit = median(fitTimes);
    out << Qt::endl << "median of " << runs << " runs:" << Qt::endl;
    out << QString::asprintf("  fit (Newton, %lld x %lld)         %8.3f s   goal <= 5 s: %s",
                             qlonglong(x.rows), qlonglong(x.cols), fit, fit <= 5.0 ? "met" : "MISSED")
        << Qt::endl;
    out << QString::asprintf("  encode (impute, one-hot)            %8.3f s", median(encodeTimes))
        << Qt::endl;
    const double eval = median(evalTimes);
    out << QString::asprintf("  churn-eval (read + 7 fits)          %8.3f s   goal <= 5 s: %s", eval,
                             eval <= 5.0 ? "met" : "MISSED")
        << Qt::endl;

    if (!parser.isSet(u"no-baseline"_s)) {
        const DescentResult gd = gradientDescent(x, labels, model.objective(), 1.0,
                                                 parser.value(u"baseline-limit"_s).toDouble());
        out << QString::asprintf(
            "  baseline: gradient descent          %8.3f s   %d iterations, %s (gap %.2g)", gd.seconds,
            gd.iterations, gd.reached ? "reached 1e-6 of the optimum" : "stopped at the time limit", gd.gap)
            << Qt::endl;
        out << QString::asprintf("  Newton is %.0fx faster than the baseline%s", gd.seconds / qMax(fit, 1e-9),
                                 gd.reached ? "" : " (at least: the baseline did not finish)")
            << Qt::endl;
    }
    return 0;
}
