#pragma once

#include "FeatureTable.h"

#include <QCoreApplication>
#include <QString>
#include <span>
#include <vector>

// Binary logistic regression with an L2 penalty, on standardised features, as
// scikit-learn's LogisticRegression(C=1.0) defines it: it minimises
//
//     sum over samples of log(1 + exp(-s_i * (b + w . z_i)))  +  ||w||^2 / (2 C)
//
// where z_i are the features standardised with the training mean and (population)
// deviation, s_i = +1 for a positive and -1 for a negative, and the intercept b is not
// penalised. A constant feature (deviation 0) is left unscaled, as StandardScaler does.
//
// Fitted by Newton's method (the Hessian factorised with Eigen's LLT, LDLT as a fallback)
// with a backtracking line search: a few iterations to machine precision on data of any
// scale, and the unique optimum even when the classes are separable.
class LogisticRegression
{
    Q_DECLARE_TR_FUNCTIONS(LogisticRegression)

public:
    struct Options
    {
        double c = 1.0; // inverse regularisation strength, as scikit-learn's C
        int maxIterations = 100;
        double tolerance = 1e-14; // stop when half the Newton decrement is below this x max(1, objective)
    };

    LogisticRegression() = default;
    explicit LogisticRegression(const Options &options)
        : m_options(options)
    { }

    // Fits on `x` (raw, unstandardised features) and `y` (1 positive, 0 negative). False
    // with a message when it cannot: no rows, one class only, sizes that disagree, a value
    // that is not finite.
    bool fit(const FeatureMatrix &x, std::span<const int> y, QString *error = nullptr);

    bool isFitted() const { return m_fitted; }
    qsizetype featureCount() const { return qsizetype(m_weights.size()); }

    // P(positive) for one row of raw features (featureCount() values).
    double predictProbability(std::span<const double> features) const;
    std::vector<double> predictProbabilities(const FeatureMatrix &x) const;
    // b + w . z, the log-odds.
    double decisionValue(std::span<const double> features) const;

    // Each feature's part of one prediction's log-odds: weight x standardised value. Positive
    // pushes towards the positive class; the largest are the prediction's drivers.
    std::vector<double> contributions(std::span<const double> features) const;
    // The features that raise this prediction's probability most: the indices of the (at most)
    // `count` largest positive contributions, largest first.
    std::vector<qsizetype> topDrivers(std::span<const double> features, qsizetype count = 3) const;

    // The weights on the standardised features, and the intercept.
    const std::vector<double> &coefficients() const { return m_weights; }
    double intercept() const { return m_intercept; }
    const std::vector<double> &means() const { return m_means; }
    const std::vector<double> &scales() const { return m_scales; }

    int iterations() const { return m_iterations; }
    bool converged() const { return m_converged; }
    // The minimised objective above, at the solution.
    double objective() const { return m_objective; }

private:
    Options m_options;
    bool m_fitted = false;
    bool m_converged = false;
    int m_iterations = 0;
    double m_objective = 0;
    double m_intercept = 0;
    std::vector<double> m_weights;
    std::vector<double> m_means;
    std::vector<double> m_scales;
};
