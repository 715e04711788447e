"""oneDNN's float32 RNN cells (no projection) as MXNet 1.9.1's CPU build runs them, step by step in numpy.

Measured against MXNet: a gate's pre-activation starts from the products of the input and of the state by
their weights, summed in the order of oneDNN's gemm (fused multiply-adds in order on AVX-512; on AVX2 the
sgemm of FullyConnected's data gradient, onednn_avx2.nn_product, accumulating onto its C); relu/tanh RNNs
and LSTMs add the two products (or, at the steps merged_steps names, take one product of [x, h]), then the
two biases summed beforehand. The gates go
through oneDNN's tanh and logistic; an LSTM's new cell is fma(i, g, f * c). GRUs run oneDNN's
linear-before-reset cell: the reset and update gates add the summed biases to the input product before the
state product, the candidate is tanh(fma(r, hn + bhn, xn + bxn)) and the new state fma(1 - z, n, z * h).
"""
import numpy as np

from . import onednn, onednn_avx2
from .dgemm_row import _BEYOND_FLOAT, _FLOAT_MIDPOINT, _FLOAT_NORMAL_EXPONENT, _fused_steps, _smallest_nonzero

_F32 = np.float32
_REPLAY_MAX = 1 << 28     # multiply-adds per product replayed in order (~1 s); larger products take NumPy's kernel
_CHUNK = 1 << 15          # outputs replayed at a time: their temporaries stay in the L2 cache
_ALIGNED = 16


def fused_dot_products(a, w, start=None, gemm=None, force_nocopy=False):
    """float32 ``start + a @ w.T`` for a (M, K) and w (G, K) as oneDNN's RNN gemm sums each output: its AVX-512
    kernel fused-multiply-adds the K terms in order from ``start``, its AVX2 kernel is FullyConnected's (but for
    one row of a by one row of w: one fused chain from ``start``, as its one-row sgemm).

    ``gemm``: "data" or "weights" as the gemm of MXNet's training primitives and of every backward, which sums
    K in blocks (see _k_blocks) and adds each block's sum in turn onto ``start``; one row of a or w is a
    matrix-vector product (one block from ``start``), except that a data product of one row of w and several
    of a takes a dot-product kernel (_lane_dots). "layer", the input gemm of a GRU's inference primitive (on AVX2
    of every inference primitive), is a "data" gemm, but for one row of a against a number of rows of w that is
    not a multiple of 16, which takes the dot-product kernel per row of w (on AVX2 too). ``force_nocopy``: the
    AVX2 sgemm's no-copy kernel at any size (see forces_nocopy)."""
    if a.size * w.shape[0] <= _REPLAY_MAX and gemm == "layer" and a.shape[0] == 1 and w.shape[0] % _ALIGNED:
        return _lane_dots(w.astype(np.float64), a[0].astype(np.float64), None if start is None else start.T).T
    if onednn._LANES != 16:
        return _avx2_product(a, w, start, force_nocopy)
    if a.size * w.shape[0] > _REPLAY_MAX:
        return a @ w.T if start is None else start + a @ w.T
    a64, w64 = a.astype(np.float64), w.astype(np.float64)
    if gemm == "layer":
        gemm = "data"
    if gemm is None or a.shape[0] == 1 or (w.shape[0] == 1 and gemm == "weights"):
        return _fused_in_order(a64, w64, start)
    if w.shape[0] == 1:
        return _lane_dots(a64, w64[0], start)
    total = start
    for first, stop in _k_blocks(a.shape[1]):
        part = _fused_in_order(a64[:, first:stop], w64[:, first:stop])
        total = part if total is None else total + part
    return total


def _avx2_product(a, w, start=None, force_nocopy=False):
    """float32 ``start + a @ w.T`` as oneDNN's AVX2 sgemm of an RNN sums it: FullyConnected's data-gradient
    sgemm, but one row of a by one row of w is one fused chain from ``start`` (its one-row kernel, probed)."""
    if a.shape[0] == 1 and w.shape[0] == 1 and a.dtype == w.dtype == np.float32:
        return onednn_avx2.fused_chains(np.ascontiguousarray(a.T), np.ascontiguousarray(w.T), start)
    return onednn_avx2.nn_product(a, w, start, force_nocopy)


