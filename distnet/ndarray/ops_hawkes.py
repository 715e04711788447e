"""``nd.contrib.hawkesll``: the log likelihood of marked self-exciting (Hawkes) point processes.

Each mark ``k`` is its own process with background rate ``lda[:, k]`` and exponential kernel
``alpha[k] * beta[k] * exp(-beta[k] * t)``. The state of a mark is the sum of its past events' decays;
the forward walks the events in order, as MXNet's kernel does, in the inputs' dtype with the C
library's ``expf``/``logf`` bits.
"""
import numpy as np

from ..base import MXNetError
from .ops_elemwise import libm_f32
from .registry import defop, inferred_type_name

_NOT_DIFFERENTIABLE = ("lags", "marks", "valid_length", "max_time")


def _exp(x):
    """MXNet calls ``expf`` whatever the dtype: float64 inputs are rounded to float32 and back."""
    return libm_f32("expf", np.exp, x.astype(np.float32)).astype(x.dtype, copy=False)


def _log(x):
    return libm_f32("logf", np.log, x.astype(np.float32)).astype(x.dtype, copy=False)


def _check(lda, alpha, beta, state, lags, marks, valid_length, max_time):
    """MXNet's shape then type inference of hawkesll: N sequences and T events from lags, K marks from lda."""
    def dims(name, a, ndim):
        if a.ndim != ndim:
            raise MXNetError(f"Check failed: in_attrs->at(hawkesll: :{name}).ndim() == {ndim} ({a.ndim} vs. {ndim}) : ")

    def size(name, a, axis, letter, want):
        if a.shape[axis] != want:
            raise MXNetError(f"Check failed: in_attrs->at(hawkesll: :{name})[{axis}] == {letter} ({a.shape[axis]} vs. "
                             f"{want}) : ")
    dims("kMu", lda, 2)
    dims("kIATimes", lags, 2)
    (n, t), k = lags.shape, lda.shape[1]
    size("kMu", lda, 0, "N", n)
    for name, a, sizes in (("kAlpha", alpha, ("K",)), ("kBeta", beta, ("K",)), ("kState", state, ("N", "K")),
                           ("kMarks", marks, ("N", "T")), ("kValidLength", valid_length, ("N",)),
                           ("kMaxTime", max_time, ("N",))):
        dims(name, a, len(sizes))
        for axis, letter in enumerate(sizes):
            size(name, a, axis, letter, {"N": n, "K": k, "T": t}[letter])
    for a, want in ((alpha, lda.dtype), (beta, lda.dtype), (state, lda.dtype), (lags, lda.dtype),
                    (valid_length, lda.dtype), (max_time, lda.dtype), (marks, np.dtype(np.int32))):
        if a.dtype != want:
            raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(a.dtype)}, inferred type = "
                             f"{inferred_type_name(want)}")


class _Walk:
    """The per-sequence, per-mark quantities of one pass over the events (dtype of ``lda``)."""

    def __init__(self, lda, state, with_grad_state=False):
        self.dtype = lda.dtype.type
        self.rows = np.arange(lda.shape[0])
        self.last = np.zeros(lda.shape, lda.dtype)       # time of each mark's last event
        self.state = state.astype(lda.dtype, copy=True)
        self.dstate = np.zeros(lda.shape, lda.dtype) if with_grad_state else None


def _events(lda, lags, marks, valid_length):
    """Yield ``(active rows, their marks, the event times)`` for each event position in turn."""
    t = np.zeros(lda.shape[0], lda.dtype)
    marks = marks.astype(np.int64)
    for j in range(lags.shape[1]):
        active = np.nonzero(j < valid_length)[0]
        if active.size == 0:
            return
        t[active] = t[active] + lags[active, j].astype(lda.dtype)
        yield active, marks[active, j], t[active]


@defop("_contrib_hawkesll")
def hawkesll(lda, alpha, beta, state, lags, marks, valid_length, max_time):
    """The log likelihood of each sequence and the marks' states at ``max_time``."""
    _check(lda, alpha, beta, state, lags, marks, valid_length, max_time)
    w = _Walk(lda, state)
    one = w.dtype(1)
    ll = np.zeros(lda.shape[0], lda.dtype)
    for rows, c, t in _events(lda, lags, marks, valid_length):
        d = t - w.last[rows, c]
        s = w.state[rows, c]
        ed = _exp(-beta[c] * d)
        rate = lda[rows, c] + alpha[c] * beta[c] * s * ed
        comp = lda[rows, c] * d + alpha[c] * s * (one - ed)
        ll[rows] = ll[rows] + (_log(rate) - comp)
        w.state[rows, c] = one + s * ed
        w.last[rows, c] = t
    d = max_time.astype(lda.dtype)[:, None] - w.last
    ed = _exp(-beta * d)
    remaining = lda * d + alpha * w.state * (one - ed)
    total = remaining[:, 0].copy()
    for k in range(1, lda.shape[1]):          # one mark after another, as MXNet sums them
        total = total + remaining[:, k]
    return ll - total, ed * w.state


@hawkesll.grad
def _(dy, out, lda, alpha, beta, state, lags, marks, valid_length, max_time, *, needs=None):
    needs = needs or (True,) * 8
    for name, need in zip(_NOT_DIFFERENTIABLE, needs[4:]):
        if need:
            raise MXNetError(f"hawkesll has no gradient with respect to {name}; "
                             f"do not attach a gradient to it (it is data, not a parameter)")
    w = _Walk(lda, state, with_grad_state=True)
    one = w.dtype(1)
    g_lda, g_alpha, g_beta = (np.zeros(lda.shape, lda.dtype) for _ in range(3))
    for rows, c, t in _events(lda, lags, marks, valid_length):
        d = t - w.last[rows, c]
        s, ds = w.state[rows, c], w.dstate[rows, c]
        a, b = alpha[c], beta[c]
        ed = _exp(-b * d)
        rate = lda[rows, c] + a * b * s * ed
        # C's left-to-right order: (g + term) - compensator term
        g_lda[rows, c] = g_lda[rows, c] + one / rate - d
        g_alpha[rows, c] = g_alpha[rows, c] + (b * s * ed) / rate - s * (one - ed)
        g_beta[rows, c] = g_beta[rows, c] + a * ed * (s * (one - b * d) + b * ds) / rate \
            - a * (ds * (one - ed) + s * d * ed)
        w.dstate[rows, c] = ed * (-d * s + ds)
        w.state[rows, c] = one + s * ed
        w.last[rows, c] = t
    d = max_time.astype(lda.dtype)[:, None] - w.last
    ed = _exp(-beta * d)
    scale = dy[0][:, None]
    g_lda = scale * (g_lda - d)
    g_alpha = scale * (g_alpha - w.state * (one - ed))
    g_beta = scale * (g_beta - alpha * (w.dstate * (one - ed) + w.state * d * ed))
    return g_lda, g_alpha.sum(axis=0), g_beta.sum(axis=0), np.zeros_like(state), None, None, None, None


def _infer_types(types, attrs):
    """Symbols: the marks are int32; every other input and both outputs take lda's dtype (unknown without it);
    MXNet checks the others against lda's, then the marks."""
    def check(given, inferred):
        if given is not None and np.dtype(given) != np.dtype(inferred):
            raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(given)}, inferred type = "
                             f"{inferred_type_name(inferred)}")
    lda = types[0]
    if lda is not None:
        for i in (1, 2, 3, 4, 6, 7):
            check(types[i], lda)
    check(types[5], np.int32)
    return [lda] * 5 + [np.int32] + [lda] * 2, [lda, lda]


hawkesll.infer_types = _infer_types
