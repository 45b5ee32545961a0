#include "LogisticRegression.h"

#include <Eigen/Cholesky>
#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// log(1 + e^z), without overflow for large |z|.
double log1pExp(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

double sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

} // namespace

bool LogisticRegression::fit(const FeatureMatrix &x, std::span<const int> y, QString *error)
{
    m_fitted = false;
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype n = x.rows;
    const qsizetype d = x.cols;
    if (n == 0)
        return fail(tr("there are no rows to learn from"));
    if (qsizetype(y.size()) != n || qsizetype(x.values.size()) != n * d)
        return fail(tr("%1 rows of features but %2 outcomes").arg(n).arg(y.size()));
    if (!(m_options.c > 0) || !std::isfinite(m_options.c))
        return fail(tr("the regularisation strength C must be a positive number"));
    qsizetype positives = 0;
    for (const int label : y) {
        if (label != 0 && label != 1)
            return fail(tr("outcomes must be 0 or 1"));
        positives += label;
    }
    if (positives == 0 || positives == n)
        return fail(tr("both outcomes are needed to learn from, but all %n row(s) have the same one", nullptr,
                       int(n)));
    for (qsizetype i = 0; i < qsizetype(x.values.size()); ++i) {
        if (!std::isfinite(x.values[size_t(i)]))
            return fail(tr("row %1, feature %2 is not a finite number").arg(i / d + 1).arg(i % d + 1));
    }

    // Standardisation, as StandardScaler: mean and population deviation of each feature.
    m_means.assign(size_t(d), 0.0);
    m_scales.assign(size_t(d), 1.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < d; ++j)
            m_means[size_t(j)] += x.at(i, j);
    }
    for (double &mean : m_means)
        mean /= double(n);
    std::vector<double> variance(size_t(d), 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < d; ++j) {
            const double delta = x.at(i, j) - m_means[size_t(j)];
            variance[size_t(j)] += delta * delta;
        }
    }
    constexpr double eps = std::numeric_limits<double>::epsilon();
    for (qsizetype j = 0; j < d; ++j) {
        const double scale = std::sqrt(variance[size_t(j)] / double(n));
        m_scales[size_t(j)]
            = scale > 10 * eps * std::max(1.0, std::abs(m_means[size_t(j)])) ? scale : 1.0; // constant: 1
    }

    // The design matrix, row-major like x: a column of ones for the intercept, then the
    // standardised features.
    using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    RowMajorMatrix z(n, d + 1);
    for (qsizetype i = 0; i < n; ++i) {
        const double *in = x.values.data() + i * d;
        double *row = z.data() + i * (d + 1);
        row[0] = 1.0;
        for (qsizetype j = 0; j < d; ++j)
            row[j + 1] = (in[j] - m_means[size_t(j)]) / m_scales[size_t(j)];
    }
    Eigen::VectorXd labels(n);
    for (qsizetype i = 0; i < n; ++i)
        labels(i) = y[size_t(i)];

    const double lambda = 1.0 / m_options.c;
    Eigen::VectorXd beta = Eigen::VectorXd::Zero(d + 1);
    beta(0) = std::log(double(positives) / double(n - positives)); // the optimum without features
    const auto objectiveAt = [&](const Eigen::VectorXd &b, Eigen::VectorXd &margin) {
        margin.noalias() = z * b;
        double f = 0;
        for (qsizetype i = 0; i < n; ++i)
            f += log1pExp(margin(i)) - labels(i) * margin(i);
        return f + 0.5 * lambda * b.tail(d).squaredNorm();
    };

    Eigen::VectorXd margin(n);
    Eigen::VectorXd candidateMargin(n);
    double f = objectiveAt(beta, margin);
    Eigen::VectorXd residual(n);
    Eigen::VectorXd sqrtWeight(n);
    // The Hessian is summed over blocks of rows that stay in cache.
    constexpr qsizetype blockRows = 1024;
    RowMajorMatrix weighted(std::min(n, blockRows), d + 1);
    Eigen::MatrixXd hessian(d + 1, d + 1);
    m_converged = false;
    m_iterations = 0;
    for (int iteration = 0; iteration < m_options.maxIterations; ++iteration) {
        for (qsizetype i = 0; i < n; ++i) {
            const double p = sigmoid(margin(i));
            residual(i) = p - labels(i);
            sqrtWeight(i) = std::sqrt(p * (1.0 - p));
        }
        Eigen::VectorXd gradient = z.transpose() * residual;
        gradient.tail(d) += lambda * beta.tail(d);

        // H = Z' W Z + lambda I (not on the intercept): the lower triangle is enough.
        hessian.setZero();
        for (qsizetype start = 0; start < n; start += blockRows) {
            const qsizetype rows = std::min(blockRows, n - start);
            weighted.topRows(rows).noalias()
                = sqrtWeight.segment(start, rows).asDiagonal() * z.middleRows(start, rows);
            hessian.selfadjointView<Eigen::Lower>().rankUpdate(weighted.topRows(rows).transpose());
        }
        hessian.diagonal().tail(d).array() += lambda;

        Eigen::VectorXd step;
        const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
        if (llt.info() == Eigen::Success) {
            step = llt.solve(-gradient);
        } else {
            const Eigen::LDLT<Eigen::MatrixXd> ldlt(hessian);
            step = ldlt.solve(-gradient);
        }
        double decrement = -gradient.dot(step);
        if (!std::isfinite(decrement) || decrement <= 0) {
            // Numerically singular: fall back to steepest descent for this step.
            step = -gradient;
            decrement = gradient.squaredNorm();
        }
        if (0.5 * decrement <= m_options.tolerance * std::max(1.0, f)) {
            // Within the tolerance of the optimum: this last step, well inside Newton's
            // region of quadratic convergence, lands on it to rounding.
            Eigen::VectorXd last = beta + step;
            const double lastF = objectiveAt(last, candidateMargin);
            if (std::isfinite(lastF) && lastF <= f) {
                beta.swap(last);
                f = lastF;
            }
            m_converged = true;
            break;
        }

        // Backtracking (Armijo) line search; Newton's full step is almost always taken.
        double t = 1.0;
        bool accepted = false;
        Eigen::VectorXd candidate;
        double candidateF = f;
        for (int halving = 0; halving < 60; ++halving) {
            candidate = beta + t * step;
            candidateF = objectiveAt(candidate, candidateMargin);
            if (std::isfinite(candidateF) && candidateF <= f - 1e-4 * t * decrement) {
                accepted = true;
                break;
            }
            t *= 0.5;
        }
        if (!accepted) {
            // No decrease left to find in double precision: at the optimum, to rounding.
            m_converged = 0.5 * decrement <= 1e-8 * std::max(1.0, f);
            break;
        }
        beta.swap(candidate);
        margin.swap(candidateMargin);
        f = candidateF;
        ++m_iterations;
    }

    m_intercept = beta(0);
    m_weights.assign(beta.data() + 1, beta.data() + 1 + d);
    m_objective = f;
    m_fitted = true;
    return true;
}

