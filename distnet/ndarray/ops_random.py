"""Random sampling operators and Dropout, drawing MXNet 1.9.1's CPU random streams bit for bit.

MXNet's CPU parallel random resource holds 1024 std::mt19937 states; with global seed ``s``
(0 at start-up, ``mx.random.seed`` changes it) state ``t`` is seeded with ``s * 127 + t``. A request
for N numbers is cut into ``min(ceil(N / 64), 1024)`` equal chunks, chunk ``t`` drawn from state
``t``, and the states carry on across calls. float32 samples use libstdc++'s ``float`` formulas (one
32-bit draw per uniform, Marsaglia's polar method for normals, a fresh distribution per sample);
float64 and float16 use the ``double`` ones (two draws per uniform). Multinomial and shuffle use
a second, sequential mt19937 seeded with ``s * 127``. numpy's legacy MT19937 seeding is mt19937's.
"""
import contextlib
import math
import threading

import numpy as np

from .. import autograd as _ag
from ..base import MXNetError, located, message_of, negative_size_text
from ..util import is_np_shape
from .failures import KernelError, failed_streams, real_switch_refusal, state_refusal
from .gamma_lockstep import c_log, clog, gamma_samples
from .libm_float import expf, lgammaf, logf, tanf
from .ops_elemwise import libm_f32
from .poisson_lockstep import gnbinom_samples, nbinom_samples, poisson_samples
from .ndarray import NDArray
from .registry import _out_type_refusal, _output_check_refusal, defop, refuse_out_mismatch
from .shape_text import fits_as_unknown, inference_failure, legacy_dim, provided

_NSTATES, _MIN_PER_STATE, _MAGIC, _U32, _U64 = 1024, 64, 127, 0xFFFFFFFF, 2 ** 64 - 1
_F = np.float32


def _engine(seed):
    bg = np.random.MT19937()
    bg._legacy_seeding(seed & _U32)
    return bg


def _copy_engine(bg):
    twin = np.random.MT19937()
    twin.state = bg.state
    return twin


_UPPER, _LOWER, _MATRIX = np.uint32(0x80000000), np.uint32(0x7FFFFFFF), np.uint32(0x9908B0DF)


def _mix(cur, nxt):
    y = cur & _UPPER
    t = nxt & _LOWER
    y |= t
    y >>= np.uint32(1)
    np.bitwise_and(nxt, np.uint32(1), out=t)      # the low bit of y is nxt's
    t *= _MATRIX
    y ^= t
    return y


def _twist(mt):
    """The next 624-word block of every row (mt19937's regeneration, in three vector steps)."""
    new = np.empty_like(mt)
    np.bitwise_xor(mt[:, 397:], _mix(mt[:, :227], mt[:, 1:228]), out=new[:, :227])
    np.bitwise_xor(new[:, :227], _mix(mt[:, 227:454], mt[:, 228:455]), out=new[:, 227:454])
    np.bitwise_xor(new[:, 227:396], _mix(mt[:, 454:623], mt[:, 455:624]), out=new[:, 454:623])
    new[:, 623] = new[:, 396] ^ _mix(mt[:, 623], new[:, 0])
    return new


def _temper(y):
    """mt19937's output tempering, in place."""
    t = y >> np.uint32(11)
    y ^= t
    np.left_shift(y, np.uint32(7), out=t)
    t &= np.uint32(0x9D2C5680)
    y ^= t
    np.left_shift(y, np.uint32(15), out=t)
    t &= np.uint32(0xEFC60000)
    y ^= t
    np.right_shift(y, np.uint32(18), out=t)
    y ^= t
    return y


class _Rows:
    """1024 mt19937 generators kept as rows of one array, advanced together with numpy."""

    def __init__(self, base):
        x = (base + np.arange(_NSTATES, dtype=np.uint64)) & np.uint64(_U32)
        mt = np.empty((_NSTATES, 624), np.uint32)
        mt[:, 0] = x
        for i in range(1, 624):         # mt19937's seeding recurrence, all rows at once
            x = (np.uint64(1812433253) * (x ^ (x >> np.uint64(30))) + np.uint64(i)) & np.uint64(_U32)
            mt[:, i] = x
        self.mt, self.pos = mt, np.full(_NSTATES, 624, np.int64)

    def take(self, rows, counts):
        """The next ``counts[i]`` outputs of row ``rows[i]``, as a ragged (len(rows), max) uint32 array."""
        rows, counts = np.asarray(rows), np.asarray(counts, np.int64)
        pos = self.pos[rows]
        end = pos + counts
        lo, width = int(pos.min()), int(counts.max())
        blocks = [self.mt[rows]]
        while len(blocks) * 624 < pos.max() + width:   # rectangular: rows past their count are cut later
            blocks.append(_twist(blocks[-1]))
        stream = np.concatenate(blocks, axis=1) if len(blocks) > 1 else blocks[0]
        starts = np.unique(pos)
        if len(starts) == 1:
            out = stream[:, starts[0]:starts[0] + width].copy()
        elif len(starts) <= 8 or width >= 256:   # slice per place, or per row when rows are long
            out = np.empty((len(rows), width), np.uint32)
            if len(starts) <= 8:
                for p in starts:
                    sel = pos == p
                    out[sel] = stream[sel, p:p + width]
            else:
                for i, p in enumerate(pos.tolist()):
                    out[i] = stream[i, p:p + width]
        else:
            cols = np.minimum((pos - lo)[:, None] + np.arange(width), stream.shape[1] - lo - 1)
            out = np.take_along_axis(stream[:, lo:], cols, axis=1)
        _temper(out)
        keep = np.maximum(end - 1, 0) // 624
        for k in np.unique(keep):
            sel = keep == k
            self.mt[rows[sel]] = blocks[k][sel]
        self.pos[rows] = end - keep * 624
        return out

    def copy(self):
        twin = object.__new__(_Rows)
        twin.mt, twin.pos = self.mt.copy(), self.pos.copy()
        return twin

    def save(self, row):
        return self.mt[row].copy(), self.pos[row]

    def restore(self, row, saved):
        self.mt[row], self.pos[row] = saved


