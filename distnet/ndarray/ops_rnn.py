"""Recurrent and sequence operators: the fused RNN (relu/tanh/LSTM/GRU), Sequence*, CTCLoss."""
import functools
import inspect
import threading

import numpy as np

from .. import autograd
from ..base import MXNetError, flag_within
from . import ctc_float32, onednn_rnn
from .dgemm_row import _blocks as _inner_blocks
from .ops_linalg import _gemm as blas_gemm
from .failures import KernelError, backward_kernel_error, float_only, state_refusal
from .ops_elemwise import libm_f32, libm_f64
from .ops_random import RESOURCE
from .registry import defop
from .shape_text import blob_type_mismatch, inconsistent, legacy_dim, uniform_type_refusal

_GATES = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}


def _defaults(op):
    """The attribute defaults of ``op``'s forward, for a backward that receives only the attributes given."""
    params = inspect.signature(op.fwd).parameters.values()
    return {p.name: p.default for p in params if p.kind is p.KEYWORD_ONLY and p.default is not p.empty}


# ---- the fused RNN: parameters ---------------------------------------------------------------
def parameter_size(mode, num_layers, dirs, input_size, hidden, proj):
    """The length of MXNet's flat parameter vector of an RNN so configured (see _unpack)."""
    gh, width = _GATES[mode] * hidden, hidden if proj is None else proj
    size = 0
    for layer in range(num_layers):
        ni = input_size if layer == 0 else width * dirs
        size += dirs * (gh * ni + gh * width + (proj * hidden if proj is not None else 0) + 2 * gh)
    return size


def _unpack(flat, mode, num_layers, dirs, input_size, hidden, proj):
    """Views into MXNet's flat parameter vector, one dict per (layer, direction) in that order.

    MXNet packs every layer's and direction's weights first (i2h, h2h[, h2r]), then all the biases
    (i2h, h2h), layer-major and direction-minor.
    """
    gh, width = _GATES[mode] * hidden, hidden if proj is None else proj
    shapes = []
    for layer in range(num_layers):
        ni = input_size if layer == 0 else width * dirs
        for _ in range(dirs):
            shapes.append([("wx", (gh, ni)), ("wh", (gh, width))] + ([("wr", (proj, hidden))] if proj is not None
                                                                      else []))
    biases = [[("bx", (gh,)), ("bh", (gh,))] for _ in shapes]
    expected = sum(int(np.prod(s)) for cell in shapes + biases for _, s in cell)
    if flat.shape != (expected,):
        raise MXNetError(f"RNN: {inconsistent(flat.shape, (expected,))}")
    cells, pos = [{} for _ in shapes], 0
    for cell, spec in zip(cells + cells, shapes + biases):
        for key, shape in spec:
            n = int(np.prod(shape))
            cell[key] = flat[pos:pos + n].reshape(shape)
            pos += n
    return cells


# ---- the fused RNN: one time step of each mode, forward and backward ------------------------
def _vanilla_native_forward(act):
    """MXNet's native relu/tanh step on the summed pre-activation ``xp + hp``."""
    def forward(xp, hp, h, c):
        pre = xp + hp
        if act == "tanh":
            a = _tanh(pre)
        else:       # MXNet's kernel keeps a positive value (through a C float cast), anything else (nan) is 0
            a = np.where(pre > 0, pre, 0).astype(np.float32).astype(pre.dtype)
        return a, None, {"a": a}
    return forward


def _vanilla_backward(act):
    def backward(dh, dc, k):
        if act == "tanh":
            dpre = dh * (1 - k["a"] ** 2)
        else:       # the same C float cast on the gradient of a positive value
            dpre = np.where(k["a"] > 0, dh.astype(np.float32).astype(dh.dtype), 0).astype(dh.dtype)
        return dpre, dpre, None, None
    return backward


def _lstm_native_forward(pre, c):
    """MXNet's native LSTM step: sigmoids in double, the candidate through the C library's tanh of the type, the
    output as a double product with the double tanh of the new cell (the same steps in float64)."""
    i, f, g, o = np.split(pre, 4, axis=-1)
    i, f, o = (_native_sigmoid(v) for v in (i, f, o))
    g = _tanh(g)
    c_new = c * f + i * g
    tc = libm_f64("tanh", np.tanh, c_new.astype(np.float64))
    h = (o.astype(np.float64) * tc).astype(pre.dtype)
    return h, c_new, {"i": i, "f": f, "g": g, "o": o, "c": c, "tc": tc.astype(pre.dtype)}


def _native_sigmoid(x):
    """1 / (1 + exp(-x)) evaluated in double with the C library's exp, rounded to x's type."""
    with np.errstate(over="ignore"):
        return (1 / (1 + libm_f64("exp", np.exp, -x.astype(np.float64)))).astype(x.dtype)


def _tanh(x):
    return libm_f64("tanh", np.tanh, x) if x.dtype == np.float64 else libm_f32("tanhf", np.tanh, x)


def _lstm_backward(dh, dc, k):
    i, f, g, o, tc = k["i"], k["f"], k["g"], k["o"], k["tc"]
    dc = dc + dh * o * (1 - tc ** 2)
    dpre = np.concatenate([dc * g * i * (1 - i), dc * k["c"] * f * (1 - f), dc * i * (1 - g ** 2),
                           dh * tc * o * (1 - o)], axis=-1)
    return dpre, dpre, None, dc * f


