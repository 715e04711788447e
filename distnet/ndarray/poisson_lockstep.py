"""MXNet's Poisson, negative binomial and generalized negative binomial samplers, every state in lock step.

A state draws its samples one after another; a negative binomial sample is a gamma sample and then a
Poisson sample with that rate, both from the same state. Here every state takes one step per round:
a gamma attempt (gamma_lockstep), a Poisson rejection attempt (rate from 12 up), or a window of
uniforms multiplied in float one after another (rate below 12), so each state uses its numbers in the
order the one-at-a-time sampler (ops_random._poisson1) does, with the same float roundings and
the C library's float functions (libm_float).
"""
import numpy as np

from .gamma_lockstep import GammaConstants, _to_half, gamma_attempt, libm, rounder
from . import libm_float as clib
from .lockstep_streams import Streams
from .ops_elemwise import libm_f32

_F = np.float32
_WINDOW = 8                             # uniforms multiplied per round for a rate below 12
_PI = float(_F(3.1415926))
_INT = 2.0 ** 31                        # C's int cast of a sample out of range (or nan) is INT_MIN
_START, _GAMMA, _SMALL, _LARGE = range(4)
_f = rounder(False)


def _clib(cname, x):
    """The C library's float function ``cname`` of float64 values ``x`` (rounded to float, as C converts a
    double argument), as float64 values: in numpy's loop, else libm_float's one element at a time."""
    return libm_f32(cname, lambda wide: libm(getattr(clib, cname), wide), x.astype(_F)).astype(np.float64)


def poisson_samples(rows, counts, lams, logf):
    """Samples per state (``counts``) of Poisson(lams[j]) for sample j, states 0, 1, ...; ``rows`` is
    left just past the numbers used."""
    return _Sampler(rows, counts, lams.astype(np.float64), None, logf).run()


def nbinom_samples(rows, counts, ks, ps, logf, half_params=False):
    """Negative binomial samples: Poisson with a gamma(k, (1 - p) / p) rate drawn first (for float16
    parameters, ``half_params``, the scale rounded to half and the gamma's half steps). None when the
    gamma sampler's loop would not end (the one-at-a-time sampler then does what MXNet does)."""
    ps = ps.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        scale = _f((1.0 - ps) / ps)
        if half_params:
            scale = _to_half(scale.astype(_F))
    gamma = GammaConstants(ks, scale, False, half_params)
    return _Sampler(rows, counts, np.zeros(len(ps)), gamma, logf).run()


def gnbinom_samples(rows, counts, mus, alphas, logf, double_params=False, half_params=False):
    """Generalized negative binomial samples: Poisson(mu) for a zero alpha, else with a
    gamma(1 / alpha, alpha * mu) rate drawn first (computed in float, or double for
    ``double_params``, or in float and rounded to half for ``half_params``, the gamma then taking
    its half steps). None as for ``nbinom_samples``."""
    mus, alphas = mus.astype(np.float64), alphas.astype(np.float64)
    mixed = alphas != 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if half_params:
            a32 = np.where(mixed, alphas, 1.0).astype(_F)
            shape, scale = _to_half(_F(1.0) / a32), _to_half(alphas.astype(_F) * mus.astype(_F))
        else:
            shape = 1.0 / np.where(mixed, alphas, 1.0)
            scale = alphas * mus
            if not double_params:
                shape, scale = _f(shape), _f(scale)
    gamma = GammaConstants(shape, scale, False, half_params)
    return _Sampler(rows, counts, _f(mus), gamma, logf, mixed).run()


