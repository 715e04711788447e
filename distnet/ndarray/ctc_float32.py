"""CTC cost and gradient in MXNet's CPU steps (the float32 warp-ctc kernel), for bit-equal results.

MXNet's CTCLoss runs warp-ctc on CPU: a float32 log-softmax (expf, a sequential sum, logf), then the
forward variables alpha and the backward variables beta over the blank-extended label, each step
rounded to float32. Its ``log_plus(p1, p2)`` evaluates ``log1p(exp(-|p1 - p2|)) + max(p1, p2)`` in
double and rounds once. Only the states that can still start or finish an alignment are visited
(warp-ctc's ``start``/``end`` window); the others stay at -inf. The sequences of a batch are
computed side by side, each with its own label, length and window.
"""
import numpy as np

from .ops_elemwise import libm_f32, libm_f64

_F32 = np.float32
_NEG_INF = _F32(-np.inf)


def log_softmax(x):
    """warp-ctc's log-softmax over the last axis of float32 ``x``: ``(x - max) - logf(sum expf(x - max))``."""
    shifted = x - x.max(-1, keepdims=True)
    total = np.cumsum(libm_f32("expf", np.exp, shifted), axis=-1, dtype=_F32)[..., -1:]   # summed in order
    return shifted - libm_f32("logf", np.log, total)


def _log_plus(p1, p2):
    """warp-ctc's log(exp(p1) + exp(p2)) of float32 arrays (elementwise)."""
    with np.errstate(invalid="ignore"):
        gap = -np.abs((p1 - p2).astype(np.float64))
        wide = libm_f64("log1p", np.log1p, libm_f64("exp", np.exp, gap)) + np.maximum(p1, p2).astype(np.float64)
    return np.where(p1 == _NEG_INF, p2, np.where(p2 == _NEG_INF, p1, wide.astype(_F32)))


class _Labels:
    """The blank-extended labels of a batch (padded to the longest) and warp-ctc's window increments."""

    def __init__(self, labels, blank, steps):
        batch, width = len(labels), 2 * max(len(v) for v in labels) + 1
        self.blank, self.steps = blank, np.asarray(steps, np.int64)
        self.width = np.array([2 * len(v) + 1 for v in labels])
        self.ext = np.full((batch, width), blank, np.int64)
        self.s_inc = np.ones((batch, width), np.int64)
        self.e_inc = np.ones((batch, width), np.int64)
        self.repeats = np.zeros(batch, np.int64)
        for n, lab in enumerate(labels):
            self.ext[n, 1:2 * len(lab):2] = lab
            s_inc, e_inc = [1], []
            for prev, cur in zip(lab[:-1], lab[1:]):
                s_inc, e_inc = (s_inc + [1, 1], e_inc + [1, 1]) if prev == cur else (s_inc + [2], e_inc + [2])
            e_inc.append(1)
            self.s_inc[n, :len(s_inc)], self.e_inc[n, :len(e_inc)] = s_inc, e_inc
            self.repeats[n] = sum(1 for p, c in zip(lab[:-1], lab[1:]) if p == c)
        self.half = self.width // 2 + self.repeats
        self.feasible = self.half <= self.steps
        i = np.arange(width)
        padded = np.pad(self.ext, ((0, 0), (2, 2)), constant_values=-1)
        two_back, two_on = padded[:, :width], padded[:, 4:]
        real = self.ext != blank
        # a state also takes alpha[i - 2] (beta[i + 2]) when it is a label unlike the label two states away
        self.skip_back = real & (i > 1) & (self.ext != two_back)
        self.skip_on = real & (i != (self.width - 2)[:, None]) & (self.ext != two_on) & (i + 2 < self.width[:, None])

    def inc(self, name, at):
        """Each sequence's window increment ``name`` at position ``at`` (clipped: unused where out of range)."""
        table = getattr(self, name)
        return np.take_along_axis(table, np.clip(at, 0, table.shape[1] - 1)[:, None], 1)[:, 0]

    def emit(self, lp, t):
        """log p(state) at step ``t``, (batch, width), from the log-probabilities (steps, batch, classes). warp-ctc
        reads a label's probability at its offset from the sequence's row of the step, so a label outside the
        classes reads a neighbouring row's (one outside the array, whatever memory holds: taken as 0 here)."""
        flat = lp.reshape(-1)
        at = (t * lp.shape[1] + np.arange(lp.shape[1])[:, None]) * lp.shape[2] + self.ext
        inside = (at >= 0) & (at < flat.size)
        return np.where(inside, flat[np.clip(at, 0, flat.size - 1)], _NEG_INF)


def _window(lo, hi, width):
    i = np.arange(width)
    return (i >= lo[:, None]) & (i < hi[:, None])