def _gru_native_forward(xp, hp, h, bx, bh):
    """MXNet's native GRU step: gate sums in the order x*Wx + h*Wh + bx + bh, sigmoid as 1 / (1 + exp(-x))."""
    xr, xz, xn = np.split(xp, 3, axis=-1)
    hr, hz, hn = np.split(hp, 3, axis=-1)
    (br, bz, bn), (cr, cz, cn) = np.split(bx, 3), np.split(bh, 3)
    r, z = _native_sigmoid(xr + hr + br + cr), _native_sigmoid(xz + hz + bz + cz)
    hn = hn + cn
    n = _tanh(xn + bn + r * hn)
    return (1 - z) * n + z * h, None, {"r": r, "z": z, "n": n, "hn": hn, "h": h}


def _gru_backward(dh, dc, k):
    r, z, n = k["r"], k["z"], k["n"]
    dn = dh * (1 - z) * (1 - n ** 2)
    dr = dn * k["hn"] * r * (1 - r)
    dz = dh * (k["h"] - n) * z * (1 - z)
    return np.concatenate([dr, dz, dn], -1), np.concatenate([dr, dz, dn * r], -1), dh * z, None


_BACKWARD = {"rnn_relu": _vanilla_backward("relu"), "rnn_tanh": _vanilla_backward("tanh"), "lstm": _lstm_backward,
             "gru": _gru_backward}


# ---- the fused RNN: one direction of one layer over the sequence ----------------------------
def _run_cell(mode, w, x, h, c, reverse, merged, training, last_step_apart=False, layers=1):
    """Outputs (T, N, width), final h and c, and the per-step records the backward needs; ``merged`` flags the
    steps oneDNN takes as one product (see onednn_rnn.merged_steps), ``last_step_apart`` and ``layers`` see
    onednn_rnn.cell."""
    if x.dtype == np.float32 and "wr" not in w:         # MXNet hands these to oneDNN
        steps = onednn_rnn.cell(mode, x, w, merged, training, reverse, last_step_apart, layers)
        return _run_steps(*steps, h, c, reverse)
    # MXNet's native kernels add the biases after both products: LSTM x*Wx + h*Wh + bx + bh, relu/tanh
    # x*Wx + bx + h*Wh + bh; one gemm over all steps' rows, as their BLAS call (NumPy would take other kernels
    # for one row)
    xp = blas_gemm(x.reshape(-1, x.shape[-1]), w["wx"].T).reshape(x.shape[:2] + (-1,))
    if mode == "lstm":
        step = lambda xp, h, c: _lstm_native_forward(xp + blas_gemm(h, w["wh"].T) + w["bx"] + w["bh"], c)
    elif mode == "gru":
        step = lambda xp, h, c: _gru_native_forward(xp, blas_gemm(h, w["wh"].T), h, w["bx"], w["bh"])
    else:
        xp, forward = xp + w["bx"], _vanilla_native_forward(mode[4:])
        step = lambda xp, h, c: forward(xp + blas_gemm(h, w["wh"].T), w["bh"], h, c)
    return _run_steps(xp, step, h, c, reverse, w.get("wr"))


def _run_steps(xp, step, h, c, reverse, projection=None):
    """Run ``step(xp[t], h, c) -> (h, c, record)`` over the sequence (backwards when ``reverse``)."""
    ys = np.zeros((len(xp),) + h.shape, h.dtype)
    records = []
    for t in (reversed(range(len(xp))) if reverse else range(len(xp))):
        h_new, c, rec = step(xp[t], h, c)
        rec["h_prev"] = h
        if projection is not None:
            rec["h_full"] = h_new
            h_new = blas_gemm(h_new, projection.T)
        h = ys[t] = h_new
        records.append((t, rec))
    return ys, h, c, records


def _cell_backward(mode, w, g, x, records, dys, dh, dc, x_weight=None, bidirectional=False,
                   last_step_apart=False, frozen=False, reverse=False, dx_before=0):
    """Accumulate parameter gradients into ``g``; return ``dx_before`` + d(input), d(h0), d(c0).

    ``x_weight`` stands in for ``x`` in the input weight's gradient (see _vanilla_weight_input). ``frozen``: no
    parameter gradient is asked for, and MXNet's native GRU and relu/tanh kernels then skip the state weight's
    product: the gradient reaches earlier steps (and h0) only through the GRU's update gate."""
    onednn_path = x.dtype == np.float32 and "wr" not in w
    back = onednn_rnn.BACKWARD.get(mode, _BACKWARD[mode]) if onednn_path else _BACKWARD[mode]
    gate_products = functools.partial(onednn_rnn.gate_products, mode) if onednn_path else _gate_products
    skip_state_product = frozen and mode != "lstm" and x.dtype != np.float32     # (float32 runs on oneDNN)
    dxp = np.zeros(x.shape[:2] + (w["wx"].shape[0],), x.dtype)
    dhps = np.zeros_like(dxp)
    for t, rec in reversed(records):
        dh = dh + dys[t]
        if "wr" in w:
            g["wr"] += blas_gemm(dh.T, rec["h_full"])
            dh = blas_gemm(dh, w["wr"])
        dxp[t], dhps[t], dh_direct, dc = back(dh, dc, rec)
        if skip_state_product:
            dh = np.zeros_like(dh) if dh_direct is None else dh_direct
        else:
            dh = gate_products(dhps[t], w["wh"], dh_direct)
    rows = x.shape[0] * x.shape[1]
    x_rows = (x if x_weight is None else x_weight).reshape(rows, -1)
    if onednn_path:
        onednn_rnn.add_parameter_gradients(mode, g, dxp, dhps, x, records, bidirectional, last_step_apart)
    else:
        g["wh"] += _state_weight_gradient(dhps, records)
        g["wx"] += blas_gemm(dxp.reshape(rows, -1).T, x_rows)
        g["bx"] += _running_sum(dxp)
        # MXNet's native vanilla RNN kernel gives h2h's bias the input bias's gradient
        g["bh"] += _running_sum(dxp if mode in ("rnn_relu", "rnn_tanh") else dhps)
    if onednn_path and onednn_rnn.in_run_order(reverse, x):
        return dx_before + gate_products(dxp[::-1].reshape(rows, -1), w["wx"]).reshape(x.shape)[::-1], dh, dc
    if onednn_path or type(dx_before) is int:
        return dx_before + gate_products(dxp.reshape(rows, -1), w["wx"]).reshape(x.shape), dh, dc
    # the native kernel's second direction adds its product onto the first's data gradient (a beta-1 gemm)
    return gate_products(dxp.reshape(rows, -1), w["wx"], dx_before.reshape(rows, -1)).reshape(x.shape), dh, dc