class Resource(threading.local):
    """The CPU random resource: parallel states (seeded on first use) and one sequential engine.

    As in MXNet, each thread has its own: a new thread starts from seed 0, and seeding in one thread
    leaves the others' streams alone.
    """

    def __init__(self, seed=0):
        self.seed(seed)

    def seed(self, seed, device=False, keep=()):
        """Reseed both generators but those named in ``keep`` ('rows', 'sequential'); ``device``: as MXNet's seed
        for one device, which seeds the sequential engine with the seed itself rather than with ``seed * 127``."""
        base = (int(seed) * _MAGIC) & _U32
        if "rows" not in keep:
            self.base, self._rows = base, None
        if "sequential" not in keep:
            self.sequential_seed, self._sequential = int(seed) & _U32 if device else base, None
        self._before = None

    @contextlib.contextmanager
    def untouched(self):
        """Draws made inside leave every stream where it was (shape inference runs samplers on probes)."""
        outer, self._before = self._before, {}
        try:
            yield
        finally:
            before, self._before = self._before, outer
            if "rows" in before:
                self._rows = before["rows"]
            if "sequential" in before:
                self._sequential = before["sequential"]

    @property
    def rows(self):
        if self._before is not None and "rows" not in self._before:       # first draw inside untouched()
            self._before["rows"] = None if self._rows is None else self._rows.copy()
        if self._rows is None:
            self._rows = _Rows(self.base)
        return self._rows

    @property
    def sequential(self):
        if self._before is not None and "sequential" not in self._before:
            self._before["sequential"] = None if self._sequential is None else _copy_engine(self._sequential)
        if self._sequential is None:
            self._sequential = _engine(self.sequential_seed)
        return self._sequential

    def plan(self, n):
        """The number of samples each state draws for a request of ``n``, states 0, 1, ... in order."""
        if n <= 0:
            return np.zeros(0, np.int64)
        nstate = min(-(-n // _MIN_PER_STATE), _NSTATES)
        step = -(-n // nstate)
        counts = np.minimum(step, n - np.arange(nstate) * step)
        return counts[counts > 0]

    def draw(self, n, per=1):
        """``per`` raw 32-bit numbers for each of ``n`` samples, concatenated in sample order."""
        counts = self.plan(n)
        if not len(counts):
            return np.zeros(0, np.uint32)
        raw = self.rows.take(np.arange(len(counts)), counts * per)
        if counts[-1] == counts[0]:
            return raw.reshape(-1)
        return np.concatenate([raw[:-1].reshape(-1), raw[-1, :counts[-1] * per]])


RESOURCE = Resource()


def seed(seed_state, device=False):
    """Reseed the random resources (``mx.random.seed``; ``device``: with a context): one holding a sampler's
    error not raised yet is skipped, as MXNet's engine skips it."""
    RESOURCE.seed(seed_state, device, keep=failed_streams())


# ---- vectorised streams ----------------------------------------------------------------
def _canonical(raw, double):
    """libstdc++ generate_canonical: float from one draw, double from two (low word first).

    As in MXNet's build, a draw that rounds up to 1.0 stays 1.0 (newer libstdc++ clamps it below 1).
    """
    if not double:
        return raw.astype(_F) * _F(2.0 ** -32)
    pairs = raw.reshape(-1, 2).astype(np.float64)
    return (pairs[:, 0] + pairs[:, 1] * 2.0 ** 32) * 2.0 ** -64


def _uniforms(n, double=False):
    """``n`` canonical uniforms in [0, 1), float32 (or float64 when ``double``)."""
    return _canonical(RESOURCE.draw(n, 2 if double else 1), double)


def _log(x, double):
    # numpy's SIMD float64 log (and a long double one, rounded twice) differs from glibc's in the last bit
    # for a few elements: MXNet's is the C library's
    if double:
        x = np.asarray(x, np.float64)
        return clog(x.reshape(-1)).reshape(x.shape)
    return _logf(x)


_LN2 = float.fromhex("0x1.62e42fefa39efp-1")
_LOGF = []


def _logf_table():
    """glibc's logf table (16 (1/c, log c) pairs as complex numbers, and 3 coefficients), read from the libm.

    MXNet's float normals go through glibc's logf, which is not correctly rounded; evaluating its
    table-driven formula in numpy repeats it exactly. None when no such libm is found.
    """
    if not _LOGF:
        _LOGF.append(_find_logf_table())
    return _LOGF[0]


def _find_logf_table():
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "/libm." in line or "/libm-" in line}
        for path in sorted(paths):
            with open(path, "rb") as f:
                blob = f.read()
            key, at = np.float64(_LN2).tobytes(), 256
            while (at := blob.find(key, at)) > 0:
                tab = np.frombuffer(blob[at - 256:at], "<f8").reshape(16, 2)
                if ((tab[:, 0] > 0.6) & (tab[:, 0] < 1.5)).all() and np.allclose(tab[:, 1], -np.log(tab[:, 0]), rtol=0, atol=1e-9):
                    return tab.copy().view(np.complex128).ravel(), np.frombuffer(blob[at + 8:at + 32], "<f8").copy()
                at += 1
    except OSError:
        pass
    return None


def _logf(x, positive=False):
    """C's logf on a float32 array (``positive``: every value is known normal, finite and > 0)."""
    found = _logf_table()
    x = np.asarray(x, _F)
    if found is None:
        return np.log(x.astype(np.float64)).astype(_F)
    tab, poly = found
    ix = x.view(np.uint32)
    tmp = ix - np.uint32(0x3F330000)
    inv_logc = tab.take(((tmp >> np.uint32(19)) & np.uint32(15)).astype(np.intp))
    tmp &= np.uint32(0xFF800000)
    k = tmp.view(np.int32) >> 23
    r = (ix - tmp).view(_F).astype(np.float64)
    r *= inv_logc.real
    r -= 1
    y0 = k * _LN2
    y0 += inv_logc.imag
    y0 += r
    t = r * poly[1]
    t += poly[2]
    r *= r
    y = r * poly[0]
    y += t                      # poly0 r2 + (poly1 r + poly2), as glibc sums it
    y *= r
    y += y0
    y = y.astype(_F)
    if not positive:
        odd = (ix < np.uint32(0x00800000)) | (ix >= np.uint32(0x7F800000))    # zero, subnormal, inf, nan
        y[odd] = np.log(x[odd].astype(np.float64)).astype(_F)
    y[x == 1] = 0
    return y


_PASS_RAW = 1 << 15     # 32-bit draws handled per pass, so a pass's temporaries stay in cache


def _normals(n, double=False):
    """``n`` standard normals: the polar method, one value kept per accepted pair, states in groups."""
    counts = RESOURCE.plan(n)
    out = np.empty(int(counts.sum()), np.float64 if double else _F)
    starts = np.cumsum(counts) - counts
    per = 4 if double else 2
    group = max(1, min(len(counts), _PASS_RAW // (per * max(1, int(counts.max(initial=0))))))
    group = max(group, min(len(counts), 64))    # twists vectorise over the rows of a group
    cap = max(1, _PASS_RAW // (per * group))    # pairs per row per pass
    for g in range(0, len(counts), group):
        rows = np.arange(g, min(g + group, len(counts)))
        have = np.zeros(len(rows), np.int64)
        while True:     # draw only pairs that are surely needed, so no state overshoots
            need = np.minimum(counts[rows] - have, cap)
            live = need > 0
            if not live.any():
                break
            have[live] += _polar_pass(out, rows[live], starts[rows[live]] + have[live], need[live], double)
    return out


def _polar_pass(out, rows, dest, need, double):
    """Up to ``need[i]`` pairs from state ``rows[i]``; accepted normals go to ``out[dest[i]:]``, counts returned."""
    per = 4 if double else 2
    raw = RESOURCE.rows.take(rows, need * per)
    npair = raw.shape[1] // per
    if double:
        dt = np.float64
        c = _canonical(raw[:, :npair * per].reshape(-1), True).reshape(len(rows), npair, 2)
        x, y = dt(2) * c[..., 0] - dt(1), dt(2) * c[..., 1] - dt(1)
    else:
        dt = _F
        c = raw[:, :npair * 2].astype(_F).reshape(len(rows), npair, 2)
        c *= _F(2.0 ** -31)     # 2 * (u * 2**-32), exact: only the exponent moves
        c -= _F(1)
        x, y = c[..., 0], c[..., 1]
    r2 = x * x
    r2 += y * y
    ok = r2 <= 1
    ok &= r2 != 0
    if npair > need.min():
        ok &= np.arange(npair) < need[:, None]
    got = ok.sum(axis=1)
    r2, y = r2[ok], y[ok]
    lg = _logf(r2, positive=True) if not double else _log(r2, True)
    lg *= dt(-2)
    lg /= r2
    np.sqrt(lg, out=lg)
    lg *= y
    if len(rows) <= 128:        # few long rows: one slice each
        at = 0
        for d, g in zip(dest.tolist(), got.tolist()):
            out[d:d + g] = lg[at:at + g]
            at += g
    else:
        first = np.cumsum(got) - got
        out[np.repeat(dest - first, got) + np.arange(len(lg))] = lg
    return got


def _randints(n, low, span):
    """MXNet's randint: ``low + ((a << 31) + b) % span`` from two draws per sample, in C's wrapping signed
    64-bit arithmetic (a span past 2**63 wraps negative; a narrower output type keeps the low bits)."""
    if not n:
        return np.zeros(0, np.int64)
    r = RESOURCE.draw(n, 2).reshape(-1, 2).astype(np.uint64)
    wide = ((r[:, 0] << np.uint64(31)) + r[:, 1]).view(np.int64)
    rem = np.fmod(wide, _wrap64(span))      # C's %: truncated, with the dividend's sign
    return (rem.view(np.uint64) + np.uint64(low & _U64)).view(np.int64)


def _wrap64(x):
    """A Python int as C's int64_t holds it (the low 64 bits, two's complement)."""
    return np.uint64(x & _U64).view(np.int64)


# ---- scalar streams for the rejection samplers ----------------------------------------
def _f32(x):
    return float(_F(x))


class _Scalar:
    """One state's numbers one at a time, in exact float (or double) arithmetic on Python floats.

    Products, sums and quotients of floats computed in double and rounded once to float are the
    correctly rounded float results, so ``_f32(a * b)`` is C's float ``a * b``.
    """

    def __init__(self, rows, row, double):
        self.rows, self.row, self.double = rows, row, double
        self.rnd = (lambda v: v) if double else _f32
        self.saved, self.buf, self.pos, self.used = rows.save(row), [], 0, 0

    def raw(self):
        if self.pos == len(self.buf):
            self.buf, self.pos = self.rows.take([self.row], [1024])[0].tolist(), 0
        self.pos += 1
        self.used += 1
        return self.buf[self.pos - 1]

    def uniform(self):
        if not self.double:
            return _f32(self.raw()) * 2.0 ** -32
        lo = float(self.raw())
        return (lo + float(self.raw()) * 2.0 ** 32) * 2.0 ** -64

    def normal(self):
        rnd = self.rnd
        while True:
            x, y = rnd(2.0 * self.uniform() - 1.0), rnd(2.0 * self.uniform() - 1.0)
            r2 = rnd(rnd(x * x) + rnd(y * y))
            if r2 <= 1.0 and r2 != 0.0:
                lg = math.log(r2) if self.double else float(_logf(np.float32([r2]))[0])
                return rnd(y * rnd(math.sqrt(rnd(rnd(-2.0 * lg) / r2))))

    def close(self):
        """Leave the state just past the numbers used (the buffer read ahead)."""
        self.rows.restore(self.row, self.saved)
        self.rows.take([self.row], [self.used])


def _gamma1(s, a, b, half=False):
    """Marsaglia-Tsang gamma(a, scale b), with MXNet's mix of float and double steps (``half``: the
    parameters are float16, and MXNet's steps that mix them in round to half)."""
    rnd = s.rnd
    if half:
        d = rnd(_to_half(np.float32(a) + np.float32(2.0 / 3.0 if a < 1 else -1.0 / 3.0)))
    else:
        d = rnd(a + 2.0 / 3.0 if a < 1 else a - 1.0 / 3.0)
    if not math.isfinite(d):        # MXNet's acceptance test is NaN here and it loops for ever: the limit instead
        return rnd(a * b)
    k = rnd(math.sqrt(9.0 * d))
    c = rnd(1.0 / k)
    while True:
        z = s.normal()
        if z > -k:
            x = rnd(1.0 + rnd(c * z))
            v = rnd(rnd(x * x) * x)
            if c_log(1.0 - s.uniform()) < 0.5 * z * z + d * (1.0 - v + c_log(v)):
                sample = _to_half(np.float32(rnd(d * v)) * np.float32(b)) if half else rnd(rnd(d * v) * b)
                break
    if a >= 1:
        return sample
    # a == 0 (allowed per sample): MXNet's 1 / a is infinite and the sample 0
    inv = (_to_half(np.float32(1.0) / np.float32(a)) if half else rnd(1.0 / a)) if a else math.inf
    return rnd(sample * s.uniform() ** inv)


def _to_half(x):
    """A float32 value rounded to float16, as a Python float."""
    with np.errstate(over="ignore", divide="ignore"):
        return float(np.float16(x))


_PI_F = _f32(3.1415926)


def _poisson1(s, lam):
    """MXNet's Poisson sampler (float arithmetic and the C library's float functions): products of
    uniforms, or rejection when large."""
    if lam < 12.0:
        t, x, prod = expf(-lam), 0, s.uniform()
        while prod > t:
            x += 1
            prod = _f32(prod * s.uniform())
        return x
    sq = _f32(math.sqrt(2.0 * lam))
    loglam = logf(lam)
    g = _f32(_f32(lam * loglam) - lgammaf(lam + 1.0))
    while True:
        while True:
            y = tanf(_PI_F * s.uniform())
            em = _f32(_f32(sq * y) + lam)
            if not em < 0.0:        # MXNet's ``while (em < 0.0)``: a nan rate leaves at once
                break
        em = float(np.floor(em))
        with np.errstate(invalid="ignore", over="ignore"):
            e = _f32(_f32(_f32(em * loglam) - lgammaf(em + 1.0)) - g)
            t = _f32(0.9 * (1.0 + _f32(y * y)) * expf(e))
        if not s.uniform() > t:         # a nan bound (an infinite rate) ends the loop, as in MXNet's C++
            return _c_int(em)


def _c_int(x):
    """C's int cast of a float on x86: INT_MIN when out of range (infinite or nan too)."""
    return int(x) if -2.0 ** 31 <= x < 2.0 ** 31 else -2 ** 31


def _scalar_samples(n, params, draw, double=False):
    """``n`` samples of ``draw(stream, *params[i // batch])``, chunked over the states like MXNet."""
    batch = max(1, -(-n // len(params)))
    lockstep = _LOCKSTEP.get(draw)
    gamma = draw is _gamma_draw or draw is _gamma_draw_half
    if lockstep is not None and n >= (_LOCKSTEP_FROM if gamma else _POISSON_LOCKSTEP_FROM):
        p = np.asarray(params, np.float64)[np.arange(n) // batch]
        fast = lockstep(RESOURCE.rows, RESOURCE.plan(n), p.T, double)
        if fast is not None:
            return fast
    out = np.empty(n, np.float64)
    i = 0
    for row, k in enumerate(RESOURCE.plan(n)):
        s = _Scalar(RESOURCE.rows, row, double)
        for j in range(i, i + k):
            out[j] = draw(s, *params[j // batch])
        s.close()
        i += k
    return out


_LOCKSTEP_FROM = 256        # gamma samples from which every state runs in lock step (gamma_lockstep.py)
_POISSON_LOCKSTEP_FROM = 1024   # the same for the Poisson family (poisson_lockstep.py), slower per round


def _gamma_draw_half(s, a, b):
    return _gamma1(s, a, b, half=True)


def _gamma_draw(s, a, b):
    return _gamma1(s, a, b)


def _poisson_draw(s, lam):
    return _poisson1(s, lam)


def _nbinom_scale(p):
    with np.errstate(divide="ignore"):          # p == 0: an infinite scale, as MXNet's float division
        return _f32(np.float64(1.0 - p) / np.float64(p))


def _nbinom_draw(s, k, p):
    return _poisson1(s, _gamma1(s, k, _nbinom_scale(p)))


def _nbinom_draw_half(s, k, p):
    # float16 parameters: MXNet's gamma step takes the scale as float16 and rounds its steps to half
    return _poisson1(s, _gamma1(s, k, _to_half(_nbinom_scale(p)), half=True))


def _nbinom_draw_of(int_type):
    """The draw for integer parameters: MXNet's gamma step takes its shape and scale in the parameters' type, so
    the scale (1 - p) / p is cut to an integer (an infinite one to C's out-of-range value), never positive for
    integer p: every sample is 0, after the draws it takes."""
    def draw(s, k, p):
        return _poisson1(s, _gamma1(s, int(k), _c_cast(_nbinom_scale(p), int_type)))
    return draw


def _c_cast(x, int_type):
    """C's conversion of a float to ``int_type`` on x86: truncated; out of range (or infinite, or nan) gives the
    lowest value of the conversion's width (64 bits for int64, else 32 and then the type's low bits)."""
    wide = np.dtype(np.int64 if np.dtype(int_type).itemsize == 8 else np.int32)
    lo, hi = np.iinfo(wide).min, np.iinfo(wide).max
    v = math.trunc(x) if math.isfinite(x) and lo <= x <= hi else int(lo)
    return int(np.array(v, wide).astype(int_type))


def _gnbinom_draw(s, mu, alpha):
    lam = mu if alpha == 0 else _gamma1(s, _f32(1.0 / alpha), _f32(alpha * mu))
    return _poisson1(s, lam)


def _gnbinom_draw_double(s, mu, alpha):
    # float64 parameters: MXNet computes the gamma's shape and scale in double
    return _poisson1(s, _f32(mu) if alpha == 0 else _gamma1(s, 1.0 / alpha, alpha * mu))


def _gnbinom_draw_int(s, mu, alpha):
    # integer parameters: MXNet takes the gamma's shape 1 / alpha in integer division (0 once alpha > 1)
    return _poisson1(s, mu if alpha == 0 else _gamma1(s, _f32(int(1 / alpha)), _f32(alpha * mu)))


def _gnbinom_draw_half(s, mu, alpha):
    # float16 parameters: the gamma's shape and scale are float16 and its steps round to half
    if alpha == 0:
        return _poisson1(s, mu)
    shape, scale = _to_half(_F(1) / _F(alpha)), _to_half(_F(alpha) * _F(mu))
    return _poisson1(s, _gamma1(s, shape, scale, half=True))


_LOCKSTEP = {       # the lock-step twin of each one-at-a-time draw: (rows, counts, parameter rows, double)
    _gamma_draw: lambda rows, counts, p, double: gamma_samples(rows, counts, p[0], p[1], double, _logf),
    _poisson_draw: lambda rows, counts, p, double: poisson_samples(rows, counts, p[0], _logf),
    _nbinom_draw: lambda rows, counts, p, double: nbinom_samples(rows, counts, p[0], p[1], _logf),
    _gnbinom_draw: lambda rows, counts, p, double: gnbinom_samples(rows, counts, p[0], p[1], _logf),
    _gnbinom_draw_double: lambda rows, counts, p, double: gnbinom_samples(rows, counts, p[0], p[1], _logf,
                                                                          double_params=True),
    _gamma_draw_half: lambda rows, counts, p, double: gamma_samples(rows, counts, p[0], p[1], double, _logf,
                                                                    half=True),
    _nbinom_draw_half: lambda rows, counts, p, double: nbinom_samples(rows, counts, p[0], p[1], _logf,
                                                                      half_params=True),
    _gnbinom_draw_half: lambda rows, counts, p, double: gnbinom_samples(rows, counts, p[0], p[1], _logf,
                                                                        half_params=True),
}


# ---- operators -------------------------------------------------------------------------
_FLOATS = ("float16", "float32", "float64")


def _out_dtype(op, dtype, allowed=_FLOATS, default="float32", none=True):
    """The dtype attribute as MXNet's parameter parser reads it (``none``: 'None' is one of its values)."""
    name = default if dtype in (None, "None") else np.dtype(dtype).name
    if name not in allowed:
        valid = ", ".join(repr(v) for v in sorted(allowed + (("None",) if none else ())))
        raise MXNetError(f"Invalid Input: '{name}', valid values are: {{{valid}}}, in operator {op}(name=\"\", "
                         f"dtype=\"{name}\")")
    return np.dtype(name)


def _type_flag(dtype):
    from .ndarray import _DTYPE_NP_TO_MX
    return _DTYPE_NP_TO_MX.get(np.dtype(dtype).type, -1)


def _dtype_from_out(op, allowed, out_check, sites=(None, None)):
    """MXNet's type inference of sampler ``op`` given ``out=``: the samples take out='s dtype, which must be the
    requested one (when given) and one of ``allowed``; ``out_check`` names its two check messages, ``sites``
    their source lines where the message alone does not tell them."""
    flags = " or ".join(str(_type_flag(t)) for t in allowed)

    def infer(dtype, out_dtype):
        given = dtype not in (None, "None")
        if given:
            _out_dtype(op, dtype, allowed)      # the parameter is parsed first
        got = _type_flag(out_dtype)
        if given and np.dtype(dtype) != out_dtype:
            mismatch, _ = out_check
            raise _at(MXNetError(mismatch.format(out=got, param=_type_flag(dtype))), sites[0])
        if np.dtype(out_dtype).name not in allowed:
            _, refused = out_check
            raise _at(MXNetError(refused.format(out=got, flags=flags)), sites[1])
        return np.dtype(out_dtype).name
    return infer


def _at(error, site):
    return error if site is None else located(error, site)


_RANDOM_OUT_CHECKS = ("Check failed: dtype_out == param.dtype ({out} vs. {param}) : Output type does not match "
                      "requested type: {out} vs {param}",
                      "Check failed: dtype_ok: Output type must be %s: dtype is {out} vs {flags}")
_SAMPLE_OUT_CHECKS = ("Check failed: dtype == param.dtype ({out} vs. {param}) : Inferred output type does not match "
                      "requested type: {out} vs {param}",
                      "Check failed: dtype_ok == true (0 vs. 1) : Output type must be float16, float32, or float64: "
                      "dtype is {out} vs {flags}")


def _as_shape(shape):
    if shape is None:
        return ()
    return (int(shape),) if np.ndim(shape) == 0 else tuple(int(s) for s in shape)


def _size_shape(shape, op):
    """The sample shape of operator ``op``; MXNet cannot infer an empty or zero-sized one (not given, its
    default () is empty: nd.random's front end passes 1, an out= array its own shape)."""
    unknown, shape = shape is None, _as_shape(shape)        # None: a shape of unknown rank
    _refuse_invalid_size(shape, _SIZE_CHECK if op == "_random_poisson" else _SIZE_CHECK_VIA_HEADER)
    if unknown or (not shape or 0 in shape) and not is_np_shape() or any(s < 0 for s in shape):
        # NumPy shape semantics: () and 0 sizes are real; a negative size is unknown in both
        raise inference_failure(op, [], [tuple(s if s > 0 else -1 for s in shape) or None])
    return shape


# MXNet's check of a shape's sizes, in the copy each sampler's source file reached (the Poisson and multinomial
# samplers' one path, the others' another)
_SIZE_CHECK = ("../include/mxnet/tuple.h", 420)
_SIZE_CHECK_VIA_HEADER = ("../include/mxnet/./tuple.h", 420)


def _refuse_invalid_size(shape, site):
    """MXNet's check of a shape attribute's sizes, in order: the first negative one, when below -1 (-1 reads as
    unknown, which fails shape inference instead), is invalid."""
    first = next((s for s in shape if s < 0), -1)
    if first < -1:
        raise located(MXNetError(negative_size_text(first)), site)


def _require(ok, check, value, bound, message, shape, dtype):
    """MXNet's in-kernel parameter check, after shape inference made ``shape``: a failure is kept with the
    (undrawn) result and raised on reading."""
    if not ok:
        raise KernelError(f"Check failed: {check} ({_F(value):g} vs. {bound}) : {message}",
                          np.zeros(shape, dtype), sampler=True)


def _cast(samples, dtype):
    """Samples in ``dtype``; MXNet's half type converts through float, so float16 rounds twice."""
    with np.errstate(over="ignore"):        # out-of-range samples become infinite silently, as C casts do
        if np.dtype(dtype) == np.float16 and samples.dtype == np.float64:
            samples = samples.astype(np.float32)
        return samples.astype(dtype)


def _double(dtype):
    """MXNet draws float16 and float64 samples with libstdc++'s double formulas."""
    return dtype != np.float32


@defop("_random_uniform", aliases=("random_uniform", "uniform"))
def random_uniform(*, low=0.0, high=1.0, shape=None, ctx=None, dtype=None):
    """Samples from the uniform distribution on [low, high)."""
    dtype = _out_dtype("_random_uniform", dtype)
    shape = _size_shape(shape, "_random_uniform")
    _require(high >= low, "param.high >= param.low", high, f"{_F(low):g}",
             "low must be less or equal to high in uniform distribution", shape, dtype)
    u = _uniforms(int(np.prod(shape)), _double(dtype))
    ct = u.dtype.type
    with np.errstate(invalid="ignore", over="ignore"):      # infinite bounds give NaN silently, as in C
        span = ct(_F(high) - _F(low))       # the attributes are C floats, their range taken in float
        return _cast(ct(_F(low)) + span * u, dtype).reshape(shape)


@defop("_random_normal", aliases=("random_normal", "normal"))
def random_normal(*, loc=0.0, scale=1.0, shape=None, ctx=None, dtype=None):
    """Samples from the normal distribution N(loc, scale^2)."""
    dtype = _out_dtype("_random_normal", dtype)
    shape = _size_shape(shape, "_random_normal")
    _require(scale > 0, "param.scale > 0", scale, 0, "scale parameter in gaussian has to be positive", shape, dtype)
    z = _normals(int(np.prod(shape)), _double(dtype))
    ct = z.dtype.type
    with np.errstate(invalid="ignore", over="ignore"):      # infinite parameters give NaN silently, as in C
        z *= ct(_F(scale))
        z += ct(_F(loc))
    return (z if z.dtype == dtype else _cast(z, dtype)).reshape(shape)


@defop("_random_randint", aliases=("random_randint",))
def random_randint(*, low, high, shape=None, ctx=None, dtype=None):
    """Samples integers uniformly from [low, high)."""
    dtype = _out_dtype("_random_randint", dtype, ("int32", "int64"), "int32")
    low, high = int(low), int(high)
    shape = _size_shape(shape, "_random_randint")
    _require(high >= low, "param.high >= param.low", high, low,
             "low must be less or equal to high in uniform distribution", shape, dtype)
    if high == low:           # MXNet divides by zero here (the process dies)
        raise MXNetError(f"operator _random_randint: low must be less than high, got low={low} high={high}")
    return _randints(int(np.prod(shape)), low, high - low).astype(dtype).reshape(shape)


def _exponential(lam, n, dtype):
    double = _double(dtype)
    u = _uniforms(n, double).astype(np.float64)
    return _cast(-_log(1.0 - u, True) / lam, dtype)      # the C library's double log, for float too


@defop("_random_exponential", aliases=("random_exponential",))
def random_exponential(*, lam=1.0, shape=None, ctx=None, dtype=None):
    """Samples from the exponential distribution with rate ``lam``."""
    dtype = _out_dtype("_random_exponential", dtype)
    shape = _size_shape(shape, "_random_exponential")
    _require(lam > 0, "param.lam > 0", lam, 0, "lambda parameter in exponential distribution has to be positive",
             shape, dtype)
    return _exponential(np.float64(_F(lam)), int(np.prod(shape)), dtype).reshape(shape)


def _scalar_op(name, draw, params, shape, dtype, double):
    dtype = _out_dtype(name, dtype)
    params = [tuple(float(_F(v)) for v in row) for row in params]
    return _cast(_scalar_samples(int(np.prod(shape)), params, draw, double), dtype).reshape(shape)


@defop("_random_gamma", aliases=("random_gamma",))
def random_gamma(*, alpha=1.0, beta=1.0, shape=None, ctx=None, dtype=None):
    """Samples from the gamma distribution with shape ``alpha`` and scale ``beta``."""
    out_dtype = _out_dtype("_random_gamma", dtype)
    shape = _size_shape(shape, "_random_gamma")
    _require(alpha > 0, "param.alpha > 0", alpha, 0, "alpha parameter in gamma distribution has to be positive",
             shape, out_dtype)
    _require(beta > 0, "param.beta > 0", beta, 0, "beta parameter in gamma distribution has to be positive",
             shape, out_dtype)
    return _scalar_op("_random_gamma", _gamma_draw, [(alpha, beta)], shape, dtype,
                      double=_out_dtype("_random_gamma", dtype) == np.float64)


@defop("_random_poisson", aliases=("random_poisson",))
def random_poisson(*, lam=1.0, shape=None, ctx=None, dtype=None):
    """Samples from the Poisson distribution with mean ``lam``."""
    out_dtype = _out_dtype("_random_poisson", dtype)
    shape = _size_shape(shape, "_random_poisson")
    _require(lam >= 0, "param.lam >= 0", lam, 0, "lambda parameter in poisson distribution has to be non-negative",
             shape, out_dtype)
    return _scalar_op("_random_poisson", _poisson_draw, [(lam,)], shape, dtype, double=False)


@defop("_random_negative_binomial", aliases=("random_negative_binomial",))
def random_negative_binomial(*, k=1, p=1.0, shape=None, ctx=None, dtype=None):
    """Samples the failures before the ``k``-th success of trials succeeding with probability ``p``."""
    k = _int_attr("_random_negative_binomial", "k", k, p)
    out_dtype = _out_dtype("_random_negative_binomial", dtype)
    shape = _size_shape(shape, "_random_negative_binomial")
    _require(k >= 0, "param.k >= 0", k, 0, "k parameter in negative binomial distribution has to be non-negative",
             shape, out_dtype)
    _require(p >= 0, "param.p >= 0", p, 0, "p parameter in negative binomial distribution has to be non-negative",
             shape, out_dtype)
    return _scalar_op("_random_negative_binomial", _nbinom_draw, [(k, p)], shape, dtype, double=False)


@defop("_random_generalized_negative_binomial", aliases=("random_generalized_negative_binomial",))
def random_generalized_negative_binomial(*, mu=1.0, alpha=1.0, shape=None, ctx=None, dtype=None):
    """Samples a negative binomial with mean ``mu`` and dispersion ``alpha``."""
    out_dtype = _out_dtype("_random_generalized_negative_binomial", dtype)
    shape = _size_shape(shape, "_random_generalized_negative_binomial")
    _require(mu >= 0, "param.mu >= 0", mu, 0,
             "mu parameter in generalized negative binomial distribution has to be non-negative", shape, out_dtype)
    _require(alpha >= 0, "param.alpha >= 0", alpha, 0,
             "alpha parameter in generalized negative binomial distribution has to be non-negative", shape, out_dtype)
    return _scalar_op("_random_generalized_negative_binomial", _gnbinom_draw, [(mu, alpha)], shape, dtype,
                      double=False)


# ---- samplers shaped like an input array ---------------------------------------------------
def _like(name, op, data, **params):
    """``op``'s samples with ``data``'s shape and dtype (``data``'s values are not read); a failed shape
    inference is the _like operator's, of its input."""
    try:
        return _drawn_like(op, data, **params)
    except MXNetError as error:
        failed = getattr(error, "failed_inference", None)
        if failed is None:
            raise
        raise inference_failure(name, [data.shape], failed[2]) from None


def _drawn_like(op, data, **params):
    if data.dtype.name not in _FLOATS:
        # MXNet's kernel checks the parameters, then refuses the type that type inference kept
        try:
            with RESOURCE.untouched():
                op.fwd(shape=data.shape, dtype="float32", **params)
        except KernelError as error:
            raise KernelError(message_of(error), np.zeros(data.shape, data.dtype), sampler=True) from None
        raise KernelError(real_switch_refusal(None, data.dtype), np.zeros(data.shape, data.dtype), sampler=True)
    return op.fwd(shape=data.shape, dtype=data.dtype.name, **params)


@defop("_random_uniform_like")
def random_uniform_like(data, *, low=0.0, high=1.0):
    """Uniform samples on [low, high) shaped like ``data``."""
    return _like("_random_uniform_like", random_uniform, data, low=low, high=high)


@defop("_random_normal_like")
def random_normal_like(data, *, loc=0.0, scale=1.0):
    """Normal samples N(loc, scale^2) shaped like ``data``."""
    return _like("_random_normal_like", random_normal, data, loc=loc, scale=scale)


@defop("_random_exponential_like")
def random_exponential_like(data, *, lam=1.0):
    """Exponential samples with rate ``lam`` shaped like ``data``."""
    return _like("_random_exponential_like", random_exponential, data, lam=lam)


@defop("_random_gamma_like")
def random_gamma_like(data, *, alpha=1.0, beta=1.0):
    """Gamma samples shaped like ``data``."""
    return _like("_random_gamma_like", random_gamma, data, alpha=alpha, beta=beta)


@defop("_random_poisson_like")
def random_poisson_like(data, *, lam=1.0):
    """Poisson samples shaped like ``data``."""
    return _like("_random_poisson_like", random_poisson, data, lam=lam)


@defop("_random_negative_binomial_like")
def random_negative_binomial_like(data, *, k=1, p=1.0):
    """Negative binomial samples shaped like ``data``."""
    k = _int_attr("_random_negative_binomial_like", "k", k, p)
    return _like("_random_negative_binomial_like", random_negative_binomial, data, k=k, p=p)


def _int_attr(op, name, value, p):
    """An int attribute as MXNet parses it from its text: 3.0 or True is no int."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value)
    raise MXNetError(f"Invalid Parameter format for {name} expect int but value='{value}', in operator "
                     f'{op}(p="{p}", {name}="{value}")')


@defop("_random_generalized_negative_binomial_like")
def random_generalized_negative_binomial_like(data, *, mu=1.0, alpha=1.0):
    """Generalized negative binomial samples shaped like ``data``."""
    return _like("_random_generalized_negative_binomial_like", random_generalized_negative_binomial, data,
                 mu=mu, alpha=alpha)


# ---- samplers with one distribution per element of the parameter arrays --------------------
def _sample_shape(name, params, shape):
    """The samples' shape (the parameters' shape + ``shape``) and the draws per parameter element, after
    MXNet's checks in its order: the sample shape, the parameters' shapes and dtypes, their size."""
    if shape is None:       # (an unknown shape: its rank -1 makes MXNet's shape inference fail in the C++ library)
        raise MXNetError("vector: :_M_range_insert")
    extra = _as_shape(shape)
    for size in extra:
        if size <= 0:
            raise MXNetError(f"Check failed: sshape[i] > 0 ({size} vs. 0) : shape parameter must be non-zero within "
                             "each dimension")
    if any(p.shape != params[0].shape for p in params[1:]):
        raise inference_failure(name, [p.shape for p in params], [None])
    _one_dtype(name, params)
    if params[0].size == 0:
        raise MXNetError("Check failed: inputs[0].Size() > 0 (0 vs. 0) : ")     # (MXNet says no more)
    _refuse_bool_params(name, params, params[0].shape + extra)
    return params[0].shape + extra, int(np.prod(extra, dtype=np.int64))


def _refuse_bool_params(name, params, out_shape):
    """MXNet's samplers have no bool kernel: reading the samples fails."""
    if params[0].dtype == np.bool_:
        raise KernelError("Unknown type enum 7", np.zeros(out_shape, np.float32), sampler=True)


def _one_dtype(name, params):
    if any(p.dtype != params[0].dtype for p in params[1:]):
        # (MXNet's samplers infer a dtype only when all parameters share one; otherwise its check names a
        # missing type function, whatever the dtypes)
        raise MXNetError(f"Check failed: infer_type_success: Operator {name} is missing FInferType attribute")


def _per_element(values, batch):
    return np.repeat(np.asarray(values).reshape(-1), batch)


@defop("_sample_uniform", aliases=("sample_uniform",))
def sample_uniform(low, high, *, shape=(), dtype=None):
    """One uniform distribution per element of ``low``/``high``, ``shape`` samples each."""
    dtype = _out_dtype("_sample_uniform", dtype)
    out_shape, batch = _sample_shape("_sample_uniform", (low, high), shape)
    u = _uniforms(int(np.prod(out_shape)), _double(dtype))
    if low.dtype == np.float16:                 # MXNet's half arithmetic rounds each step to half
        lo, hi = _per_element(low, batch), _per_element(high, batch)
        return _cast(_half(lo + _half(_half(hi - lo) * u)), dtype).reshape(out_shape)
    ct = np.float64 if low.dtype == np.float64 else u.dtype.type     # MXNet computes in the wider type
    lo, hi = _c_promoted(_per_element(low, batch)), _c_promoted(_per_element(high, batch))
    span = (hi - lo).astype(ct)                 # ... after taking the range in the parameters' own type
    return _cast(lo.astype(ct) + span * u, dtype).reshape(out_shape)


def _c_promoted(x):
    """An integer array as C arithmetic takes it: types narrower than int become int (uint8 2 - 3 is -1)."""
    return x.astype(np.int32) if x.dtype.kind in "iu" and x.dtype.itemsize < 4 else x


@defop("_sample_normal", aliases=("sample_normal",))
def sample_normal(mu, sigma, *, shape=(), dtype=None):
    """One normal distribution per element of ``mu``/``sigma``, ``shape`` samples each."""
    dtype = _out_dtype("_sample_normal", dtype)
    out_shape, batch = _sample_shape("_sample_normal", (mu, sigma), shape)
    z = _normals(int(np.prod(out_shape)), _double(dtype))
    if mu.dtype == np.float16:                  # MXNet's half arithmetic rounds each step to half
        return _cast(_half(_half(_per_element(sigma, batch) * z) + _per_element(mu, batch)),
                     dtype).reshape(out_shape)
    ct = np.float64 if mu.dtype == np.float64 else z.dtype.type       # MXNet computes in the wider type
    return _cast(_per_element(sigma, batch).astype(ct) * z + _per_element(mu, batch).astype(ct), dtype).reshape(out_shape)


@defop("_sample_exponential", aliases=("sample_exponential",))
def sample_exponential(lam, *, shape=(), dtype=None):
    """One exponential distribution per element of ``lam``."""
    dtype = _out_dtype("_sample_exponential", dtype)
    out_shape, batch = _sample_shape("_sample_exponential", (lam,), shape)
    lam = _per_element(lam, batch)
    if lam.dtype == np.float16:                 # MXNet divides by the half rate in half precision
        u = _uniforms(lam.size, _double(dtype)).astype(np.float64)
        return _cast(_half(np.float32(-_log(1.0 - u, True)) / lam.astype(np.float32)), dtype).reshape(out_shape)
    lam = lam.astype(np.float64)
    return _exponential(lam, lam.size, dtype).reshape(out_shape)


def _half(x):
    """``x`` rounded to float16 (through float, as MXNet's half type converts)."""
    return np.asarray(x).astype(np.float32).astype(np.float16)


def _sample_scalar(name, draw, arrays, shape, dtype, double):
    out_shape, _ = _sample_shape(name, arrays, shape)
    params = list(zip(*[np.asarray(a).reshape(-1).tolist() for a in arrays]))
    dtype = _out_dtype(name, dtype)
    n = int(np.prod(out_shape))
    return _cast(_scalar_samples(n, params, draw, double), dtype).reshape(out_shape) if n else np.zeros(out_shape, dtype)


@defop("_sample_gamma", aliases=("sample_gamma",))
def sample_gamma(alpha, beta, *, shape=(), dtype=None):
    """One gamma distribution per element of ``alpha``/``beta``."""
    draw = _gamma_draw_half if alpha.dtype == np.float16 else _gamma_draw
    return _sample_scalar("_sample_gamma", draw, (alpha, beta), shape, dtype,
                          _out_dtype("_sample_gamma", dtype) == np.float64)


@defop("_sample_poisson", aliases=("sample_poisson",))
def sample_poisson(lam, *, shape=(), dtype=None):
    """One Poisson distribution per element of ``lam``."""
    _sample_shape("_sample_poisson", (lam,), shape)      # (its checks, before the parameter becomes a float)
    # MXNet's kernel takes the rate as a C float
    return _sample_scalar("_sample_poisson", _poisson_draw, (lam.astype(_F),), shape, dtype, False)


@defop("_sample_negative_binomial", aliases=("sample_negative_binomial",))
def sample_negative_binomial(k, p, *, shape=(), dtype=None):
    """One negative binomial distribution per element of ``k``/``p``."""
    _sample_shape("_sample_negative_binomial", (k, p), shape)     # (its checks, before the casts to float)
    draw = _nbinom_draw_half if k.dtype == np.float16 else _nbinom_draw
    if k.dtype.kind in "iu":
        draw = _nbinom_draw_of(k.dtype)
    # MXNet's kernel takes k and p as C floats
    return _sample_scalar("_sample_negative_binomial", draw, (k.astype(_F), p.astype(_F)), shape, dtype, False)


@defop("_sample_generalized_negative_binomial", aliases=("sample_generalized_negative_binomial",))
def sample_generalized_negative_binomial(mu, alpha, *, shape=(), dtype=None):
    """One generalized negative binomial distribution per element of ``mu``/``alpha``."""
    draw = {np.dtype(np.float16): _gnbinom_draw_half, np.dtype(np.float64): _gnbinom_draw_double}.get(
        mu.dtype, _gnbinom_draw_int if mu.dtype.kind in "iu" else _gnbinom_draw)
    return _sample_scalar("_sample_generalized_negative_binomial", draw, (mu, alpha), shape, dtype, False)


_MULTINOMIAL_TYPES = ("float16", "float32", "float64", "int32", "uint8")


def _sample_shapeless_words(attrs):
    """A 0-d parameter array (an unknown shape to the legacy semantics): MXNet's sampler checks its sample shape,
    then reads the parameters' size, which an unknown shape refuses."""
    try:
        extra = _as_shape(attrs.get("shape", ()))
    except (TypeError, ValueError):
        extra = ()
    for size in extra:
        if size <= 0:
            return (f"Check failed: sshape[i] > 0 ({size} vs. 0) : shape parameter must be non-zero within each "
                    "dimension")
    return "Check failed: ndim_is_known(this->ndim()): Shape is unknown."


for _op in (sample_uniform, sample_normal, sample_exponential, sample_gamma, sample_poisson, sample_negative_binomial,
            sample_generalized_negative_binomial):
    _op.shapeless_words = _sample_shapeless_words


@defop("_sample_multinomial", aliases=("sample_multinomial",))
def sample_multinomial(data, *, shape=(), get_prob=False, dtype="int32"):
    """Category indices drawn from the distributions on the last axis of ``data``."""
    dtype = _out_dtype("_sample_multinomial", dtype, _MULTINOMIAL_TYPES, "int32", none=False)
    _refuse_unknown_draws(data.shape, shape)
    extra = () if shape is None else (int(shape),) if np.ndim(shape) == 0 else tuple(int(v) for v in shape)
    if data.ndim == 0:
        raise _scalar_data_refusal(extra, get_prob)
    _refuse_invalid_size(extra, _SIZE_CHECK)
    if -1 in extra:
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    lead = data.shape[:-1]
    out_shape = lead + extra if lead + extra else (1,)
    empty = np.zeros(out_shape, dtype)
    outputs = (empty, np.zeros(out_shape, data.dtype)) if get_prob else empty
    if data.dtype.kind != "f":      # the kernel's check: it stays pending while nothing reads a non-empty result
        raise KernelError(real_switch_refusal(None, data.dtype), outputs, sampler="sequential")
    if 0 in out_shape:          # nothing to draw
        return outputs
    rows = data.reshape(-1, data.shape[-1])
    m = int(np.prod(extra, dtype=np.int64))
    bg = RESOURCE.sequential
    u = _canonical(bg.random_raw(rows.shape[0] * m), False).reshape(rows.shape[0], m)
    cdf = np.cumsum(rows.astype(np.float64), axis=1).astype(_F)
    if data.dtype == np.float16:        # MXNet compares the draw with the table in the data's type
        cdf, u = cdf.astype(np.float16), u.astype(np.float16)
    idx = np.stack([np.searchsorted(c, uu, side="left") for c, uu in zip(cdf, u)]) if rows.shape[0] else u.astype(int)
    # a draw past the probabilities' total (they sum to less than 1) is category K, one past the last
    samples = idx.astype(dtype).reshape(out_shape)
    if not get_prob:
        return samples
    # MXNet reads a drawn category's probability at row * K + category of the flat data, so category K (a draw
    # past a row's total) reads the next row's first value; past the last row, memory it does not own, most
    # often zeros: 0 stands in
    pos = np.arange(idx.shape[0])[:, None] * data.shape[-1] + idx
    drawn = np.append(data.reshape(-1), data.dtype.type(0))[np.minimum(pos, data.size)]
    with np.errstate(divide="ignore"):
        prob = libm_f32("logf", np.log, drawn.astype(_F)).astype(data.dtype)     # MXNet's logf, at every dtype
    return samples, prob.reshape(out_shape)


def _scalar_data_refusal(extra, get_prob):
    """MXNet's shape inference of a 0-d data (NumPy shapes, or one a graph computed): without draws per row it
    decides nothing; with them it writes their sizes from axis -1 of an output of one axis fewer."""
    if not extra:
        return inference_failure("_sample_multinomial", [()], [None] * (2 if get_prob else 1))
    return located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = -1 must be in range "
                              f"[0, {len(extra) - 1})"), ("../include/mxnet/tuple.h", 230))


def _refuse_unknown_draws(data, shape):
    if shape is None and len(data) > 1:
        # MXNet's shape inference sizes the output as data's rank - 2 (an unknown shape's rank is -1) and then
        # writes data's leading dimensions into it
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {len(data) - 2} must be in range "
                         f"[0, {len(data) - 2})")


def _multinomial_out_shapes(shapes, attrs):
    """The output shapes MXNet's multinomial assigns (out= checked against them before its dtype)."""
    data, shape = shapes[0], attrs.get("shape", ())
    if not data:
        return None         # (its shape inference fails first)
    _refuse_unknown_draws(data, shape)
    extra = () if shape is None else (int(shape),) if np.ndim(shape) == 0 else tuple(int(v) for v in shape)
    out = tuple(legacy_dim(d) for d in data[:-1]) + extra or (1,)
    return [out, out]


sample_multinomial.out_shape_first = _multinomial_out_shapes
sample_multinomial.output_count = lambda attrs: 2 if attrs.get("get_prob", False) else 1


@sample_multinomial.grad
def _(dy, out, data, *, shape=(), get_prob=False, dtype="int32"):
    if not get_prob:        # the samples alone: a zero gradient, which a 'write' request writes
        return (np.zeros_like(data),)
    k = data.shape[-1]
    flat = data.reshape(-1)
    idx = out[0].reshape(data.reshape(-1, k).shape[0], -1).astype(np.int64)
    pos = (np.arange(idx.shape[0])[:, None] * k + idx).reshape(-1)
    dprob = dy[1].reshape(-1)
    inside = pos < flat.size        # MXNet's write past the last row lands outside the gradient (it is lost)
    grad = np.zeros_like(flat)
    np.add.at(grad, pos[inside], dprob[inside] / flat[pos[inside]])     # in draw order, as MXNet's loop
    return (grad.reshape(data.shape),)


def _uniform_index(bg, top):
    """libstdc++'s uniform_int_distribution on [0, top] over 32-bit draws (scale down, reject)."""
    if top == _U32:
        return int(bg.random_raw())
    scaling = _U32 // (top + 1)
    past = (top + 1) * scaling
    while True:
        r = int(bg.random_raw())
        if r < past:
            return r // scaling


@defop("_shuffle", aliases=("shuffle",))
def shuffle(data):
    """A random permutation of ``data`` along its first axis."""
    if data.ndim == 0:      # (a known 0-d shape, under NumPy semantics): the kernel reads its first axis past the end
        error = KernelError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)", data.copy(),
                            sampler="sequential")
        error.raised_at = ("../include/mxnet/tuple.h", 244)
        raise error
    if data.dtype == np.bool_:
        raise KernelError("Unknown type enum 7", np.zeros_like(data),
                          sampler="sequential")
    n = data.shape[0] if data.ndim else 0
    perm = list(range(n))
    bg = RESOURCE.sequential
    if data.ndim == 1:              # MXNet: std::random_shuffle on the elements, front to back
        for i in range(1, n):
            j = _uniform_index(bg, i)
            perm[i], perm[j] = perm[j], perm[i]
    else:                           # rows: Fisher-Yates from the back
        for i in range(n - 1, 0, -1):
            j = _uniform_index(bg, i)
            perm[i], perm[j] = perm[j], perm[i]
    return data[np.asarray(perm, dtype=np.int64)] if n else data.copy()


shuffle.nondifferentiable = True     # MXNet registers no gradient: a backward through it fails


def _multinomial_dtype_from_out(dtype, out_dtype):
    """MXNet's multinomial keeps its dtype attribute (int32 by default): out= must be of that type."""
    name = _out_dtype("_sample_multinomial", dtype, _MULTINOMIAL_TYPES, "int32", none=False).name
    if np.dtype(out_dtype).name != name:
        raise MXNetError(f"Type inconsistent, Provided = {np.dtype(out_dtype).name}, inferred type = {name}")
    return name


def _multinomial_out_types(args, attrs, out):
    """With get_prob, MXNet's type inference assigns out='s types before drawing: the samples' type is the dtype
    attribute's, the log-likelihoods' the distributions'."""
    if type(out) not in (list, tuple) or len(out) < 2 or \
            not (isinstance(args[0], NDArray) and all(isinstance(t, NDArray) for t in out)):
        return
    if any(t.shape != out[0].shape for t in out):      # (shape inference refuses them first)
        return
    for target, wanted in zip(out, (_multinomial_dtype_from_out(attrs.get("dtype", "int32"), out[0].dtype),
                                    args[0].dtype)):
        if np.dtype(target.dtype) != np.dtype(wanted):
            raise MXNetError(f"Type inconsistent, Provided = {np.dtype(target.dtype).name}, inferred type = "
                             f"{np.dtype(wanted).name}")


def _input_type_out(args, attrs, out):
    """A _like sampler's (or shuffle's) output takes its input's shape and type: inference refuses an out= of
    another before anything is drawn."""
    target = out[0] if type(out) in (list, tuple) and len(out) == 1 else out
    data = args[0] if args else None
    if not (isinstance(data, NDArray) and type(target) is NDArray) or 0 in target.shape + data.shape \
            or fits_as_unknown(target.shape, data.shape):
        return      # (legacy zero sizes and 0-d shapes read as unknown: the check after the kernel words them)
    if target.shape != data.shape:
        expected, got = provided(data.shape), provided(target.shape)
    elif np.dtype(target.dtype) != np.dtype(data.dtype):
        expected, got = np.dtype(data.dtype).name, np.dtype(target.dtype).name
    else:
        return
    raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                     f"expected {expected}, got {got}")


def _sample_out_shape(op):
    """A sampler of array parameters infers its result's shape (the parameters' and its shape attribute's) before
    drawing: an out= of another shape is refused then."""
    def check(args, attrs, out):
        target = out[0] if type(out) in (list, tuple) and len(out) == 1 else out
        if type(target) is not NDArray or not args or not all(isinstance(a, NDArray) for a in args):
            return
        try:
            extra = _as_shape(attrs.get("shape") or ())
        except (TypeError, ValueError):
            return
        inferred = args[0].shape + extra
        if min(inferred + target.shape, default=1) <= 0 or target.shape == inferred \
                or any(a.shape != args[0].shape for a in args):
            return      # (the checks after drawing, or the sampler's own, word these)
        refuse_out_mismatch(op, target, np.zeros(inferred, target.dtype), attrs,
                            stated=([a.shape for a in args], attrs))
    return check


def _install_dtype_from_out():
    floats = _RANDOM_OUT_CHECKS[0], _RANDOM_OUT_CHECKS[1] % ", ".join(_FLOATS)
    for op in (random_uniform, random_normal, random_exponential, random_gamma, random_poisson,
               random_negative_binomial, random_generalized_negative_binomial):
        op.dtype_from_out = _dtype_from_out(op.name, _FLOATS, floats, (("../src/operator/random/./sample_op.h", 738),
                                                                       ("../src/operator/random/./sample_op.h", 753)))
    ints = _RANDOM_OUT_CHECKS[0], _RANDOM_OUT_CHECKS[1] % "int32, int64"
    random_randint.dtype_from_out = _dtype_from_out(random_randint.name, ("int32", "int64"), ints)
    for op in (sample_uniform, sample_normal, sample_exponential, sample_gamma, sample_poisson,
               sample_negative_binomial, sample_generalized_negative_binomial):
        op.dtype_from_out = _dtype_from_out(op.name, _FLOATS, _SAMPLE_OUT_CHECKS,
                                            (("../src/operator/random/./multisample_op.h", 121),
                                             ("../src/operator/random/./multisample_op.h", 130)))
        op.out_types_first = _sample_out_shape(op)
    sample_multinomial.dtype_from_out = _multinomial_dtype_from_out
    sample_multinomial.out_types_first = _multinomial_out_types
    for op in (random_uniform_like, random_normal_like, random_exponential_like, random_gamma_like,
               random_poisson_like, random_negative_binomial_like, random_generalized_negative_binomial_like):
        op.out_types_first = _input_type_out
    shuffle.out_types_first = _input_type_out


_install_dtype_from_out()


# ---- Dropout ---------------------------------------------------------------------------
@defop("Dropout", hidden=1)
def dropout(data, *, p=0.5, mode="training", axes=(), cudnn_off=False):
    """Zeroes elements with probability ``p`` and scales the rest by 1/(1-p), in training."""
    # MXNet's checks in its order: the parameters as parsed, the axes by shape inference, the type by the kernel
    _refuse_dropout_attrs(data.ndim, p, mode, axes)
    if data.dtype.kind != "f":      # the kernel's type switch, in its words (prediction included)
        raise state_refusal(real_switch_refusal(None, data.dtype), [data])
    if not _drops(p, mode):
        return data.copy(), np.ones((1,) * data.ndim, data.dtype)
    mask_shape = _mask_shape(data.shape, axes)
    pkeep = _F(1) - _F(p)
    u = _uniforms(int(np.prod(mask_shape)), _double(data.dtype))
    with np.errstate(divide="ignore", invalid="ignore"):
        mask = ((u <= pkeep) * (_F(1) / pkeep)).astype(data.dtype).reshape(mask_shape)
        return data * mask, mask


def _drops(p, mode):
    """Whether Dropout draws a mask: p > 0, in training (or always)."""
    return p > 0 and (mode == "always" or _ag.is_training())


def _mask_shape(shape, axes):
    """The shape of Dropout's mask: the data's, of size 1 along ``axes`` (the mask is shared along them)."""
    shared = {int(a) % len(shape) for a in axes} if isinstance(axes, (tuple, list)) else set()
    return tuple(1 if i in shared else s for i, s in enumerate(shape))


def _refuse_dropout_attrs(ndim, p, mode, axes):
    """Dropout's parameter checks, then its shape inference's of the axes (each in [0, ndim))."""
    if mode not in ("training", "always"):
        raise MXNetError(f"operator Dropout: mode must be 'training' or 'always', got {mode!r}")
    if float(p) < 0 or float(p) > 1:        # MXNet's bound check (a NaN passes it, and drops nothing)
        raise MXNetError(f"Invalid Parameter format for p expect float in [0, 1] but value='{p}', in operator "
                         f"Dropout(p=\"{p}\"): p is the fraction of the input that gets dropped out during training")
    for a in axes if isinstance(axes, (tuple, list)) else ():
        if not 0 <= int(a) < ndim:
            raise MXNetError(f"Dropout: Check failed: i >= 0 && i < ndim(): index = {a} must be in range "
                             f"[0, {ndim})")


def _dropout_out_shape(shapes, attrs):
    """Dropout's output shape, against which an out= array is checked before any mask is drawn; None where its
    attributes, or a legacy unknown (0) size, fail first."""
    shape = shapes[0]
    if not shape or 0 in shape:
        return None
    try:
        _refuse_dropout_attrs(len(shape), attrs.get("p", 0.5), attrs.get("mode", "training"), attrs.get("axes", ()))
    except (MXNetError, TypeError, ValueError):     # (refused as the forward reads them)
        return None
    return [shape]


def _refuse_mask_out(args, attrs, out):
    """An out= list of both outputs: its mask array is checked, as the output before it, against the mask's shape
    and the data's type before any mask is drawn."""
    data = args[0] if args else None
    if type(out) not in (list, tuple) or len(out) != 2 or not isinstance(data, NDArray) or \
            not isinstance(out[1], NDArray) or _dropout_out_shape([data.shape], attrs) is None:
        return
    wanted = _mask_shape(data.shape, attrs.get("axes", ()))
    if out[1].shape != wanted:
        raise MXNetError(_output_check_refusal(dropout.name, out[1].shape, wanted, 1))
    if out[1].dtype != data.dtype:
        raise MXNetError(_out_type_refusal(dropout, out[1].dtype, data.dtype, attrs, 1))


dropout.out_shape_first, dropout.out_checked_after = _dropout_out_shape, True
dropout.out_types_first = _refuse_mask_out
# MXNet's kernel writes the mask only where it draws one
dropout.hidden_written = lambda attrs: (_drops(float(attrs.get("p", 0.5)), attrs.get("mode", "training")),)


@dropout.grad
def _(dy, out, data, *, p=0.5, mode="training", axes=(), cudnn_off=False):
    grad = dy * out[1]
    if type(grad) is np.ndarray:
        # MXNet's op state lets the mask serve one backward: a later one through this node passes dy as it is
        out[1][...] = 1
    return (grad,)
