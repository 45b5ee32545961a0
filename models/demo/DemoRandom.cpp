#include "DemoRandom.h"

namespace {

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

quint64 DemoRandom::splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    // Mix the stream number through splitmix first so that neighbouring streams
    // (account 17, account 18) start far apart.
    quint64 mix = stream;
    quint64 state = seed ^ splitmix64(mix);
    for (quint64 &word : m_state)
        word = splitmix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    // The top 53 bits make an exactly representable double in [0, 1).
    return double(next() >> 11) * 0x1.0p-53;
}

int DemoRandom::between(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const quint64 span = quint64(qint64(hi) - qint64(lo) + 1);
    // Multiply-shift on the top 32 bits (spans here are small); the bias is negligible.
    const quint64 r = ((next() >> 32) * span) >> 32;
    return int(qint64(lo) + qint64(r));
}

double DemoRandom::normal()
{
    // Irwin-Hall: the sum of six uniforms has variance 1/2; scale by sqrt(2).
    double sum = 0;
    for (int i = 0; i < 6; ++i)
        sum += uniform();
    return (sum - 3.0) * 1.4142135623730951;
}

int DemoRandom::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = uniform() * total;
    int index = 0;
    for (double w : weights) {
        if (r < w)
            return index;
        r -= w;
        ++index;
    }
    return index - 1;
}