def _gate_products(d, w, start=None):
    """``start + d @ w``: the backward-data product of gate gradients d by weights w, as MXNet's native kernel:
    a gemm adding onto ``start`` (beta 1), so each block of the inner dimension is added onto it in turn."""
    if start is None:
        return blas_gemm(d, w)
    total = start
    for first, stop in _inner_blocks(d.shape[1]):
        total = total + blas_gemm(d[:, first:stop], w[first:stop])
    return total


def _state_weight_gradient(dhps, records):
    return sum(blas_gemm(dhps[t].T, rec["h_prev"]) for t, rec in reversed(records))


def _running_sum(v):
    """The sum over time and batch of (T, N, units), added one (step, sample) row at a time in that order."""
    return np.cumsum(v.reshape(-1, v.shape[-1]), axis=0)[-1] if v.size else np.zeros(v.shape[-1], v.dtype)


# ---- the fused RNN: layers and directions ----------------------------------------------------
# MXNet's CPU build runs a float32 RNN without projection through oneDNN, which ignores the sequence
# lengths and the LSTM cell clipping; every other RNN runs its native kernel, which supports neither.
_CLIP_REFUSED = "LSTM state clipping is only supported for GPU with CuDNN later than 7.2.1"
_LENGTHS_REFUSED = "RNN use_sequence_length option is only available for cuDNN version >= 7.2"

_EMPTY_REFUSED = "Check failed: delay_alloc: "      # oneDNN's, for the states of no steps


def refuse_native_clipping(dtype, projection_size, clip_min, clip_max):
    """MXNet's native CPU kernel cannot clip the LSTM cell: it refuses the clip when it creates the operator (at
    the call, or when a symbol is bound)."""
    if (dtype != np.float32 or projection_size) and (clip_min is not None or clip_max is not None):
        raise state_refusal(_CLIP_REFUSED)


def check_data_rank(ndim):
    """The RNN operator's data is (sequence, batch, features), checked first by its shape inference."""
    if ndim != 3:
        raise MXNetError(f"RNN: Check failed: dshape.ndim() == 3U ({ndim} vs. 3) : Input data should be rank-3 "
                         "tensor of dim [sequence length, batch size, input size]")


def _rnn_setup(data, parameters, state, state_cell, sequence_length, a):
    mode = a["mode"]
    if mode not in _GATES:
        raise MXNetError(f"RNN: mode must be one of {sorted(_GATES)}, got {mode!r}")
    if mode != "lstm" and state_cell is not None and sequence_length is None:
        state_cell, sequence_length = None, state_cell    # positional: data, parameters, state, sequence_length
    given = 2 + sum(x is not None for x in (state, state_cell, sequence_length))
    wanted = 3 + (mode == "lstm") + bool(a["use_sequence_length"])
    if given != wanted:          # e.g. an LSTM without its cell state, or an LSTM's two states handed to a GRU
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator RNN "
                         f"expects {wanted} inputs, but got {given} instead.")
    check_data_rank(data.ndim)      # (the inputs are counted before shapes are inferred)
    dirs = 2 if a["bidirectional"] else 1
    proj = a["projection_size"]         # any mode's shapes follow it (0 too): MXNet checks them before the mode
    width = a["state_size"] if proj is None else proj
    want = (a["num_layers"] * dirs, data.shape[1], width)
    if state.shape != want:
        raise MXNetError(f"RNN: {inconsistent(state.shape, want)}")
    if state_cell is not None and state_cell.shape != want[:2] + (a["state_size"],):
        raise MXNetError(f"RNN: {inconsistent(state_cell.shape, want[:2] + (a['state_size'],))}")
    cells = _unpack(parameters, mode, a["num_layers"], dirs, data.shape[2], a["state_size"], proj)
    if a["use_sequence_length"] and sequence_length.shape != (data.shape[1],):
        raise MXNetError(f"RNN: {inconsistent(sequence_length.shape, (data.shape[1],))}")
    return mode, dirs, cells, state_cell


def _dropped(x, keep):
    """Inputs between layers after dropout: ``keep`` holds 1 - p where a value stays (divided by it), else 0."""
    return np.divide(x, keep, out=np.zeros_like(x), where=keep != 0)


_GRAPH = threading.local()


def graph_needing_gradients(flag):
    """Ops run inside belong to a bound graph with gradients to compute (MXNet's need_grad, set even for an
    inference forward): the native RNN kernel then runs its training path, dropout included."""
    return flag_within(_GRAPH, "needs_gradients", flag)


