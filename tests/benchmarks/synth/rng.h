// SPDX-FileCopyrightText: 2026 The Reftel developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace Reftel::Synth
{
// A seeded generator with the few draws the synthetic release needs.
// std::mt19937_64's output is fixed by the standard, but the std::*_distribution
// classes are not (libstdc++ and libc++ differ), so the draws are done here by
// hand: the same seed then gives the same bytes with any standard library.
class Rng final
{
public:
    // One stream per cable, derived from the run's seed and the cable's index, so
    // a cable's text does not depend on the cables before it (--count N gives a
    // prefix of the full release, byte for byte).
    Rng(std::uint64_t seed, std::uint64_t stream)
        : m_engine(mix(seed * 0x9E3779B97F4A7C15ULL + mix(stream + 0x632BE59BD9B4E019ULL)))
    {
    }

    std::uint64_t next() { return m_engine(); }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

    // Uniform in [0, n); n > 0. Lemire's multiply-shift: no modulo bias worth
    // caring about here and no division.
    std::uint32_t below(std::uint32_t n)
    {
        return std::uint32_t((std::uint64_t(std::uint32_t(next() >> 32)) * n) >> 32);
    }

    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + int(below(std::uint32_t(hi - lo + 1))); }

    bool chance(double p) { return uniform() < p; }

    // Standard normal, Box-Muller (one of the pair is dropped to keep no state).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log() stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    // splitmix64's finaliser: spreads nearby seeds and indices over the whole range.
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    std::mt19937_64 m_engine;
};
}
