"""oneDNN's float32 RNN cells (no projection) as MXNet 1.9.1's CPU build runs them, step by step in numpy.

Measured against MXNet: a gate's pre-activation starts from the products of the input and of the state by
their weights, summed in the order of oneDNN's gemm (fused multiply-adds in order on AVX-512; the AVX2
kernels as FullyConnected's, see onednn_avx2); relu/tanh RNNs and LSTMs add the two products (or, at the
steps merged_steps names, take one product of [x, h]), then the two biases summed beforehand. The gates go
through oneDNN's tanh and logistic; an LSTM's new cell is fma(i, g, f * c). GRUs run oneDNN's
linear-before-reset cell: the reset and update gates add the summed biases to the input product before the
state product, the candidate is tanh(fma(r, hn + bhn, xn + bxn)) and the new state fma(1 - z, n, z * h).
"""
import numpy as np

from . import onednn, onednn_avx2
from .dgemm_row import _BEYOND_FLOAT, _FLOAT_MIDPOINT, _FLOAT_NORMAL_EXPONENT, _fused_steps, _smallest_nonzero

_F32 = np.float32
_REPLAY_MAX = 1 << 20     # multiply-adds per product replayed in order; larger products take NumPy's kernel
_ALIGNED = 16
EXACT_BACKWARD = onednn._LANES == 16     # the gradients' summation orders are measured on AVX-512


def fused_dot_products(a, w):
    """float32 ``a @ w.T`` for a (M, K) and w (G, K) as oneDNN's RNN gemm sums each output: its AVX-512 kernel
    fused-multiply-adds the K terms in order, its AVX2 kernel is FullyConnected's."""
    if a.size * w.shape[0] > _REPLAY_MAX:
        return a @ w.T
    if onednn._LANES != 16:
        return onednn_avx2.inner_product(a, w)
    return _fused_in_order(a.astype(np.float64), w.astype(np.float64))


def _fused_in_order(a64, w64):
    """float32 sums over k of the outer products a64[:, k] * w64[:, k], each term added with one rounding.

    Terms are added in double and rounded to float32, which is the fused step unless the double sum lands on a
    float32 midpoint or in float32's subnormal range: those outputs are summed again with the exact step."""
    part = np.zeros((a64.shape[0], w64.shape[0]), _F32)
    s, low = np.empty(part.shape), np.empty(part.shape, np.int64)
    redo = np.zeros(part.shape, bool)
    tiny = a64.size and w64.size and _smallest_nonzero(a64) * _smallest_nonzero(w64) < 2.0 ** -60
    for k in range(a64.shape[1]):
        np.multiply.outer(a64[:, k], w64[:, k], out=s)
        s += part
        bits = s.view(np.int64)
        np.bitwise_and(bits, _BEYOND_FLOAT, out=low)
        redo |= low == _FLOAT_MIDPOINT
        if tiny:
            redo |= (((bits >> 52) & 0x7FF) < _FLOAT_NORMAL_EXPONENT) & (s != 0)
        part[...] = s
    redo &= np.isfinite(part)
    if redo.any():
        rows, cols = np.nonzero(redo)
        part[rows, cols] = _fused_steps((a64[rows] * w64[cols]).T)
    return part


def _fma(a, b, c):
    return onednn.fma(np.asarray(a, _F32), np.asarray(b, _F32), np.asarray(c, _F32))


def _vanilla(act):
    def finish(pre, h, c):
        a = onednn.tanh(pre) if act == "tanh" else np.where(pre > 0, pre, _F32(0))
        return a, None, {"a": a}
    return finish


def _lstm(pre, h, c):
    i, f, g, o = np.split(pre, 4, axis=-1)
    i, f, g, o = onednn.logistic(i), onednn.logistic(f), onednn.tanh(g), onednn.logistic(o)
    c_new = _fma(i, g, f * c)
    tc = onednn.tanh(c_new)
    return o * tc, c_new, {"i": i, "f": f, "g": g, "o": o, "c": c, "tc": tc}


_FROM_PRE_ACTIVATION = {"rnn_relu": _vanilla("relu"), "rnn_tanh": _vanilla("tanh"), "lstm": _lstm}