def graph_needs_gradients():
    """Whether the ops running belong to a bound graph with gradients to compute (see graph_needing_gradients)."""
    return getattr(_GRAPH, "needs_gradients", False)


def _dropout_keep(p, shape, dtype):
    """MXNet's native kernel draws one float uniform per value from the sequential engine, dropping u < p."""
    raw = RESOURCE.sequential.random_raw(int(np.prod(shape))).astype(np.uint32)
    u = raw.astype(np.float32) * np.float32(2.0 ** -32)
    keep = np.float32(1) - np.float32(p)
    return np.where(u < np.float32(p), 0, keep).astype(dtype).reshape(shape)


def _rnn_run(data, state, state_cell, mask, mode, dirs, cells, num_layers, training, state_outputs=True):
    """Every layer and direction over the sequence; ``training``: as MXNet's oneDNN training primitive (whose
    inference steps also depend on whether the final states are outputs)."""
    x, hy, cy, trace = data, [], [], []
    for layer in range(num_layers):
        if layer > 0 and mask.size:
            x = _dropped(x, mask[layer - 1])
        outs = []
        for d in range(dirs):
            k = layer * dirs + d
            c0 = state_cell[k] if mode == "lstm" else None
            merged = onednn_rnn.merged_steps(mode, layer, num_layers, data.shape[2], state.shape[2], dirs, len(x),
                                             data.shape[1], training, state_outputs)
            apart = dirs == 1 and state_outputs and onednn_rnn.stacked(layer, data.shape[2], state.shape[2], dirs)
            layers = onednn_rnn.primitive_layers(layer, num_layers, data.shape[2], state.shape[2], dirs)
            y, h, c, records = _run_cell(mode, cells[k], x, state[k], c0, d == 1, merged, training, apart, layers)
            outs.append(y)
            hy.append(h)
            cy.append(c)
            trace.append((x, records))
        x = outs[0] if dirs == 1 else np.concatenate(outs, axis=-1)
    return x, np.stack(hy), (np.stack(cy) if mode == "lstm" else None), trace


def _kernel_refusal(message, data, mode, dirs, a):
    """The KernelError of MXNet's RNN kernel, kept with placeholder outputs; the op holds the sequential random
    resource, so the error reaches the next op holding it (another RNN, shuffle, multinomial) too."""
    return KernelError(message, _placeholders(data, mode, dirs, a), sampler="sequential")


def _placeholders(data, mode, dirs, a):
    """Zero outputs of the right shapes, standing in for a kernel that failed."""
    width, layers = a["projection_size"] or a["state_size"], a["num_layers"] * dirs
    outs = [np.zeros(data.shape[:2] + (width * dirs,), data.dtype)]
    if a["state_outputs"]:
        outs.append(np.zeros((layers, data.shape[1], width), data.dtype))
        if mode == "lstm":
            outs.append(np.zeros((layers, data.shape[1], a["state_size"]), data.dtype))
    return tuple(outs) + (np.zeros((0,), data.dtype),)          # the (empty) dropout mask last


def _check_uniform_type(data, parameters, state, state_cell):
    """MXNet's type inference: the parameters and states share the data's type (checked first), a floating one."""
    for name, arr in (("parameters", parameters), ("state", state), ("state_cell", state_cell)):
        if arr is not None and arr.dtype != data.dtype:
            raise MXNetError(f"RNN: {uniform_type_refusal(data.dtype, arr.dtype, name)}")
    if data.dtype.kind != "f":      # the real-type switch: no comma before 8-bit types, bool its unknown type
        raise MXNetError("Unknown type enum 7" if data.dtype == np.bool_ else float_only(None, data.dtype))


@defop("RNN", hidden=1)
def rnn(data, parameters, state, state_cell=None, sequence_length=None, *, state_size, num_layers, bidirectional=False,
        mode, p=0.0, state_outputs=False, projection_size=None, lstm_state_clip_min=None,
        lstm_state_clip_max=None, lstm_state_clip_nan=False, use_sequence_length=False):
    """Multi-layer (bidirectional) relu/tanh RNN, LSTM or GRU over a TNC sequence; MXNet's packed parameters."""
    a = dict(state_size=state_size, num_layers=num_layers, mode=mode, bidirectional=bidirectional,
             projection_size=projection_size, state_outputs=state_outputs, use_sequence_length=use_sequence_length)
    mode, dirs, cells, state_cell = _rnn_setup(data, parameters, state, state_cell, sequence_length, a)
    _check_uniform_type(data, parameters, state, state_cell if mode == "lstm" else None)
    if projection_size is not None and mode != "lstm":    # its shapes infer; MXNet's kernel then crashes
        raise _kernel_refusal(f"RNN: projection_size is only supported for mode='lstm', not {mode!r}",
                              data, mode, dirs, a)
    refuse_native_clipping(data.dtype, projection_size, lstm_state_clip_min, lstm_state_clip_max)
    if data.dtype != np.float32 or projection_size:          # MXNet's native CPU kernel
        if use_sequence_length:       # found by the kernel: the error shows when a result is read
            raise _kernel_refusal(_LENGTHS_REFUSED, data, mode, dirs, a)
    # the native kernel keeps what a backward needs while training, recording, or in an executor bound for gradients
    training = autograd.is_training() or autograd.is_recording() or getattr(_GRAPH, "needs_gradients", False)
    if projection_size and training:
        # MXNet's CPU kernel has no backward for projections and refuses any forward that could need one
        message = "No training support for LSTM with projection on CPU currently."
        raise _kernel_refusal(message, data, mode, dirs, a)
    if data.dtype == np.float16:
        raise _kernel_refusal("FP16 gemm on cpu not implemented!", data, mode, dirs, a)
    if not data.shape[0]:       # an empty sequence: an empty output, nothing run
        if state_outputs and data.dtype == np.float32:     # oneDNN cannot lay out the empty states
            raise _kernel_refusal(_EMPTY_REFUSED, data, mode, dirs, a)
        return _placeholders(data, mode, dirs, a)      # (MXNet's native kernel leaves the final states unset)
    if not data.shape[1] and data.dtype == np.float32:      # an empty batch: oneDNN's empty outputs
        return _placeholders(data, mode, dirs, a)
    mask = np.zeros((0,), data.dtype)
    # oneDNN ignores the dropout between layers too; the native kernel drops whenever it keeps what a backward
    # needs, so while recording too
    if p and num_layers > 1 and training and data.dtype != np.float32:
        shape = (num_layers - 1,) + data.shape[:2] + ((projection_size or state_size) * dirs,)
        mask = _dropout_keep(p, shape, data.dtype)
    out, hy, cy, _ = _rnn_run(data, state, state_cell, mask, mode, dirs, cells, num_layers, training, state_outputs)
    if not state_outputs:
        return out, mask
    return (out, hy, cy, mask) if mode == "lstm" else (out, hy, mask)


