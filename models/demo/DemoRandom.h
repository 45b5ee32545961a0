#pragma once

#include <QtGlobal>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <span>

// xoshiro256** seeded through splitmix64, with its own uniform and normal helpers.
// std:: distributions differ between standard libraries and the demo bundle must be
// byte-identical everywhere, so everything here is plain integer and IEEE arithmetic
// (no exp/log/sin, whose last bit is not pinned down across C libraries).
class DemoRandom
{
public:
    // One independent stream per (seed, stream): e.g. one per account.
    explicit DemoRandom(quint64 seed, quint64 stream = 0);

    quint64 next();

    // Uniform in [0, 1).
    double uniform();
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi], both inclusive.
    int between(int lo, int hi);
    // True with probability p.
    bool chance(double p) { return uniform() < p; }
    // Standard normal, approximated by a sum of six uniforms (bounded at about ±4.2).
    double normal();
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Index drawn with the given relative weights.
    int weighted(std::initializer_list<double> weights)
    {
        return weighted(std::span(weights.begin(), weights.size()));
    }
    int weighted(std::span<const double> weights);

    // A uniformly drawn element of an array or span.
    template<typename Range> decltype(auto) pick(const Range &items)
    {
        return items[static_cast<std::size_t>(between(0, int(std::size(items)) - 1))];
    }

    static quint64 splitmix64(quint64 &state);

private:
    std::array<quint64, 4> m_state {};
};
