#pragma once

#include <QtGlobal>
#include <span>
#include <vector>

// How well a binary classifier ranks and classifies, and the deterministic splits it is
// measured on. Labels are 1 (positive) and 0 (negative).
namespace ModelEvaluation {

// The area under the ROC curve: the chance that a random positive scores above a random
// negative, ties counting one half (average ranks; the same as the trapezoid rule over the
// curve). NaN when either class is absent.
double rocAuc(std::span<const double> scores, std::span<const int> labels);

// The share of rows where (probability >= threshold) agrees with the label.
double accuracy(std::span<const double> probabilities, std::span<const int> labels, double threshold = 0.5);

struct Split
{
    std::vector<qsizetype> train;
    std::vector<qsizetype> test;
};

// A held-out split keeping each class's share: round(testFraction x class size) rows of
// each class go to `test` (at least one and never all of them, for a class of two or more;
// a class of one stays in `train`),
// drawn with a seeded generator (the same seed, the same split, on every platform). Both
// lists are in ascending row order.
Split stratifiedSplit(std::span<const int> labels, double testFraction, quint64 seed);

// The test fold of each row for stratified k-fold cross-validation, exactly as
// scikit-learn's StratifiedKFold(n_splits=k) without shuffling assigns them: each class's
// rows, in order, go to folds 0..k-1 in contiguous blocks whose sizes come from dealing the
// class-sorted labels round robin.
std::vector<int> stratifiedFolds(std::span<const int> labels, int k);

// The k splits of stratifiedFolds(): test = the rows of fold i, train = the rest.
std::vector<Split> stratifiedKFold(std::span<const int> labels, int k);

} // namespace ModelEvaluation