def _dropped_records(trace, mask, mode, dirs, num_layers, width):
    """MXNet's native kernel drops a layer's stored outputs in place, and its backward reads the previous
    state from them: the records of every layer below the last take their previous states dropped."""
    for layer in range(num_layers - 1):
        stored = trace[(layer + 1) * dirs][0]          # the next layer's (dropped) input
        for d in range(dirs):
            records = trace[layer * dirs + d][1]
            y = stored[..., d * width:(d + 1) * width]
            for (t_prev, _), (_, rec) in zip(records, records[1:]):
                rec["h_prev"] = y[t_prev]
                if mode == "gru":
                    rec["h"] = y[t_prev]


def _vanilla_weight_input(mode, dtype, layer, num_layers, dirs, trace):
    """MXNet's native relu/tanh backward takes a middle layer's input-weight gradient against that layer's own
    output (the next layer's input), not its input: reproduced, as MXNet 1.9.1 trains with it."""
    if mode in ("rnn_relu", "rnn_tanh") and dtype != np.float32 and 0 < layer < num_layers - 1:
        return trace[(layer + 1) * dirs][0]
    return None


@rnn.grad
def _(dy, out, data, parameters, state, state_cell=None, sequence_length=None, needs=None, **attrs):
    a = dict(_defaults(rnn), **attrs)
    frozen = needs is not None and not needs[1]
    # MXNet's native kernel (all but float32) passes a layer's input gradient down only when the data's is asked
    # for: without it the layers below see no gradient from the outputs above, only their own final states'
    chained = data.dtype == np.float32 or needs is None or needs[0]
    mode, dirs, cells, cell0 = _rnn_setup(data, parameters, state, state_cell, sequence_length, a)
    if a["projection_size"] or data.dtype == np.float16:
        # its forward refused to train, or failed (the gradients carry that error): none computed
        return (np.zeros_like(data), np.zeros_like(parameters), np.zeros_like(state),
                None if cell0 is None else np.zeros_like(cell0), None)
    if not data.shape[0] or not data.shape[1] and data.dtype == np.float32:
        return _empty_sequence_gradients(dy, data, parameters, state, cell0, mode)
    num_layers, width = a["num_layers"], a["projection_size"] or a["state_size"]
    mask = out[-1]
    _, hy, cy, trace = _rnn_run(data, state, cell0, mask, mode, dirs, cells, num_layers, True, a["state_outputs"])
    if mask.size:
        _dropped_records(trace, mask, mode, dirs, num_layers, width)
    dys = dy if isinstance(dy, tuple) else (dy,)
    dout = dys[0]
    dhy = dys[1] if len(dys) > 1 else np.zeros_like(hy)
    dcy = (dys[2] if len(dys) > 2 else np.zeros_like(cy)) if mode == "lstm" else None
    dparams = np.zeros_like(parameters)
    grads = _unpack(dparams, mode, num_layers, dirs, data.shape[2], a["state_size"], a["projection_size"])
    dstate = np.zeros_like(state)
    dcell = np.zeros_like(cell0) if mode == "lstm" else None
    for layer in reversed(range(num_layers)):
        dx = 0
        x_weight = _vanilla_weight_input(mode, data.dtype, layer, num_layers, dirs, trace)
        # oneDNN's input-weight gradient of an upper layer sums the last step apart when the states are outputs
        last_step_apart = onednn_rnn.stacked(layer, data.shape[2], a["state_size"], dirs) and a["state_outputs"]
        for d in range(dirs):
            k = layer * dirs + d
            x, records = trace[k]
            dc = dcy[k] if mode == "lstm" else None
            dx, dstate[k], dc0 = _cell_backward(mode, cells[k], grads[k], x, records,
                                                dout[..., d * width:(d + 1) * width], dhy[k], dc, x_weight,
                                                dirs == 2, last_step_apart, frozen, d == 1, dx)
            if mode == "lstm":
                dcell[k] = dc0
        if not chained:
            dx = np.zeros_like(dx)
        dout = _dropped(dx, mask[layer - 1]) if layer > 0 and mask.size else dx
    if mode != "lstm":
        return (dout, dparams, dstate, None, None)
    return dout, dparams, dstate, dcell, None