class _Sampler:
    """The lock-step rounds: per state a phase, the current sample's rate and its loop's values."""

    def __init__(self, rows, counts, lams, gamma, logf, mixed=None):
        self.rows, self.counts, self.lams, self.gamma, self.logf = rows, counts, lams, gamma, logf
        self.mixed = np.ones(len(lams), bool) if mixed is None else mixed
        nrow = len(counts)
        self.phase = np.full(nrow, _START, np.int8)
        self.done = np.zeros(nrow, np.int64)
        self.first = np.concatenate([[0], np.cumsum(counts)[:-1]])
        self.out = np.empty(int(counts.sum()), np.float64)
        # rate below 12: the bound exp(-lam), the running product and count; from 12: sqrt(2 lam), log lam, g
        self.lam, self.bound, self.prod, self.x, self.sq, self.loglam, self.g = (np.zeros(nrow) for _ in range(7))

    def run(self):
        if self.gamma is not None and not self.gamma.ends(self.mixed):
            return None
        self.streams = Streams(self.rows, len(self.counts))
        with np.errstate(all="ignore"):
            while True:
                r = np.flatnonzero(self.done < self.counts)
                if not len(r):
                    break
                self.streams.reserve(r, 4 + _WINDOW)
                self._round(r)
        self.streams.finish()
        return self.out

    def _round(self, r):
        start = r[self.phase[r] == _START]
        if len(start):
            j = self.first[start] + self.done[start]
            mixed = self.mixed[j] if self.gamma is not None else np.zeros(len(j), bool)
            self.phase[start[mixed]] = _GAMMA
            self._enter(start[~mixed], self.lams[j[~mixed]])
        at = r[self.phase[r] == _GAMMA]
        if len(at):
            s, _, rate = gamma_attempt(self.streams, at, self.first[at] + self.done[at], self.gamma, self.logf)
            self._enter(s, rate)
        self._large(r[self.phase[r] == _LARGE])
        self._small(r[self.phase[r] == _SMALL])

    def _enter(self, s, lam):
        """States ``s`` start their Poisson loops with rates ``lam``."""
        small = lam < 12.0
        if small.any():
            a, la = s[small], lam[small]
            self.phase[a] = _SMALL
            self.bound[a] = _clib("expf", -la)
            self.prod[a], self.x[a] = 1.0, -1.0         # the first uniform is the product's first factor
        if not small.all():
            b, lb = s[~small], lam[~small]
            self.phase[b] = _LARGE
            self.lam[b] = lb
            self.sq[b] = _f(np.sqrt(2.0 * lb))
            self.loglam[b] = _clib("logf", lb)
            self.g[b] = _f(_f(lb * self.loglam[b]) - _clib("lgammaf", lb + 1.0))

    def _small(self, s):
        """Up to a window of factors: the product ends when it is at most exp(-lam)."""
        if not len(s):
            return
        factors = self.streams.float_window(s, _WINDOW)
        factors = np.concatenate([self.prod[s].astype(_F)[:, None], factors], axis=1)
        prod = np.multiply.accumulate(factors, axis=1)[:, 1:]       # float products, rounded one by one
        below = prod <= self.bound[s][:, None]
        ends = below.any(axis=1)
        used = np.where(ends, below.argmax(axis=1) + 1, _WINDOW)
        self.streams.pos[s] += used
        self.x[s] += used
        self.prod[s] = prod[:, -1]
        self._done(s[ends], self.x[s[ends]])

    def _large(self, s):
        """One rejection attempt (a Cauchy-like proposal, then the acceptance uniform)."""
        if not len(s):
            return
        y = _clib("tanf", _PI * self.streams.uniform(s))
        em = _f(_f(self.sq[s] * y) + self.lam[s])
        go = ~(em < 0.0)            # a negative proposal is drawn again
        s, y, em = s[go], y[go], np.floor(em[go])
        loglam, g = self.loglam[s], self.g[s]
        e = _f(_f(_f(em * loglam) - _clib("lgammaf", em + 1.0)) - g)
        t = _f(0.9 * (1.0 + _f(y * y)) * _clib("expf", e))
        take = ~(self.streams.uniform(s) > t)
        em = em[take]
        self._done(s[take], np.where((em >= -_INT) & (em < _INT), em, -_INT))

    def _done(self, s, value):
        self.out[self.first[s] + self.done[s]] = value
        self.done[s] += 1
        self.phase[s] = _START