double LogisticRegression::decisionValue(std::span<const double> features) const
{
    double value = m_intercept;
    const size_t d = std::min(features.size(), m_weights.size());
    for (size_t j = 0; j < d; ++j)
        value += m_weights[j] * (features[j] - m_means[j]) / m_scales[j];
    return value;
}

double LogisticRegression::predictProbability(std::span<const double> features) const
{
    return sigmoid(decisionValue(features));
}

std::vector<double> LogisticRegression::predictProbabilities(const FeatureMatrix &x) const
{
    std::vector<double> probabilities(size_t(x.rows));
    for (qsizetype i = 0; i < x.rows; ++i)
        probabilities[size_t(i)] = predictProbability(x.row(i));
    return probabilities;
}

std::vector<double> LogisticRegression::contributions(std::span<const double> features) const
{
    std::vector<double> parts(m_weights.size(), 0.0);
    const size_t d = std::min(features.size(), m_weights.size());
    for (size_t j = 0; j < d; ++j)
        parts[j] = m_weights[j] * (features[j] - m_means[j]) / m_scales[j];
    return parts;
}

std::vector<qsizetype> LogisticRegression::topDrivers(std::span<const double> features, qsizetype count) const
{
    const std::vector<double> parts = contributions(features);
    std::vector<qsizetype> order;
    for (size_t j = 0; j < parts.size(); ++j) {
        if (parts[j] > 0)
            order.push_back(qsizetype(j));
    }
    std::stable_sort(order.begin(), order.end(),
                     [&parts](qsizetype a, qsizetype b) { return parts[size_t(a)] > parts[size_t(b)]; });
    if (qsizetype(order.size()) > count)
        order.resize(size_t(std::max<qsizetype>(0, count)));
    return order;
}