def _empty_sequence_gradients(dy, data, parameters, state, cell0, mode):
    """The backward over no steps or no samples: oneDNN (float32) refuses it; over no steps the native kernel
    passes the final state's gradient back to the initial state (but for an LSTM's) and zeros to the rest."""
    if data.dtype == np.float32:
        backward_kernel_error(_EMPTY_REFUSED)       # (kept with the gradients in a backward pass)
        return np.zeros_like(data), np.zeros_like(parameters), np.zeros_like(state), None, None
    dys = dy if isinstance(dy, tuple) else (dy,)
    passed = mode != "lstm" and len(dys) > 1 and dys[1] is not None
    dstate = np.array(dys[1], state.dtype) if passed else np.zeros_like(state)
    if mode != "lstm":
        return np.zeros_like(data), np.zeros_like(parameters), dstate, None, None
    return np.zeros_like(data), np.zeros_like(parameters), dstate, np.zeros_like(cell0), None


# ---- Sequence* ---------------------------------------------------------------------------------
def _lengths(op, data, sequence_length, axis):
    """Integer lengths, one per batch entry (MXNet truncates fractional lengths)."""
    if axis not in (0, 1):
        raise MXNetError(f"{op}: axis must be 0 or 1 (the time axis), got {axis}")
    if sequence_length is None:
        raise MXNetError(f"{op}: use_sequence_length=True needs the sequence_length input")
    lengths = np.asarray(sequence_length).astype(np.int64)
    batch = data.shape[1 - axis]
    if lengths.shape != (batch,):
        provided = ",".join(str(n) for n in lengths.shape)
        raise MXNetError(f"{op}: Shape inconsistent, Provided = [{provided}], inferred shape=({batch},)")
    return lengths


# op -> (the time axes it takes, whether it checks the axis before the data's rank)
_TIME_AXES = {"SequenceMask": ((0, 1), False), "SequenceLast": ((0, 1), True), "SequenceReverse": ((0,), True)}


def check_time_axis(op, ndim, axis):
    """MXNet's shape checks of the Sequence* op ``op``, made whether or not lengths are used: data of rank 2 or
    more, the time axis among those it takes, in the op's order."""
    axes, axis_first = _TIME_AXES[op]
    if axis not in axes and axis_first or ndim >= 2 and axis not in axes:
        raise MXNetError("Check failed: (param_.axis == 0) || (param_.axis == 1): Current implementation expects "
                         "axis to be 0 or 1." if len(axes) > 1 else f"Check failed: param_.axis == 0 ({axis} vs. 0) "
                         ": Current implementation expects axis to be 0.")
    if ndim < 2:
        raise MXNetError(f"Check failed: dshape.ndim() > 1U ({ndim} vs. 1) : The data array must be of rank 2 or "
                         "greater.")


def _refuse_bool(op, data, sequence_length, axis, result_shape):
    """The Sequence* kernels' type switch has no bool case (data or lengths): MXNet runs it as it creates the
    operator, after the lengths' shape check and the checks of an out= array against the output inferred (of
    ``result_shape``), so the refusal comes at the call."""
    if sequence_length is not None:
        _lengths(op, data, sequence_length, axis)
    if np.bool_ in (data.dtype, getattr(sequence_length, "dtype", None)):
        raise state_refusal("Unknown type enum 7", [np.zeros(result_shape, data.dtype)])


def _check_input_count(op, sequence_length, use_sequence_length):
    """MXNet counts the inputs by use_sequence_length: sequence_length is an input with it, an extra one without."""
    given, wanted = 1 + (sequence_length is not None), 1 + bool(use_sequence_length)
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator {op} "
                         f"expects {wanted} inputs, but got {given} instead.")


def _valid(data, lengths, axis):
    """True where a step lies inside its sequence, broadcastable to ``data``."""
    steps = np.arange(data.shape[axis])
    m = steps[:, None] < lengths[None, :] if axis == 0 else steps[None, :] < lengths[:, None]
    return m.reshape(m.shape + (1,) * (data.ndim - 2))


@defop("SequenceMask")
def sequence_mask(data, sequence_length=None, *, use_sequence_length=False, value=0.0, axis=0):
    """Set the steps beyond each sequence's length to ``value``."""
    _check_input_count("SequenceMask", sequence_length, use_sequence_length)
    check_time_axis("SequenceMask", data.ndim, axis)
    _refuse_bool("SequenceMask", data, sequence_length, axis, data.shape)
    if not use_sequence_length:
        return data.copy()
    m = _valid(data, _lengths("SequenceMask", data, sequence_length, axis), axis)
    with np.errstate(invalid="ignore"):     # (MXNet's value is a float32, cast to the data's type: -1 is 255 in uint8)
        fill = np.asarray(np.float32(float(value))).astype(data.dtype)
    return np.where(m, data, fill)


@sequence_mask.grad
def _(dy, out, data, sequence_length=None, *, use_sequence_length=False, value=0.0, axis=0):
    if not use_sequence_length:
        return dy, None
    valid = _valid(data, _lengths("SequenceMask", data, sequence_length, axis), axis)
    return np.where(valid, dy, dy.dtype.type(0)), None      # +0 masked (an inf or nan dy too), dy itself kept