def _gru_step(xp, h, w):
    xr, xz, xn = np.split(xp, 3, axis=-1)
    hr, hz, hn = np.split(fused_dot_products(h, w["wh"]), 3, axis=-1)
    (br, bz, bn), (cr, cz, cn) = np.split(w["bx"], 3), np.split(w["bh"], 3)
    r, z = onednn.logistic((xr + (br + cr)) + hr), onednn.logistic((xz + (bz + cz)) + hz)
    hn = hn + cn
    n = onednn.tanh(_fma(r, hn, xn + bn))
    return _fma(1 - z, n, z * h), None, {"r": r, "z": z, "n": n, "hn": hn, "h": h}


def cell(mode, x, w, merged):
    """One direction of one layer: (per-step inputs, ``step(inputs[t], h, c) -> (h, c, record)``); ``merged``
    flags the steps taking one product of [x, h] by the stacked weights (see merged_steps)."""
    xp = _input_products(x, w)
    if mode == "gru":
        return xp, lambda xp_t, h, c: _gru_step(xp_t, h, w)
    bias = w["bx"] + w["bh"]
    finish = _FROM_PRE_ACTIVATION[mode]
    stacked = np.concatenate([w["wx"], w["wh"]], axis=1) if merged.any() else None

    def step(inputs, h, c):
        x_t, xp_t, merge = inputs
        if merge:
            return finish(fused_dot_products(np.concatenate([x_t, h], 1), stacked) + bias, h, c)
        return finish((xp_t + fused_dot_products(h, w["wh"])) + bias, h, c)
    return list(zip(x, xp, merged)), step


def merged_steps(mode, layer, num_layers, input_size, state_size, dirs, steps, batch, training):
    """Which steps of ``layer`` oneDNN computes as one product of [x, h] by the stacked weights (measured on
    MXNet 1.9.1; its AVX2 kernels and GRUs never do).

    MXNet's training primitive does at every step for a batch of one sample, never for larger batches. Its
    inference primitive does only for layers whose input is as wide as their state; MXNet gives the first layer
    a primitive of its own when its input is not as wide as the later layers'. In a primitive of one layer, of
    states a multiple of 16 wide or over one step, every step is merged; otherwise the first layer's first
    step, the last layer's last step and the middle layers' steps between."""
    flags = np.zeros(steps, bool)
    layer_input = input_size if layer == 0 else state_size * dirs
    if mode == "gru" or onednn._LANES != 16:
        return flags
    if training:
        flags[:] = batch == 1
        return flags
    if layer_input != state_size:
        return flags
    first = _first_stacked_layer(input_size, state_size, dirs)
    if first == num_layers - 1 or layer < first or state_size % _ALIGNED == 0 or steps == 1:
        flags[:] = True
    elif layer == first:
        flags[0] = True
    elif layer == num_layers - 1:
        flags[-1] = True
    else:
        flags[1:-1] = True
    return flags


def _first_stacked_layer(input_size, state_size, dirs):
    """The first layer of the primitive MXNet runs the upper layers in (the first has one of its own when its
    input is not as wide as theirs)."""
    return 0 if input_size == state_size * dirs else 1


def stacked(layer, input_size, state_size, dirs):
    """Whether oneDNN runs ``layer`` above another layer of its primitive."""
    return layer > _first_stacked_layer(input_size, state_size, dirs)


def _input_products(x, w):
    """The input dot products of every step at once: (T, N, I) -> (T, N, gates)."""
    return fused_dot_products(x.reshape(-1, x.shape[-1]), w["wx"]).reshape(x.shape[:2] + (-1,))


def gate_products(mode, d, w, start=0):
    """The backward-data gemm ``start + d @ w`` of gate gradients d (M, gates) by weights w (gates, K): each
    product a fused sum over the gates in oneDNN's order (AVX-512), which puts a GRU's update gate before its
    reset gate. For one row (gemv) the sum starts from ``start``, otherwise it is added last."""
    if mode == "gru":
        r, z, n = np.split(np.arange(d.shape[-1]), 3)
        order = np.concatenate([z, r, n])
        d, w = d[:, order], w[order]
    if d.shape[0] == 1 and np.ndim(start):
        return fused_dot_products(np.concatenate([np.ones((1, 1), _F32), d], 1),
                                  np.concatenate([np.reshape(start, (-1, 1)), w.T], 1))
    return start + fused_dot_products(d, np.ascontiguousarray(w.T))