_NOCOPY_BATCH = 100     # an inference primitive of one layer forces the no-copy sgemm below this batch
_NOCOPY_STATE = 500     # a training one below this state width
_MERGE_BATCH = 128      # a forward primitive takes the input's product over all steps in one gemm below this batch


def forces_nocopy(training, state_size, layers, batch):
    """Whether oneDNN's AVX2 RNN of ``layers`` layers asks its sgemms for the no-copy kernel whatever their sizes
    (otherwise each gemm picks its kernel by its own sizes)."""
    return state_size < _NOCOPY_STATE if training else layers > 1 or batch < _NOCOPY_BATCH


def _lane_dots(a64, w64, start=None):
    """float32 ``start + a64 @ w64`` (a column) as oneDNN's kernel for a gemm of one row: the AVX2 gemv kernel's
    lanes and pieces (see onednn_avx2.gemv_dots)."""
    return onednn_avx2.gemv_dots(a64, w64[None, :], None if start is None else start[:, 0])[:, None]


_K_BLOCK = 384


def _k_blocks(k):
    """oneDNN's sgemm splits K into blocks of 384 while at least two remain, then the rest in two halves (the
    first rounded up) if it exceeds one block."""
    blocks, start = [], 0
    while start < k or not blocks:
        rest = k - start
        size = _K_BLOCK if rest >= 2 * _K_BLOCK else (rest + 1) // 2 if rest > _K_BLOCK else rest
        blocks.append((start, start + size))
        start += size
    return blocks