def _last_index(data, sequence_length, use_sequence_length, axis):
    """Index of each sequence's last step, and the batch indices: data[(steps, batch) in time-axis order]."""
    batch = np.arange(data.shape[1 - axis])
    if not use_sequence_length:
        steps = np.full(batch.shape, data.shape[axis] - 1)
    else:
        lengths = _lengths("SequenceLast", data, sequence_length, axis)
        if lengths.size and (lengths.min() < 1 or lengths.max() > data.shape[axis]):
            raise MXNetError(f"SequenceLast: sequence_length {lengths.tolist()} must lie in [1, {data.shape[axis]}]")
        steps = lengths - 1
    return (steps, batch) if axis == 0 else (batch, steps)


@defop("SequenceLast")
def sequence_last(data, sequence_length=None, *, use_sequence_length=False, axis=0):
    """The last step of each sequence: the time axis removed."""
    _check_input_count("SequenceLast", sequence_length, use_sequence_length)
    check_time_axis("SequenceLast", data.ndim, axis)
    _refuse_bool("SequenceLast", data, sequence_length, axis, data.shape[:axis] + data.shape[axis + 1:])
    if not data.shape[axis]:        # (no steps: its output, of the other axes' shape, is never written)
        return np.zeros(data.shape[:axis] + data.shape[axis + 1:], data.dtype)
    return data[_last_index(data, sequence_length, use_sequence_length, axis)]


@sequence_last.grad
def _(dy, out, data, sequence_length=None, *, use_sequence_length=False, axis=0):
    g = np.zeros_like(data)
    g[_last_index(data, sequence_length, use_sequence_length, axis)] = dy
    return g, None


def _reverse_index(data, sequence_length, use_sequence_length, axis):
    """Per (step, batch) the source step: the first ``length`` steps reversed, the rest in place."""
    steps = np.arange(data.shape[0])[:, None]
    if not use_sequence_length:
        lengths = np.full(data.shape[1], data.shape[0])
    else:
        lengths = _lengths("SequenceReverse", data, sequence_length, axis)
        if lengths.size and (lengths.min() < 0 or lengths.max() > data.shape[0]):
            raise MXNetError(f"SequenceReverse: sequence_length {lengths.tolist()} must lie in [0, {data.shape[0]}]")
    return np.where(steps < lengths, lengths - 1 - steps, steps), np.arange(data.shape[1])[None, :]


@defop("SequenceReverse")
def sequence_reverse(data, sequence_length=None, *, use_sequence_length=False, axis=0):
    """Reverse each sequence's first ``length`` steps along the time axis (axis 0)."""
    _check_input_count("SequenceReverse", sequence_length, use_sequence_length)
    check_time_axis("SequenceReverse", data.ndim, axis)
    _refuse_bool("SequenceReverse", data, sequence_length, axis, data.shape)
    return data[_reverse_index(data, sequence_length, use_sequence_length, axis)]


@sequence_reverse.grad
def _(dy, out, data, sequence_length=None, *, use_sequence_length=False, axis=0):
    # the permutation is its own inverse
    return dy[_reverse_index(data, sequence_length, use_sequence_length, axis)], None


# ---- CTCLoss -----------------------------------------------------------------------------------
def _nearest_int(values):
    """Float labels and lengths as MXNet's CTC kernel reads them: rounded to the nearest integer, halves up."""
    values = np.asarray(values)
    return values.astype(np.int64) if values.dtype.kind in "iub" else np.floor(values + 0.5).astype(np.int64)


def _ctc_length_inputs(data_lengths, label_lengths, a):
    """(data_lengths, label_lengths) as MXNet binds the inputs after data and label: in order, by the flags
    (a lone third input is label_lengths' with use_label_lengths alone); a count the flags do not take fails."""
    given = [x for x in (data_lengths, label_lengths) if x is not None]
    wanted = [a["use_data_lengths"], a["use_label_lengths"]]
    if len(given) != sum(wanted):
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({2 + len(given)} vs. {2 + sum(wanted)}) : "
                         f"Operator CTCLoss expects {2 + sum(wanted)} inputs, but got {2 + len(given)} instead.")
    given.reverse()
    return tuple(given.pop() if flag else None for flag in wanted)


def _check_ctc_shapes(data, label, data_lengths, label_lengths):
    """MXNet's shape checks of CTCLoss, in its order and words (a legacy 0 size unknown, -1)."""
    def check(ok, condition, message):
        if not ok:
            raise MXNetError(f"Check failed: {condition} : {message}")
    check(data.ndim == 3, f"dshape.ndim() == 3U ({data.ndim} vs. 3)",
          "The number of dimensions of data array must be 3.")
    check(label.ndim == 2, f"lshape.ndim() == 2U ({label.ndim} vs. 2)",
          "The number of dimensions of labels array must be 2.")
    dshape, lshape = ([legacy_dim(d) for d in x.shape] for x in (data, label))
    check(dshape[1] == lshape[0], f"dshape[1] == lshape[0] ({dshape[1]} vs. {lshape[0]})",
          "The batch size for the labels and data arrays must be the same.")
    for lengths, name, of, batch, vector, same in (
            (data_lengths, "dlshape", "dshape[1]", dshape[1], "Data length array must be a vector.",
             "The batch size for the data and data lengths must be the same."),
            (label_lengths, "llshape", "lshape[0]", lshape[0], "Label length array must be a vector.",
             "The batch size for the labels and label lengths must be the same.")):
        if lengths is not None:
            check(lengths.ndim == 1, f"{name}.ndim() == 1U ({lengths.ndim} vs. 1)", vector)
            size = legacy_dim(lengths.shape[0])
            check(size == batch, f"{name}[0] == {of} ({size} vs. {batch})", same)
    check(dshape[0] >= lshape[1], f"dshape[0] >= lshape[1] ({dshape[0]} vs. {lshape[1]})",
          "The max number of labels cannot exceed the maximum sequence length of the data.")