def _tanh_backward(dh, dc, k):
    dpre = dh * _fma(-k["a"], k["a"], _F32(1))
    return dpre, dpre, 0, None


def _lstm_backward(dh, dc, k):
    """A sigmoid's derivative as fma(-s, s, s), a tanh's as fma(-t, t, 1), products left to right."""
    i, f, g, o, tc = k["i"], k["f"], k["g"], k["o"], k["tc"]
    dc = dc + _fma(-tc, tc, _F32(1)) * dh * o
    di = _fma(-i, i, i) * dc * g
    df = _fma(-f, f, f) * dc * k["c"]
    dg = _fma(-g, g, _F32(1)) * (i * dc)
    do = _fma(-o, o, o) * dh * tc
    dpre = np.concatenate([di, df, dg, do], axis=-1)
    return dpre, dpre, 0, dc * f


def _gru_backward(dh, dc, k):
    """The linear-before-reset GRU's: the state's part of the candidate's gradient is dn * r."""
    r, z, n = k["r"], k["z"], k["n"]
    dz = _fma(-z, z, z) * (k["h"] - n) * dh
    dn = _fma(-n, n, _F32(1)) * (1 - z) * dh
    dr = _fma(-r, r, r) * dn * k["hn"]
    return np.concatenate([dr, dz, dn], -1), np.concatenate([dr, dz, dn * r], -1), dh * z, None


# the steps' backward where oneDNN's arithmetic differs from the plain formulas (AVX-512)
BACKWARD = {"rnn_tanh": _tanh_backward, "lstm": _lstm_backward, "gru": _gru_backward}


def add_parameter_gradients(mode, g, dxp, dhps, x, records, bidirectional, stacked):
    """oneDNN's weight and bias gradients of one direction of one layer (AVX-512), measured on MXNet 1.9.1.

    Rows are (step, sample) pairs in the order the direction ran its steps. The input weight's gradient is one
    product over every row (a unidirectional layer above another of its primitive sums the last step's rows
    apart and adds them), so is a bidirectional layer's state weight's; a unidirectional layer sums the rows
    of the step that read the initial state apart from the others' and adds the two; a GRU adds each step's
    product to its state weight's gradient, the last step's first. A bias gradient adds the rows one at a time,
    the last step's first."""
    order = [t for t, _ in records]
    h_prev = np.stack([rec["h_prev"] for _, rec in records])
    dxp, dhps, x = dxp[order], dhps[order], x[order]
    if stacked and not bidirectional:
        g["wx"] += fused_dot_products(_rows(dxp[:-1]).T, _rows(x[:-1]).T) + fused_dot_products(dxp[-1].T, x[-1].T)
    else:
        g["wx"] += fused_dot_products(_rows(dxp).T, _rows(x).T)
    if mode == "gru":           # its gemms are not merged over the steps: each step's product added as it runs
        for dhp, h in zip(dhps[::-1], h_prev[::-1]):
            g["wh"] += fused_dot_products(dhp.T, h.T)
    elif bidirectional:
        g["wh"] += fused_dot_products(_rows(dhps).T, _rows(h_prev).T)
    else:
        g["wh"] += fused_dot_products(_rows(dhps[1:]).T, _rows(h_prev[1:]).T) \
            + fused_dot_products(dhps[0].T, h_prev[0].T)
    g["bx"] += _backwards_sum(dxp)
    g["bh"] += _backwards_sum(dxp if mode != "gru" else dhps)


def _rows(v):
    return v.reshape(-1, v.shape[-1])


def _backwards_sum(v):
    """The sum of (T, N, units) over time and batch, added a row at a time from the last step back."""
    return np.cumsum(_rows(v[::-1]), axis=0)[-1] if v.size else np.zeros(v.shape[-1], v.dtype)

