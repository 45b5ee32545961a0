#include "ModelEvaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace ModelEvaluation {

namespace {

// Uniform in [0, bound) from the generator's raw output, without modulo bias: std's
// distributions differ between standard libraries, this does not.
quint64 uniformBelow(std::mt19937_64 &generator, quint64 bound)
{
    const quint64 threshold = (0 - bound) % bound; // 2^64 mod bound
    for (;;) {
        const quint64 r = generator();
        if (r >= threshold)
            return r % bound;
    }
}

} // namespace

double rocAuc(std::span<const double> scores, std::span<const int> labels)
{
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0;
    double positives = 0;
    for (size_t i = 0; i < n;) {
        // A run of tied scores shares the average of its ranks (1-based).
        size_t j = i;
        while (j + 1 < n && scores[order[j + 1]] == scores[order[i]])
            ++j;
        const double rank = (double(i + 1) + double(j + 1)) / 2.0;
        for (size_t k = i; k <= j; ++k) {
            if (labels[order[k]] == 1) {
                positiveRankSum += rank;
                positives += 1;
            }
        }
        i = j + 1;
    }
    const double negatives = double(n) - positives;
    if (positives == 0 || negatives == 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double u = positiveRankSum - positives * (positives + 1) / 2.0;
    return u / (positives * negatives);
}

double accuracy(std::span<const double> probabilities, std::span<const int> labels, double threshold)
{
    const size_t n = std::min(probabilities.size(), labels.size());
    if (n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    size_t right = 0;
    for (size_t i = 0; i < n; ++i)
        right += (probabilities[i] >= threshold) == (labels[i] == 1) ? 1 : 0;
    return double(right) / double(n);
}

Split stratifiedSplit(std::span<const int> labels, double testFraction, quint64 seed)
{
    std::mt19937_64 generator(seed);
    Split split;
    for (const int label : { 0, 1 }) {
        std::vector<qsizetype> rows;
        for (size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == label)
                rows.push_back(qsizetype(i));
        }
        // Fisher-Yates.
        for (size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[size_t(uniformBelow(generator, quint64(i)))]);
        const auto size = qsizetype(rows.size());
        qsizetype testCount = 0;
        if (size >= 2)
            testCount
                = std::clamp<qsizetype>(qsizetype(std::llround(testFraction * double(size))), 1, size - 1);
        split.test.insert(split.test.end(), rows.begin(), rows.begin() + testCount);
        split.train.insert(split.train.end(), rows.begin() + testCount, rows.end());
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

std::vector<int> stratifiedFolds(std::span<const int> labels, int k)
{
    const size_t n = labels.size();
    std::vector<int> folds(n, 0);
    if (k < 1 || n == 0)
        return folds;
    // Classes numbered in order of first appearance, as scikit-learn encodes them.
    std::vector<int> classOf(n);
    std::vector<int> classLabels;
    for (size_t i = 0; i < n; ++i) {
        auto it = std::find(classLabels.begin(), classLabels.end(), labels[i]);
        if (it == classLabels.end()) {
            classLabels.push_back(labels[i]);
            it = classLabels.end() - 1;
        }
        classOf[i] = int(it - classLabels.begin());
    }
    const size_t classes = classLabels.size();
    std::vector<size_t> counts(classes, 0);
    for (const int c : classOf)
        ++counts[size_t(c)];
    // Deal the class-sorted labels round robin: fold f gets positions f, f + k, f + 2k, ...
    std::vector<std::vector<size_t>> allocation(size_t(k), std::vector<size_t>(classes, 0));
    size_t position = 0;
    for (size_t c = 0; c < classes; ++c) {
        for (size_t i = 0; i < counts[c]; ++i, ++position)
            ++allocation[position % size_t(k)][c];
    }
    // Each class's rows, in order, fill fold 0's share, then fold 1's, ...
    std::vector<int> currentFold(classes, 0);
    std::vector<size_t> usedInFold(classes, 0);
    for (size_t i = 0; i < n; ++i) {
        const auto c = size_t(classOf[i]);
        while (usedInFold[c] >= allocation[size_t(currentFold[c])][c]) {
            ++currentFold[c];
            usedInFold[c] = 0;
        }
        folds[i] = currentFold[c];
        ++usedInFold[c];
    }
    return folds;
}

std::vector<Split> stratifiedKFold(std::span<const int> labels, int k)
{
    const std::vector<int> folds = stratifiedFolds(labels, k);
    std::vector<Split> splits(size_t(std::max(k, 0)));
    for (size_t i = 0; i < folds.size(); ++i) {
        for (int f = 0; f < k; ++f)
            (folds[i] == f ? splits[size_t(f)].test : splits[size_t(f)].train).push_back(qsizetype(i));
    }
    return splits;
}

} // namespace ModelEvaluation