def _fused_in_order(a64, w64, start=None):
    """float32 sums over k of the outer products a64[:, k] * w64[:, k] from ``start`` (float32, default 0),
    each term added with one rounding.

    Terms are added in double and rounded to float32, which is the fused step unless the double sum lands on a
    float32 midpoint or in float32's subnormal range: those outputs are summed again with the exact step."""
    # k-major copies: each step reads two contiguous rows instead of gathering two strided columns
    aT, wT = np.ascontiguousarray(a64.T), np.ascontiguousarray(w64.T)
    rows = max(1, _CHUNK // max(1, w64.shape[0]))
    if a64.shape[0] <= rows:
        return _fused_rows_in_order(aT, wT, start)
    if start is not None:
        start = np.broadcast_to(start, (a64.shape[0], w64.shape[0]))
    return np.concatenate([_fused_rows_in_order(aT[:, i:i + rows], wT, None if start is None else start[i:i + rows])
                           for i in range(0, a64.shape[0], rows)])


def _fused_rows_in_order(aT, wT, start=None):
    """_fused_in_order over one chunk of rows, given a64 and w64 transposed (k first)."""
    shape = (aT.shape[1], wT.shape[1])
    part = np.zeros(shape, _F32)
    if start is not None:
        part[...] = start
    s, low, hit = np.empty(shape), np.empty(shape, np.int64), np.empty(shape, bool)
    bits = s.view(np.int64)
    redo = np.zeros(shape, bool)
    tiny = aT.size and wT.size and _smallest_nonzero(aT) * _smallest_nonzero(wT) < 2.0 ** -60
    for k in range(aT.shape[0]):
        np.multiply.outer(aT[k], wT[k], out=s)
        np.add(s, part, out=s)
        np.bitwise_and(bits, _BEYOND_FLOAT, out=low)
        np.equal(low, _FLOAT_MIDPOINT, out=hit)
        np.logical_or(redo, hit, out=redo)
        if tiny:
            redo |= (((bits >> 52) & 0x7FF) < _FLOAT_NORMAL_EXPONENT) & (s != 0)
        part[...] = s
    redo &= np.isfinite(part)
    if redo.any():
        rows, cols = np.nonzero(redo)
        terms = aT[:, rows] * wT[:, cols]
        if start is not None:
            terms = np.concatenate([np.broadcast_to(start, part.shape)[rows, cols][None], terms])
        part[rows, cols] = _fused_steps(terms)
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


def _gru_step(xp, h, w, force_nocopy=False):
    xr, xz, xn = np.split(xp, 3, axis=-1)
    hr, hz, hn = np.split(fused_dot_products(h, w["wh"], gemm="data", force_nocopy=force_nocopy), 3, axis=-1)
    (br, bz, bn), (cr, cz, cn) = np.split(w["bx"], 3), np.split(w["bh"], 3)
    r, z = onednn.logistic((xr + (br + cr)) + hr), onednn.logistic((xz + (bz + cz)) + hz)
    hn = hn + cn
    n = onednn.tanh(_fma(r, hn, xn + bn))
    return _fma(1 - z, n, z * h), None, {"r": r, "z": z, "n": n, "hn": hn, "h": h}


def in_run_order(reverse, x):
    """Whether a direction's product over every step's rows (``x``: steps, batch, units) must take them in its run
    order: a reverse direction's, on AVX2, whose kernels' row tiles then fall otherwise (probed for batches of
    several)."""
    return reverse and onednn._LANES == 8 and x.ndim == 3


def cell(mode, x, w, merged, training, reverse=False, last_step_apart=False, layers=1):
    """One direction of one layer: (per-step inputs, ``step(inputs[t], h, c) -> (h, c, record)``); ``merged``
    flags the steps of an inference primitive that sum the state's products on from the input's (see
    merged_steps); a training primitive adds them as a gemm does (from the input's for a batch of one).
    ``last_step_apart`` (a unidirectional layer above another of its primitive, with state outputs): on AVX2
    the input's product over the last step's rows is one of its own, as in add_parameter_gradients. ``layers``:
    of the direction's primitive. From a batch of _MERGE_BATCH on, the input's product is one gemm a step."""
    # inference: a GRU's input gemm is "layer"; on AVX2 every mode's is (one row: the dot-product kernel)
    gemm = "data" if training else "layer" if mode == "gru" or onednn._LANES == 8 else None
    force = onednn._LANES == 8 and forces_nocopy(training, w["wh"].shape[1], layers, x.shape[1])
    flip = in_run_order(reverse, x)
    rows = (x[::-1] if flip else x).reshape(-1, x.shape[-1])
    cut = len(rows) - x.shape[1] if last_step_apart and onednn._LANES == 8 and x.shape[0] > 1 else len(rows)
    if cut < len(rows) and gemm == "layer":     # a split product's pieces of one row take the gemm's kernel
        gemm = "data"
    cuts = range(0, len(rows) + 1, x.shape[1]) if x.shape[1] >= _MERGE_BATCH else (0, cut, len(rows))
    # an inference primitive packs its state weights, and its input weights over one step: packed gemms ignore
    # the forcing
    packed = not training and x.shape[0] == 1
    xp = np.concatenate([fused_dot_products(rows[i:j], w["wx"], gemm=gemm, force_nocopy=force and not packed)
                         for i, j in zip(cuts[:-1], cuts[1:]) if j > i]).reshape(x.shape[:2] + (-1,))
    xp = xp[::-1] if flip else xp
    if mode == "gru":
        return xp, lambda xp_t, h, c: _gru_step(xp_t, h, w, force and training)
    bias = w["bx"] + w["bh"]
    finish = _FROM_PRE_ACTIVATION[mode]

    def step(inputs, h, c):
        xp_t, merge = inputs
        if merge:
            return finish(fused_dot_products(h, w["wh"], start=xp_t) + bias, h, c)
        if training or onednn._LANES == 8:     # (AVX2 inference accumulates onto the input's as training does)
            state = fused_dot_products(h, w["wh"], start=xp_t, gemm="data", force_nocopy=force and training)
            return finish(state + bias, h, c)
        return finish((xp_t + fused_dot_products(h, w["wh"])) + bias, h, c)
    return list(zip(xp, merged)), step


def merged_steps(mode, layer, num_layers, input_size, state_size, dirs, steps, batch, training, state_outputs=True):
    """Which steps of ``layer`` oneDNN sums as one product of [x, h] by the stacked weights, the state's terms
    fused on from the input's sums (measured on MXNet 1.9.1; its AVX2 kernels and GRUs never do).

    MXNet's training primitive adds the products as a gemm does instead (see cell). Its
    inference primitive does only for layers whose input is as wide as their state; MXNet gives the first layer
    a primitive of its own when its input is not as wide as the later layers'. In a primitive of one layer, of
    states a multiple of 16 wide or (with state outputs) over one step, every step is merged; otherwise the
    first layer's first step, the last layer's last step and the middle layers' steps between; without state
    outputs, the first layer's first step and the middle layers' steps after their first."""
    flags = np.zeros(steps, bool)
    layer_input = input_size if layer == 0 else state_size * dirs
    if mode == "gru" or onednn._LANES != 16:
        return flags
    if training:
        return flags
    if layer_input != state_size:
        return flags
    first = _first_stacked_layer(input_size, state_size, dirs)
    if first == num_layers - 1 or layer < first or state_size % _ALIGNED == 0 or (steps == 1 and state_outputs):
        flags[:] = True
    elif layer == first:
        flags[0] = True
    elif layer == num_layers - 1:
        flags[-1] = state_outputs
    else:
        flags[1:steps - bool(state_outputs)] = True
    return flags


def _first_stacked_layer(input_size, state_size, dirs):
    """The first layer of the primitive MXNet runs the upper layers in (the first has one of its own when its
    input is not as wide as theirs)."""
    return 0 if input_size == state_size * dirs else 1


def primitive_layers(layer, num_layers, input_size, state_size, dirs):
    """How many layers the primitive that runs ``layer`` has."""
    first = _first_stacked_layer(input_size, state_size, dirs)
    return 1 if layer < first else num_layers - first


def stacked(layer, input_size, state_size, dirs):
    """Whether oneDNN runs ``layer`` above another layer of its primitive."""
    return layer > _first_stacked_layer(input_size, state_size, dirs)



def gate_products(mode, d, w, start=None):
    """The backward-data gemm ``start + d @ w`` of gate gradients d (M, gates) by weights w (gates, K): each
    product a fused sum over the gates in oneDNN's order (AVX-512; on AVX2 _avx2_product's sgemm onto ``start``),
    which puts a GRU's update gate before its reset gate; ``start`` as fused_dot_products blocked."""
    if mode == "gru" and onednn._LANES == 8 and start is not None and w.shape[1] == 1 and d.shape[0] > 1:
        return _one_unit_gru_state_products(d, w, start)
    if mode == "gru":
        r, z, n = np.split(np.arange(d.shape[-1]), 3)
        order = np.concatenate([z, r, n])
        d, w = d[:, order], w[order]
    if onednn._LANES == 8:
        return _avx2_product(d, np.ascontiguousarray(w.T), start, _training_forces_nocopy(mode, d))
    return fused_dot_products(d, np.ascontiguousarray(w.T), start, gemm="data")


_GATES = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}