def _check_blank_label(a):
    if a["blank_label"] not in ("first", "last"):
        raise MXNetError(f"CTCLoss: blank_label must be 'first' or 'last', got {a['blank_label']!r}")


def _ctc_lengths(data, label, data_lengths, label_lengths, a):
    """The checked inputs of CTCLoss: (blank class, int labels, steps and label length per sequence)."""
    data_lengths, label_lengths = _ctc_length_inputs(data_lengths, label_lengths, a)
    _check_ctc_shapes(data, label, data_lengths, label_lengths)
    steps, batch, alphabet = data.shape
    _check_blank_label(a)
    blank, pad = (0, 0) if a["blank_label"] == "first" else (alphabet - 1, -1)
    label = _nearest_int(label)
    if a["use_label_lengths"]:
        lab_len = _nearest_int(label_lengths)
    else:   # a label ends at its first padding value
        is_pad = label == pad
        lab_len = np.where(is_pad.any(1), is_pad.argmax(1), label.shape[1])
    t_len = _nearest_int(data_lengths) if a["use_data_lengths"] else np.full(batch, steps)
    if t_len.min() < 0 or t_len.max() > steps or lab_len.min() < 0:
        raise MXNetError(f"CTCLoss: data_lengths {t_len.tolist()} must lie in [0, {steps}] and label_lengths "
                         f"{lab_len.tolist()} must not be negative")
    return blank, label, t_len, lab_len


def _ctc_label_rows(label, lab_len, t_len):
    """Each sequence's label: its first ``lab_len`` values read on through the flat label, as MXNet's kernel
    does (a length past the row's width takes the next rows' values)."""
    flat, width, rows = label.reshape(-1), label.shape[1], []
    for n, (length, steps) in enumerate(zip(lab_len.tolist(), t_len.tolist())):
        row = flat[n * width:n * width + length]
        if len(row) < length:
            if length <= steps:     # the values past the end of the label decide the cost: none to read
                raise MXNetError(f"CTCLoss: label_lengths[{n}]={length} reads past the end of the label of "
                                 f"shape {label.shape}; make each label length at most {width}")
            row = np.concatenate([row, np.repeat(row[-1:] if len(row) else flat[-1:], length - len(row))])
        rows.append(row)
    return rows


def _ctc_float32(data, label, data_lengths, label_lengths, a, want_grad):
    """(costs, gradient or None) of float32 activations, in the float32 steps of MXNet's CPU kernel."""
    blank, label, t_len, lab_len = _ctc_lengths(data, label, data_lengths, label_lengths, a)
    labels = _ctc_label_rows(label, lab_len, t_len)     # a label longer than its sequence costs 0 whatever it holds
    return ctc_float32.ctc_cost(data, labels, t_len, blank, want_grad)


@defop("CTCLoss", aliases=("ctc_loss", "_contrib_CTCLoss", "_contrib_ctc_loss"))
def ctc_loss(data, label, data_lengths=None, label_lengths=None, *, use_data_lengths=False,
             use_label_lengths=False, blank_label="first"):
    """Connectionist temporal classification loss of activations (T, N, alphabet): -log p(label) per sequence."""
    a = dict(use_data_lengths=use_data_lengths, use_label_lengths=use_label_lengths, blank_label=blank_label)
    _check_ctc_shapes(data, label, *_ctc_length_inputs(data_lengths, label_lengths, a))     # shapes before types
    if label.dtype == np.bool_:         # the kernel's type switch is on the label's type
        raise KernelError("Unknown type enum 7", np.zeros(data.shape[1], data.dtype))
    if data.dtype != np.float32:        # the kernel (float32 only) fails before it reads the lengths' values
        _check_blank_label(a)
        raise KernelError(blob_type_mismatch(data.dtype, "float32"), np.zeros(data.shape[1], data.dtype))
    _check_ctc_length_dtypes(data, label, data_lengths, label_lengths, a)
    return _ctc_float32(data, label, data_lengths, label_lengths, a, want_grad=False)[0]


def _check_ctc_length_dtypes(data, label, data_lengths, label_lengths, a):
    """MXNet's kernel reads data_lengths as the data's type and label_lengths as the label's."""
    data_lengths, label_lengths = _ctc_length_inputs(data_lengths, label_lengths, a)
    for lengths, like, flag in ((data_lengths, data, "use_data_lengths"), (label_lengths, label, "use_label_lengths")):
        if a[flag] and lengths is not None and lengths.dtype != like.dtype:
            raise KernelError(blob_type_mismatch(lengths.dtype, like.dtype), np.zeros(data.shape[1], data.dtype))


@ctc_loss.grad
def _(dy, out, data, label, data_lengths=None, label_lengths=None, **attrs):
    if data.dtype != np.float32:    # the forward failed (float32 kernel only): its error stays with the outputs
        return np.zeros(data.shape, data.dtype), None, None, None
    a = dict(_defaults(ctc_loss), **attrs)
    grad = _ctc_float32(data, label, data_lengths, label_lengths, a, want_grad=True)[1]
    return grad * np.asarray(dy, np.float32)[:, None], None, None, None     # MXNet's gradient times dy