def _alphas(lp, lab):
    """warp-ctc's forward variables (steps, batch, width) and each sequence's log-likelihood."""
    batch, width = lab.ext.shape
    alphas = np.full((lp.shape[0], batch, width), _NEG_INF, _F32)
    start = np.where(lab.half - lab.steps < 0, 0, 1)
    end = np.where(lab.width > 1, 2, 1)
    alphas[0] = np.where(_window(start, end, width), lab.emit(lp, 0), _NEG_INF)
    last = (start.copy(), end.copy())
    for t in range(1, lp.shape[0]):
        live = t < lab.steps
        remain = lab.half - (lab.steps - t)
        start = start + np.where(live & (remain >= 0), lab.inc("s_inc", remain), 0)
        end = end + np.where(live & (t <= lab.half), lab.inc("e_inc", np.full(batch, t - 1)), 0)
        prev = np.concatenate([np.full((batch, 2), _NEG_INF, _F32), alphas[t - 1]], axis=1)
        total = _log_plus(prev[:, 2:], prev[:, 1:-1])
        total = np.where(lab.skip_back, _log_plus(total, prev[:, :-2]), total)
        inside = _window(start, end, width) & live[:, None]
        alphas[t] = np.where(inside, total + lab.emit(lp, t), _NEG_INF)
        ends = t == lab.steps - 1
        last[0][ends], last[1][ends] = start[ends], end[ends]
    final = alphas[lab.steps - 1, np.arange(batch)]
    loglik = np.full(batch, _NEG_INF, _F32)
    for i in range(width):              # summed state by state, as warp-ctc does
        take = (i >= last[0]) & (i < last[1])
        loglik = np.where(take, _log_plus(loglik, final[:, i]), loglik)
    return alphas, loglik


def _grad_rows(lp_t, occupancy, loglik):
    """``expf(lp) - expf(occupancy - lp - loglik)`` where the class was visited, ``expf(lp)`` elsewhere."""
    prob = libm_f32("expf", np.exp, lp_t)
    visited = (occupancy != 0) & (occupancy != _NEG_INF) & (lp_t != _NEG_INF)
    with np.errstate(invalid="ignore", over="ignore"):
        share = libm_f32("expf", np.exp, (occupancy - lp_t) - loglik[:, None])
    return np.where(visited, prob - share, prob)


def _occupancy(alpha_beta, lab, lo, hi, classes):
    """Per class, the log-sum of alpha*beta over its states in [lo, hi), added state by state as warp-ctc does (a
    label outside the classes adds to none of them)."""
    batch = alpha_beta.shape[0]
    out = np.full((batch, classes + 1), _NEG_INF, _F32)
    rows = np.arange(batch)
    for i in range(alpha_beta.shape[1]):
        take = (i >= lo) & (i < hi)
        cls = np.where((lab.ext[:, i] >= 0) & (lab.ext[:, i] < classes), lab.ext[:, i], classes)
        out[rows, cls] = np.where(take, _log_plus(alpha_beta[:, i], out[rows, cls]), out[rows, cls])
    return out[:, :classes]


def _betas_and_grad(lp, lab, alphas, loglik):
    """warp-ctc's backward sweep: d cost / d activations, (steps, batch, classes)."""
    steps, batch, classes = lp.shape
    width = lab.ext.shape[1]
    rows = np.arange(batch)
    grad = np.zeros(lp.shape, _F32)
    start = np.where(lab.width > 1, lab.width - 2, 0)
    end = np.where(lab.steps > lab.half, lab.width, lab.width - 1)
    betas = np.full((batch, width), _NEG_INF, _F32)
    for t in range(steps - 1, -1, -1):
        first, later = t == lab.steps - 1, t < lab.steps - 1
        emit = lab.emit(lp, t)
        if first.any():
            window = _window(start, end, width) & first[:, None]
            betas = np.where(window, emit, betas)
            alphas[t] = np.where(window, alphas[t] + betas, alphas[t])
        if later.any():
            remain = lab.half - (lab.steps - t)
            start = start - np.where(later & (remain >= -1), lab.inc("s_inc", remain + 1), 0)
            end = end - np.where(later & (t < lab.half), lab.inc("e_inc", np.full(batch, t)), 0)
            full = later & (end == lab.width)
            stop = np.where(end == lab.width, end - 1, end)
            nxt = np.concatenate([betas, np.full((batch, 2), _NEG_INF, _F32)], axis=1)
            total = _log_plus(nxt[:, :-2], nxt[:, 1:-1])
            total = np.where(lab.skip_on, _log_plus(total, nxt[:, 2:]), total)
            window = _window(start, stop, width) & later[:, None]
            betas = np.where(window, total + emit, betas)
            alphas[t] = np.where(window, alphas[t] + betas, alphas[t])
            tail = lab.width - 1
            betas[rows[full], tail[full]] += lp[t, rows[full], lab.blank]
            alphas[t, rows[full], tail[full]] += betas[rows[full], tail[full]]
        live = first | later
        if live.any():
            rows_t = _grad_rows(lp[t], _occupancy(alphas[t], lab, start, end, classes), loglik)
            grad[t] = np.where(live[:, None], rows_t, 0)
    return grad


def ctc_cost(data, labels, lengths, blank, want_grad):
    """Costs (batch,) and, with ``want_grad``, d cost / d data (steps, batch, classes) of float32 ``data``.

    ``labels[n]`` is sequence n's label (a list of class ids) and ``lengths[n]`` its number of steps.
    A label that no alignment fits costs 0 with a zero gradient, as in MXNet.
    """
    data = np.asarray(data, _F32)
    lab = _Labels([list(map(int, v)) for v in labels], blank, lengths)
    lp = log_softmax(data)
    with np.errstate(invalid="ignore"):
        alphas, loglik = _alphas(lp, lab)
    costs = np.where(lab.feasible, -loglik, _F32(0)).astype(_F32)
    if not want_grad:
        return costs, None
    with np.errstate(invalid="ignore"):
        grad = _betas_and_grad(lp, lab, alphas, loglik)
    return costs, np.where(lab.feasible[None, :, None], grad, _F32(0))