def _training_forces_nocopy(mode, d):
    """forces_nocopy for a training primitive's gemm of gate gradients ``d`` (..., gates x state)."""
    return forces_nocopy(True, d.shape[-1] // _GATES[mode], 1, None)


def _one_unit_gru_state_products(d, w, start):
    """A GRU of one hidden unit over several samples on AVX2: its state gradient ``start + d @ w`` takes the
    rounded products of the reset and update gates summed, then ``start``, then the candidate's product."""
    p = d * w[:, 0]
    return (p[:, :1] + p[:, 1:2] + start) + p[:, 2:]


def _relu_backward(dh, dc, k):
    """oneDNN's relu derivative: the gradient where the unit is live, else the gradient times the slope 0 (so an
    infinite or nan gradient stays nan through a dead unit)."""
    dpre = np.where(k["a"] > 0, dh, dh * _F32(0))
    return dpre, dpre, None, None


def _tanh_backward(dh, dc, k):
    dpre = dh * _fma(-k["a"], k["a"], _F32(1))
    return dpre, dpre, None, None


def _lstm_backward(dh, dc, k):
    """A sigmoid's derivative as fma(-s, s, s), a tanh's as fma(-t, t, 1), products left to right."""
    i, f, g, o, tc = k["i"], k["f"], k["g"], k["o"], k["tc"]
    dc = dc + _fma(-tc, tc, _F32(1)) * dh * o
    di = _fma(-i, i, i) * dc * g
    df = _fma(-f, f, f) * dc * k["c"]
    dg = _fma(-g, g, _F32(1)) * (i * dc)
    do = _fma(-o, o, o) * dh * tc
    dpre = np.concatenate([di, df, dg, do], axis=-1)
    return dpre, dpre, None, dc * f


def _gru_backward(dh, dc, k):
    """The linear-before-reset GRU's: the state's part of the candidate's gradient is dn * r."""
    r, z, n = k["r"], k["z"], k["n"]
    dz = _fma(-z, z, z) * (k["h"] - n) * dh
    dn = _fma(-n, n, _F32(1)) * (1 - z) * dh
    dr = _fma(-r, r, r) * dn * k["hn"]
    return np.concatenate([dr, dz, dn], -1), np.concatenate([dr, dz, dn * r], -1), dh * z, None


# the steps' backward where oneDNN's arithmetic differs from the plain formulas
BACKWARD = {"rnn_relu": _relu_backward, "rnn_tanh": _tanh_backward, "lstm": _lstm_backward, "gru": _gru_backward}


def add_parameter_gradients(mode, g, dxp, dhps, x, records, bidirectional, last_step_apart):
    """oneDNN's weight and bias gradients of one direction of one layer, measured on MXNet 1.9.1.

    Rows are (step, sample) pairs in the order the direction ran its steps. The input weight's gradient is one
    product over every row (``last_step_apart``: the last step's rows in a product of their own, before the
    others'), so is a bidirectional layer's state weight's; a unidirectional layer takes the
    rows of the step that read the initial state in a product of their own, after the others; a GRU adds each
    step's product, the last step's first. A bias gradient adds the rows one at a time, the last step's first."""
    order = [t for t, _ in records]
    h_prev = np.stack([rec["h_prev"] for _, rec in records])
    dxp, dhps, x = dxp[order], dhps[order], x[order]
    force = _training_forces_nocopy(mode, dxp)
    if last_step_apart and not bidirectional:
        _add_products(g["wx"], dxp[-1:], x[-1:], force)
        _add_products(g["wx"], dxp[:-1], x[:-1], force)
    else:
        _add_products(g["wx"], dxp, x, force)
    if mode == "gru":           # its state gemms are not merged over the steps
        for t in reversed(range(len(order))):
            _add_products(g["wh"], dhps[t:t + 1], h_prev[t:t + 1], force)
    elif bidirectional:
        _add_products(g["wh"], dhps, h_prev, force)
    else:
        _add_products(g["wh"], dhps[1:], h_prev[1:], force)
        _add_products(g["wh"], dhps[:1], h_prev[:1], force)
    g["bx"] += _backwards_sum(dxp)
    g["bh"] += _backwards_sum(dxp if mode != "gru" else dhps)


def _add_products(g, d, v, force_nocopy=False):
    """``g += d.T @ v`` over the (step, sample) rows of d and v, as a gemm accumulating into g (on AVX2:
    FullyConnected's weight-gradient sgemm of v.T @ d onto g)."""
    if onednn._LANES == 8:
        g[...] = onednn_avx2.weight_gradient(_rows(v), _rows(d), np.ascontiguousarray(g.T), force_nocopy).T
        return
    g[...] = fused_dot_products(_rows(d).T, _rows(v).T, g, gemm="weights")


def _rows(v):
    return v.reshape(-1, v.shape[-1])


def _backwards_sum(v):
    """The sum of (T, N, units) over time and batch, added a row at a time from the last step back."""
    return np.cumsum(_rows(v[::-1]), axis=0)[-1] if v.size else np.zeros(v.shape[-1], v.dtype)

