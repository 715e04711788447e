"""MXNet's Marsaglia-Tsang gamma sampler for many samples at once, every state in lock step.

Each of MXNet's random states draws its samples one after another, a rejection loop each; the states
are independent. Here every state makes one attempt per round (a polar normal, then the acceptance
test and, for a shape below 1, the extra uniform), so each state consumes its numbers in the order
the one-at-a-time sampler (ops_random._gamma1) does, with the same float/double roundings, and the
samples are the same, while the work is a few numpy calls per round instead of Python per number.
"""
import math

import numpy as np

_F = np.float32
_READ_AHEAD = 1 << 24       # numbers read ahead at most (64 MB); beyond, the one-at-a-time sampler runs
_math_log = np.frompyfunc(math.log, 1, 1)     # the C library's log, as the one-at-a-time sampler calls it
_math_pow = np.frompyfunc(pow, 2, 1)


def _rounder(double):
    if double:
        return lambda v: v
    return lambda v: v.astype(_F).astype(np.float64)


def _clog(x):
    return _math_log(x).astype(np.float64) if len(x) else x


def gamma_samples(rows, counts, alphas, betas, double, logf):
    """Samples per state (``counts``) of gamma(alphas[j], scale betas[j]) for sample j, states 0, 1, ...

    ``rows`` is the states' store (ops_random._Rows), left just past the numbers used. Returns None,
    touching nothing, when a state would need more numbers than can be read ahead.
    """
    rnd = _rounder(double)
    nrow, per = len(counts), 2 if double else 1
    idx = np.arange(nrow)
    saved = rows.mt[idx].copy(), rows.pos[idx].copy()
    width = (int(counts.max()) * 16 + 64) * per
    if nrow * width > _READ_AHEAD:
        return None
    buf = rows.take(idx, np.full(nrow, width))
    rows.mt[idx], rows.pos[idx] = saved
    pos = np.zeros(nrow, np.int64)
    done = np.zeros(nrow, np.int64)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    out = np.empty(int(counts.sum()), np.float64)

    a_all = alphas.astype(np.float64)
    d_all = rnd(np.where(a_all < 1, a_all + 2.0 / 3.0, a_all - 1.0 / 3.0))
    k_all = rnd(np.sqrt(9.0 * d_all))
    c_all = rnd(1.0 / k_all)

    def uniform(r):
        p = pos[r]
        if double:
            u = (buf[r, p].astype(np.float64) + buf[r, p + 1].astype(np.float64) * 2.0 ** 32) * 2.0 ** -64
        else:
            u = buf[r, p].astype(_F).astype(np.float64) * 2.0 ** -32
        pos[r] = p + per
        return u

    with np.errstate(all="ignore"):
        while True:
            r = np.flatnonzero(done < counts)
            if not len(r):
                break
            if int(pos.max()) + 4 * per > width:
                return None
            j = first[r] + done[r]
            x = rnd(2.0 * uniform(r) - 1.0)
            y = rnd(2.0 * uniform(r) - 1.0)
            r2 = rnd(rnd(x * x) + rnd(y * y))
            ok = (r2 <= 1.0) & (r2 != 0.0)
            r, j, y, r2 = r[ok], j[ok], y[ok], r2[ok]
            lg = _clog(r2) if double else logf(r2.astype(_F)).astype(np.float64)
            z = rnd(y * rnd(np.sqrt(rnd(rnd(-2.0 * lg) / r2))))
            go = z > -k_all[j]
            r, j, z = r[go], j[go], z[go]
            d, c = d_all[j], c_all[j]
            x = rnd(1.0 + rnd(c * z))
            v = rnd(rnd(x * x) * x)
            u = uniform(r)
            take = _clog(1.0 - u) < 0.5 * z * z + d * (1.0 - v + _clog(v))
            r, j, d, v = r[take], j[take], d[take], v[take]
            sample = rnd(rnd(d * v) * betas[j].astype(np.float64))
            small = a_all[j] < 1
            if small.any():
                rs, a = r[small], a_all[j[small]]
                inv = np.where(a != 0, rnd(1.0 / np.where(a != 0, a, 1.0)), math.inf)
                sample[small] = rnd(sample[small] * _math_pow(uniform(rs), inv).astype(np.float64))
            out[j] = sample
            done[r] += 1
    rows.take(idx, pos)
    return out
