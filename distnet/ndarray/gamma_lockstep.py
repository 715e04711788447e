"""MXNet's Marsaglia-Tsang gamma sampler for many samples at once, every state in lock step.

Each of MXNet's random states draws its samples one after another, a rejection loop each; the states
are independent. Here every state makes one attempt per round (a polar normal, then the acceptance
test and, for a shape below 1, the extra uniform), so each state consumes its numbers in the order
the one-at-a-time sampler (ops_random._gamma1) does, with the same float/double roundings, and the
samples are the same, while the work is a few numpy calls per round instead of Python per number.
"""
import math

import numpy as np

from .lockstep_streams import Streams
from .ops_elemwise import libm_f64

_F = np.float32


def _to_half(x):
    """float32 values rounded to float16, as float64 values."""
    return x.astype(np.float16).astype(np.float64)


def rounder(double):
    """Rounding of a float64 result to the sampler's arithmetic: none for double, to float for float."""
    if double:
        return lambda v: v
    return lambda v: v.astype(_F).astype(np.float64)


def libm(fn, *xs):
    """``fn`` (a function of Python floats, e.g. the C library's ``math.log``, as the one-at-a-time sampler
    calls it) of every element of float64 arrays ``xs``."""
    return np.fromiter(map(fn, *(x.tolist() for x in xs)), np.float64, len(xs[0]))


def c_log(x):
    """C's log of a Python float: -inf at 0 (a uniform that rounded up to 1 gives log(1 - u) = log 0) and
    nan below, where math.log raises."""
    return math.log(x) if x > 0 else -math.inf if x == 0 else math.nan


def clog(x):
    """The C library's log of every element of a float64 array (c_log's values): in numpy's loop, else
    one element at a time."""
    return libm_f64("log", lambda v: libm(c_log, v), x)


def cpow(x, y):
    """The C library's pow of float64 arrays, element by element."""
    return libm_f64("pow", lambda u, v: libm(pow, u, v), x, y)


class GammaConstants:
    """Per sample: the shape ``a``, scale ``b`` and Marsaglia-Tsang's d, k = sqrt(9d) and c = 1/k.

    ``half``: the parameters are float16, and the steps that mix them (d, the scaling, 1/a) are taken in
    float and rounded to half, as ops_random._gamma1 does for them."""

    def __init__(self, alphas, betas, double, half=False):
        self.rnd, self.half = rounder(double), half
        self.a, self.b = alphas.astype(np.float64), betas.astype(np.float64)
        with np.errstate(all="ignore"):
            if half:
                d = _to_half(self.a.astype(_F) + np.where(self.a < 1, _F(2.0 / 3.0), _F(-1.0 / 3.0)))
            else:
                d = np.where(self.a < 1, self.a + 2.0 / 3.0, self.a - 1.0 / 3.0)
            self.d = self.rnd(d)
            self.k = self.rnd(np.sqrt(9.0 * self.d))
            self.c = self.rnd(1.0 / self.k)

    def scaled(self, dv, j):
        """The accepted d v of samples ``j`` times their scales."""
        if self.half:
            return _to_half(dv.astype(_F) * self.b[j].astype(_F))
        return self.rnd(dv * self.b[j])

    def inverse_shape(self, a):
        """1 / a for the shapes ``a`` below 1 (infinite at 0, as MXNet's division)."""
        nonzero = np.where(a != 0, a, 1.0)
        inv = _to_half(_F(1.0) / nonzero.astype(_F)) if self.half else self.rnd(1.0 / nonzero)
        return np.where(a != 0, inv, math.inf)

    def ends(self, used=slice(None)):
        """Whether every rejection loop (of the samples ``used``) ends; where not, the one-at-a-time
        sampler raises or loops as MXNet does, and is left to do so."""
        d, k, c = self.d[used], self.k[used], self.c[used]
        return bool(np.all((d > 0) & (k > 0) & np.isfinite(d) & np.isfinite(c)))


def gamma_attempt(streams, r, j, gc, logf):
    """One attempt of states ``r`` at their samples ``j``: the states that accepted, their samples, the values."""
    rnd, double = gc.rnd, streams.double
    x = rnd(2.0 * streams.uniform(r) - 1.0)
    y = rnd(2.0 * streams.uniform(r) - 1.0)
    r2 = rnd(rnd(x * x) + rnd(y * y))
    ok = (r2 <= 1.0) & (r2 != 0.0)
    r, j, y, r2 = r[ok], j[ok], y[ok], r2[ok]
    lg = clog(r2) if double else logf(r2.astype(_F)).astype(np.float64)
    z = rnd(y * rnd(np.sqrt(rnd(rnd(-2.0 * lg) / r2))))
    go = z > -gc.k[j]
    r, j, z = r[go], j[go], z[go]
    d, c = gc.d[j], gc.c[j]
    x = rnd(1.0 + rnd(c * z))
    v = rnd(rnd(x * x) * x)
    u = streams.uniform(r)
    take = clog(1.0 - u) < 0.5 * z * z + d * (1.0 - v + clog(v))
    r, j, d, v = r[take], j[take], d[take], v[take]
    sample = gc.scaled(rnd(d * v), j)
    small = gc.a[j] < 1
    if small.any():
        rs, inv = r[small], gc.inverse_shape(gc.a[j[small]])
        sample[small] = rnd(sample[small] * cpow(streams.uniform(rs), inv))
    return r, j, sample


def gamma_samples(rows, counts, alphas, betas, double, logf, half=False):
    """Samples per state (``counts``) of gamma(alphas[j], scale betas[j]) for sample j, states 0, 1, ...
    (``half``: float16 parameters, see GammaConstants).

    ``rows`` is the states' store (ops_random._Rows), left just past the numbers used. Returns None,
    touching nothing, when some sample's rejection loop would not end.
    """
    gc = GammaConstants(alphas, betas, double, half)
    if not gc.ends():
        return None
    nrow = len(counts)
    streams = Streams(rows, nrow, double)
    done = np.zeros(nrow, np.int64)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    out = np.empty(int(counts.sum()), np.float64)
    with np.errstate(all="ignore"):
        while True:
            r = np.flatnonzero(done < counts)
            if not len(r):
                break
            streams.reserve(r, 4 * streams.per)
            r, j, sample = gamma_attempt(streams, r, first[r] + done[r], gc, logf)
            out[j] = sample
            done[r] += 1
    streams.finish()
    return out
