"""Recurrent and sequence operators: RNN (relu/tanh/LSTM/GRU), SequenceMask/Last/Reverse, CTCLoss."""
import itertools

import numpy as np
import pytest

from opcheck import Case, run_case

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of
from distnet.ndarray.ndarray import _wrap

GATES = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}


# ---- a step-by-step numpy reference of the fused RNN ------------------------------------------
def n_params(mode, input_size, hidden, num_layers=1, dirs=1):
    g = GATES[mode] * hidden
    first = g * (input_size + hidden + 2)
    rest = g * (hidden * dirs + hidden + 2)
    return dirs * (first + (num_layers - 1) * rest)


def split_params(flat, mode, input_size, hidden, num_layers, dirs):
    """Per (layer, direction): Wx, Wh, bx, bh — all weights first, then all biases."""
    g, pos, cells = GATES[mode] * hidden, 0, []
    for layer in range(num_layers):
        ni = input_size if layer == 0 else hidden * dirs
        for _ in range(dirs):
            wx = flat[pos:pos + g * ni].reshape(g, ni)
            wh = flat[pos + g * ni:pos + g * (ni + hidden)].reshape(g, hidden)
            pos += g * (ni + hidden)
            cells.append([wx, wh])
    for cell in cells:
        cell += [flat[pos:pos + g], flat[pos + g:pos + 2 * g]]
        pos += 2 * g
    assert pos == flat.size
    return cells


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def ref_step(mode, x, h, c, wx, wh, bx, bh):
    """One time step for one batch entry, written from the formulas."""
    if mode in ("rnn_relu", "rnn_tanh"):
        pre = wx @ x + bx + wh @ h + bh
        return (np.maximum(pre, 0) if mode == "rnn_relu" else np.tanh(pre)), c
    if mode == "lstm":
        i, f, g, o = np.split(wx @ x + bx + wh @ h + bh, 4)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        return sigmoid(o) * np.tanh(c), c
    xr, xz, xn = np.split(wx @ x + bx, 3)
    hr, hz, hn = np.split(wh @ h + bh, 3)
    r, z = sigmoid(xr + hr), sigmoid(xz + hz)
    n = np.tanh(xn + r * hn)
    return (1 - z) * n + z * h, c


def ref_rnn(mode, data, params, h0, c0=None, num_layers=1, bidirectional=False):
    """out, hy, cy by explicit loops over layers, directions, batch entries and time steps."""
    steps, batch, _ = data.shape
    dirs, hidden = (2 if bidirectional else 1), h0.shape[-1]
    cells = split_params(params, mode, data.shape[2], hidden, num_layers, dirs)
    x, hy, cy = data, np.zeros_like(h0), np.zeros_like(h0)
    for layer in range(num_layers):
        out = np.zeros((steps, batch, hidden * dirs))
        for d in range(dirs):
            k = layer * dirs + d
            for n in range(batch):
                h, c = h0[k, n], (c0[k, n] if c0 is not None else None)
                order = range(steps) if d == 0 else reversed(range(steps))
                for t in order:
                    h, c = ref_step(mode, x[t, n], h, c, *cells[k])
                    out[t, n, d * hidden:(d + 1) * hidden] = h
                hy[k, n] = h
                if c0 is not None:
                    cy[k, n] = c
        x = out
    return x, hy, cy


def rnn_case(mode, num_layers=1, bidirectional=False, output=0, lengths=None, T=3, N=2, C=2, H=3):
    dirs = 2 if bidirectional else 1
    inputs = [(T, N, C), (n_params(mode, C, H, num_layers, dirs),), (num_layers * dirs, N, H)]
    if mode == "lstm":
        inputs.append((num_layers * dirs, N, H))
    attrs = dict(state_size=H, num_layers=num_layers, bidirectional=bidirectional, mode=mode,
                 state_outputs=output > 0)
    if lengths is not None:     # MXNet's float32 CPU kernel ignores them; float64 refuses (no gradient check)
        inputs.append(np.array(lengths))
        attrs["use_sequence_length"] = True

    def ref(x, p, h, *rest):
        c = rest[0] if mode == "lstm" else None
        out, hy, cy = ref_rnn(mode, x, p, h, c, num_layers, bidirectional)
        return out if output == 0 else [out, hy] + ([cy] if mode == "lstm" else [])
    # MXNet's native relu kernel rounds through float even for float64: a wider difference step
    wide = dict(eps=1e-3, grad_rtol=1e-2, grad_atol=1e-4) if mode == "rnn_relu" else {}
    return Case("RNN", *inputs, ref=ref, output=output, label=f"out{output}" + ("-len" if lengths else ""),
                grad=lengths is None, **wide, **attrs)


# ---- a brute-force CTC reference: sum over every alignment -------------------------------------
def ref_ctc(data, label, blank, data_len=None):
    """-log p(label | data) for one sequence, enumerating all alignments of its steps."""
    data = data[:data_len] if data_len else data
    logp = data - np.log(np.exp(data).sum(-1, keepdims=True))
    total = 0.0
    for path in itertools.product(range(data.shape[1]), repeat=data.shape[0]):
        collapsed = [k for i, k in enumerate(path) if (i == 0 or k != path[i - 1]) and k != blank]
        if collapsed == list(label):
            total += np.exp(sum(logp[t, k] for t, k in enumerate(path)))
    return -np.log(total)


def ctc_ref(label, blank, data_lengths=None, label_lengths=None, pad=0):
    def ref(data, *_):
        out = []
        for n in range(data.shape[1]):
            lab = label[n][:label_lengths[n]] if label_lengths is not None else \
                list(itertools.takewhile(lambda v: v != pad, label[n]))
            out.append(ref_ctc(data[:, n], lab, blank if blank >= 0 else data.shape[2] - 1,
                               None if data_lengths is None else data_lengths[n]))
        return np.array(out)
    return ref


# ---- Sequence* references ----------------------------------------------------------------------
def ref_mask(x, lengths, value=0.0, axis=0):
    out = x.copy()
    for n, length in enumerate(lengths):
        if axis == 0:
            out[int(length):, n] = value
        else:
            out[n, int(length):] = value
    return out


def ref_last(x, lengths, axis=0):
    return np.stack([x[int(n) - 1, b] if axis == 0 else x[b, int(n) - 1] for b, n in enumerate(lengths)])


def ref_reverse(x, lengths):
    out = x.copy()
    for b, n in enumerate(lengths):
        out[:n, b] = x[:n, b][::-1]
    return out


LENGTHS = np.array([1, 3])
CASES = [
    rnn_case("rnn_relu"),
    rnn_case("rnn_tanh", output=1),
    rnn_case("lstm"),
    rnn_case("lstm", output=2),
    rnn_case("gru"),
    rnn_case("gru", output=1),
    rnn_case("lstm", num_layers=2, bidirectional=True, H=2),
    rnn_case("gru", num_layers=2, bidirectional=True, output=1, H=2),
    rnn_case("rnn_tanh", bidirectional=True, lengths=[2, 3]),
    rnn_case("lstm", bidirectional=True, output=2, lengths=[3, 1], H=2),
    Case("SequenceMask", (3, 2, 4), ref=lambda x: x),
    Case("SequenceMask", (3, 2, 4), LENGTHS, use_sequence_length=True, value=-1.0,
         ref=lambda x, n: ref_mask(x, n, -1.0)),
    Case("SequenceMask", (2, 3, 4), LENGTHS, use_sequence_length=True, axis=1,
         ref=lambda x, n: ref_mask(x, n, 0.0, axis=1)),
    Case("SequenceLast", (3, 2, 4), ref=lambda x: x[-1]),
    Case("SequenceLast", (3, 2, 4), LENGTHS, use_sequence_length=True, ref=lambda x, n: ref_last(x, n)),
    Case("SequenceLast", (2, 3, 4), LENGTHS, use_sequence_length=True, axis=1,
         ref=lambda x, n: ref_last(x, n, axis=1)),
    Case("SequenceReverse", (3, 2, 4), ref=lambda x: x[::-1]),
    Case("SequenceReverse", (3, 2, 4), np.array([2, 0]), use_sequence_length=True,
         ref=lambda x, n: ref_reverse(x, [2, 0])),
    # CTCLoss computes in float32 only (as MXNet's kernel): its gradient is checked against MXNet's numbers below
    Case("CTCLoss", (4, 2, 3), np.array([[1, 2], [2, 0]]), ref=ctc_ref([[1, 2], [2, 0]], 0),
         label="first", grad=False),
    Case("CTCLoss", (4, 2, 3), np.array([[0, 1], [1, -1]]), blank_label="last",
         ref=ctc_ref([[0, 1], [1, -1]], -1, pad=-1), label="last", grad=False),
    Case("CTCLoss", (4, 2, 3), np.array([[1, 1], [2, 1]]), np.float32([3, 4]), np.array([2, 1]),
         use_data_lengths=True, use_label_lengths=True,
         ref=ctc_ref([[1, 1], [2, 1]], 0, [3, 4], [2, 1]), label="lengths", grad=False),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


# ---- numbers measured from MXNet 1.9.1 ---------------------------------------------------------
def _a(values, shape):
    return np.array(values, dtype=np.float64).reshape(shape)


def fill(shape, mod, off, scale):
    """The arange-based values the measurements used: (arange % mod - off) * scale."""
    return ((np.arange(int(np.prod(shape))) % mod - off) * scale).reshape(shape).astype(np.float32)


LSTM_2L_BI = {  # mode='lstm', num_layers=2, bidirectional=True, 224 parameters
    "out": _a([-0.1660895, -0.1186991, -0.06772804, 0.04624637, -0.09240277, -0.02693994, -0.03559186,
        0.03692729, -0.2098877, -0.1350462, -0.08802294, 0.03995881, -0.1588284, -0.1076228,
        -0.02550638, 0.05322792, -0.2353287, -0.1408754, -0.117451, 0.01430055, -0.1940799,
        -0.1408658, -0.01437877, 0.09180155], (3, 2, 4)),
    "hy": _a([0.004961642, 0.08229365, 0.1049534, 0.1265528, 0.09239417, 0.01355495, 0.1299698,
        0.03946662, -0.2353287, -0.1408754, -0.1940799, -0.1408658, -0.06772804, 0.04624637,
        -0.03559186, 0.03692729], (4, 2, 2)),
    "cy": _a([0.007368063, 0.1861233, 0.189385, 0.2308194, 0.2406565, 0.03338447, 0.3525523,
        0.08965265, -0.5305885, -0.289355, -0.4302063, -0.2876014, -0.1167686, 0.07497029,
        -0.06069797, 0.06035084], (4, 2, 2)),
    "d_data": _a([0.01296476, -0.1520389, -0.2829823, -0.1049258, 0.1207437, -0.04099704, -0.1729957,
        -0.09097208, 0.2258895, 0.04578648, -0.1520252, -0.07683685], (3, 2, 2)),
    "d_parameters": _a([-0.02472154, 0.005800122, -0.1363353, -0.05781, -0.0387442, -0.01708663, -0.104169,
        -0.0451545, -0.7876039, -0.3178183, -0.6276042, -0.2068248, -0.01501029, -0.005419916,
        -0.0460865, -0.03653671, 0.009764206, 0.007000545, 0.0190968, 0.01973224, -0.001173496,
        -8.564044e-05, 0.01131725, 0.01690703, 0.09832754, -0.04038792, 0.1004073, 0.09523625,
        0.0032403, 0.001851535, -0.001613405, 0.009760164, -0.01986947, 0.0794876, 0.01270187,
        0.001228376, 0.06481543, 0.09710719, -0.05155843, 0.0007554424, 0.1709006, 0.4442751,
        -0.3461724, 0.3935712, 0.07369719, 0.0351688, 0.01755824, 0.01521636, -0.009302991,
        0.004089196, -0.01384505, 0.006229491, -0.007983514, 0.02165018, 0.009368462, 0.01606009,
        -0.06380416, 0.05585992, 0.02179006, 0.1331416, -0.006267936, 0.003618502, 0.002585134,
        0.003479868, 0.01916008, 0.06812616, 0.07774872, -0.02214822, -0.01820329, -0.01868117,
        -0.009186571, -0.02543878, 0.007017219, 0.03672909, 0.04176814, -0.02655338, -0.01026126,
        -0.006290994, -0.001338168, -0.01716753, -0.07257704, -0.2402945, -0.3000357, 0.06222497,
        0.1274628, 0.1191772, 0.05569147, 0.1895093, 0.03086151, 0.08157302, 0.07564297,
        -0.006590095, -0.004399661, 0.001626541, 0.002644205, -0.00917228, -0.0788796, -0.08360077,
        0.01479377, -0.0006484746, -0.06291535, -0.09702907, 0.0004259187, -0.0005093474, 0.1826647,
        0.3424725, -0.07143094, 0.0176546, -0.1055562, -0.09923001, -0.005357809, -0.003025855,
        -0.001106875, -0.001592838, 0.002399551, -0.002632947, 0.006236941, 0.01425002, 0.01242249,
        0.002266507, 0.001732268, 0.003256632, 0.008666987, -0.0008795751, 0.02275234, 0.03304356,
        0.02599959, 0.02529217, 0.04567769, 0.08208104, -0.02422351, 0.07751755, 0.2651095,
        0.5191534, 0.4573854, 0.2065257, -0.0007508585, -0.003127899, -0.000929139, 0.0009994227,
        0.009758379, 0.01667775, 0.01526574, 0.008216903, -0.007872052, 0.002090075, -0.007026362,
        0.0003097456, -0.009677014, 0.001131798, 0.02774295, -0.01429884, 0.1851156, -0.03174495,
        -0.02580654, 0.01102202, 0.001696604, 0.0003716257, 0.003491299, -0.004193934, 0.04910377,
        0.1187411, 0.04372762, 0.1711488, -0.8442735, 0.5373449, 0.03608923, -0.01408711,
        0.04910377, 0.1187411, 0.04372762, 0.1711488, -0.8442735, 0.5373449, 0.03608923,
        -0.01408711, -0.2710841, 0.009819461, -0.07259743, 0.2888526, -1.167319, 0.7626934,
        -0.1190798, 0.02190882, -0.2710841, 0.009819461, -0.07259743, 0.2888526, -1.167319,
        0.7626934, -0.1190798, 0.02190882, 0.9633846, -0.09369107, 0.6221573, -0.005455023,
        -3.614496, 0.5102656, 1.004529, 0.04361618, 0.9633846, -0.09369107, 0.6221573,
        -0.005455023, -3.614496, 0.5102656, 1.004529, 0.04361618, 0.03546708, 0.1431532,
        0.1061578, 0.2640324, -0.5696343, 4.722144, -0.01299602, 0.1629961, 0.03546708,
        0.1431532, 0.1061578, 0.2640324, -0.5696343, 4.722144, -0.01299602, 0.1629961], (224,)),
    "d_state": _a([-0.02303617, -0.07525364, 0.0146786, 0.03909026, 0.04526147, 0.06448983, -0.02795526,
        0.01042025, -0.2500251, 0.376405, -0.1234862, 0.1976122, -0.1595348, -0.1348996,
        -0.2370704, -0.1184389], (4, 2, 2)),
    "d_state_cell": _a([-0.137416, -0.1816049, 0.2352385, 0.08434206, -0.3060781, -0.2794773, -0.007171461,
        0.3576056, -1.326854, -0.1346943, -0.7434203, 0.04937988, -0.02971427, 0.4794508,
        0.1167326, 0.7523147], (4, 2, 2)),
}
GRU_1L = {  # mode='gru', num_layers=1, bidirectional=False, 36 parameters
    "out": _a([-0.120771, -0.1444085, 0.05947149, -0.2501646, -0.164243, -0.2158382, 0.01161942,
        -0.2872999, -0.2110929, -0.2366384, 0.02921787, -0.3188974], (3, 2, 2)),
    "hy": _a([-0.2110929, -0.2366384, 0.02921787, -0.3188974], (1, 2, 2)),
    "d_data": _a([0.3428014, 0.2047135, -0.05247053, 0.05440964, 0.2947889, 0.1372135, -0.07083662,
        0.04600304, 0.2218593, 0.07025451, -0.08110839, 0.03446452], (3, 2, 2)),
    "d_parameters": _a([-0.07042508, 0.04652563, 0.07130886, -0.009475896, -0.173873, -0.01960311, -0.03437227,
        0.06055121, -0.6068434, 0.706009, -1.042097, 0.06386128, 0.05799719, 0.0003233487,
        -0.03513042, 0.05285753, 0.01177059, 0.009128066, 0.04974903, -0.04350293, 0.3726774,
        0.02288859, 0.2572964, -0.3853527, -0.1533865, -0.1863872, 0.09288252, 0.0759933,
        -2.791466, 2.414563, -0.1533865, -0.1863872, 0.09288252, 0.0759933, -1.26982,
        1.292895], (36,)),
    "d_state": _a([-2.261603, -0.3796407, 0.5948037, 1.892832], (1, 2, 2)),
}
CTC = [  # (label, blank_label, data_lengths, label_lengths, dy) -> loss, d_data
    (([[1, 2], [2, 0]], 'first', None, None, [1.0, 0.5]), _a([2.125051, 1.870538], (2,)),
     _a([-0.2703084, -0.2361719, 0.5064804, -0.07512961, 0.1535979, -0.07846835, -0.00681448,
        -0.04909432, 0.0559088, 0.03235302, 0.1535979, -0.185951, -0.1017387, 0.1266758,
        -0.02493714, 0.03235302, 0.1535979, -0.185951, 0.1588051, 0.3071959, -0.466001,
        -0.07512961, 0.1535979, -0.07846835], (4, 2, 3))),
    (([[0, 1], [1, -1]], 'last', None, None, [1.0, 0.5]), _a([0.9409816, 1.307326], (2,)),
     _a([-0.1002154, 0.3071959, -0.2069805, 0.09316186, -0.008498862, -0.08466297, -0.07795316,
        0.03334964, 0.0446036, 0.09316186, -0.08037411, -0.01278773, 0.1791626, -0.1940988,
        0.01493623, 0.09316186, -0.08037411, -0.01278773, 0.1863237, -0.1958565, 0.009532839,
        0.09316186, -0.008498862, -0.08466297], (4, 2, 3))),
    (([[1, 1], [2, 1]], 'first', [3, 4], [2, 1], [1.0, 1.0]), _a([1.80874, 1.870538], (2,)),
     _a([0.1863237, -0.6928041, 0.5064804, -0.1502592, 0.3071959, -0.1569367, -0.1165081,
        0.04398648, 0.07252144, 0.06470605, 0.3071959, -0.3719019, 0.3661922, -0.3962511,
        0.03005889, 0.06470605, 0.3071959, -0.3719019, 0, 0, 0,
        -0.1502592, 0.3071959, -0.1569367], (4, 2, 3))),
]
PROJ_HY = [-0.02021369, 0.06850003, -0.01770105, 0.06516085]
PROJ_CY = [-0.01728892, 0.05400846, -0.3708851, -0.04410031, 0.07609987, -0.3577859]


def _measured_rnn(mode, num_layers, bidirectional, expected, T=3, N=2, C=2, H=2):
    dirs = 2 if bidirectional else 1
    ins = [fill((T, N, C), 5, 2, 0.3), fill((n_params(mode, C, H, num_layers, dirs),), 7, 3, 0.1),
           fill((num_layers * dirs, N, H), 3, 1, 0.2)]
    if mode == "lstm":
        ins.append(fill((num_layers * dirs, N, H), 4, 1.5, 0.2))
    args = [nd.array(x) for x in ins]
    for a in args:
        a.attach_grad()
    with autograd.record():
        outs = nd.RNN(*args, state_size=H, num_layers=num_layers, bidirectional=bidirectional, mode=mode,
                      state_outputs=True)
        loss = sum((o * nd.array(fill(o.shape, 4, 1.5, 1.0))).sum() for o in outs)
    loss.backward()
    for name, o in zip(["out", "hy", "cy"], outs):
        assert o.dtype == np.float32
        np.testing.assert_allclose(o.asnumpy(), expected[name], rtol=1e-5, atol=1e-6, err_msg=name)
    for name, a in zip(["d_data", "d_parameters", "d_state", "d_state_cell"], args):
        np.testing.assert_allclose(a.grad.asnumpy(), expected[name], rtol=1e-4, atol=1e-6, err_msg=name)


def test_lstm_two_layers_bidirectional_matches_mxnet():
    _measured_rnn("lstm", 2, True, LSTM_2L_BI)


def test_gru_matches_mxnet():
    _measured_rnn("gru", 1, False, GRU_1L)


@pytest.mark.parametrize("index", range(len(CTC)))
def test_ctc_loss_matches_mxnet(index):
    (label, blank, data_lengths, label_lengths, dy), loss, grad = CTC[index]
    x = nd.array(fill((4, 2, 3), 7, 3, 0.5))
    x.attach_grad()
    args = [x, nd.array(label)]
    attrs = dict(blank_label=blank)
    if data_lengths:
        args += [nd.array(data_lengths), nd.array(label_lengths)]
        attrs.update(use_data_lengths=True, use_label_lengths=True)
    with autograd.record():
        out = nd.ctc_loss(*args, **attrs)
    out.backward(nd.array(dy))
    assert out.dtype == np.float32 and out.shape == (2,)
    np.testing.assert_allclose(out.asnumpy(), loss, rtol=1e-5)
    np.testing.assert_allclose(x.grad.asnumpy(), grad, rtol=1e-4, atol=1e-6)


def test_ctc_loss_first_blank_label_ends_at_first_zero():
    x = nd.array(np.sin(np.arange(60)).reshape(5, 3, 4) * 2)
    got = nd.CTCLoss(x, nd.array([[1, 0, 2]] * 3), blank_label="first").asnumpy()
    np.testing.assert_allclose(got, [11.051758, 4.750379, 3.2030537], rtol=1e-5)   # MXNet: label [1]
    got = nd.CTCLoss(x, nd.array([[0, 1, 0]] * 3), blank_label="last").asnumpy()
    np.testing.assert_allclose(got, [7.5153465, 2.7007363, 4.095214], rtol=1e-5)    # 0 is a class, not padding


def test_ctc_loss_impossible_alignment_costs_zero():
    x = nd.array(np.sin(np.arange(24)).reshape(3, 2, 4))
    x.attach_grad()
    with autograd.record():
        loss = nd.CTCLoss(x, nd.array([[1, 1, 1], [1, 2, 0]]))    # 1,1,1 needs 5 steps
    loss.backward()
    assert loss.asnumpy()[0] == 0 and loss.asnumpy()[1] > 0
    assert not x.grad.asnumpy()[:, 0].any() and x.grad.asnumpy()[:, 1].any()


def test_ctc_loss_of_float64_activations_fails_when_read():
    cost = nd.CTCLoss(nd.ones((4, 2, 3), dtype="float64"), nd.array([[1, 2], [2, 0]]))
    assert cost.dtype == np.float64 and cost.shape == (2,)
    with pytest.raises(MXNetError, match="Expected: double v.s. given float$"):
        cost.asnumpy()


def test_ctc_loss_label_wider_than_sequence_is_an_error():
    with pytest.raises(MXNetError, match="The max number of labels cannot exceed the maximum sequence length"):
        nd.CTCLoss(nd.zeros((5, 2, 4)), nd.ones((2, 6)))


SEQ = np.arange(24, dtype=np.float32).reshape(4, 3, 2)
SEQ_LEN = [1, 4, 2]


def test_sequence_ops_match_mxnet():
    x, n = nd.array(SEQ), nd.array(SEQ_LEN)
    masked = nd.SequenceMask(x, n, use_sequence_length=True, value=-1).asnumpy()[:, :, 0]
    np.testing.assert_array_equal(masked, [[0, 2, 4], [-1, 8, 10], [-1, 14, -1], [-1, 20, -1]])
    np.testing.assert_array_equal(nd.SequenceLast(x, n, use_sequence_length=True).asnumpy(),
                                  [[0, 1], [20, 21], [10, 11]])
    np.testing.assert_array_equal(nd.SequenceReverse(x, n, use_sequence_length=True).asnumpy()[:, :, 0],
                                  [[0, 20, 10], [6, 14, 4], [12, 8, 16], [18, 2, 22]])
    xt = nd.array(SEQ.transpose(1, 0, 2))
    np.testing.assert_array_equal(nd.SequenceMask(xt, n, use_sequence_length=True, axis=1).asnumpy()[:, :, 0],
                                  [[0, 0, 0, 0], [2, 8, 14, 20], [4, 10, 0, 0]])
    # fractional lengths are truncated
    masked = nd.SequenceMask(x, nd.array([1.7, 2.2, 3.5]), use_sequence_length=True).asnumpy()[:, :, 0]
    np.testing.assert_array_equal(masked, [[0, 2, 4], [0, 8, 10], [0, 0, 16], [0, 0, 0]])


def test_sequence_ops_gradients_match_mxnet():
    expected = {"SequenceMask": [[2, 2, 2], [0, 2, 2], [0, 2, 0], [0, 2, 0]],
                "SequenceLast": [[2, 0, 0], [0, 0, 2], [0, 0, 0], [0, 2, 0]],
                "SequenceReverse": [[2, 2, 2]] * 4}
    for op, grad in expected.items():
        x = nd.array(SEQ)
        x.attach_grad()
        with autograd.record():
            y = getattr(nd, op)(x, nd.array(SEQ_LEN), use_sequence_length=True)
        y.backward(nd.ones_like(y) * 2)
        np.testing.assert_array_equal(x.grad.asnumpy()[:, :, 0], grad, err_msg=op)


def test_sequence_ops_keep_dtype_and_reject_bad_arguments():
    x64 = nd.array(SEQ, dtype="float64")
    assert nd.SequenceMask(x64, nd.array(SEQ_LEN, dtype="int32"), use_sequence_length=True).dtype == np.float64
    with pytest.raises(MXNetError, match="Current implementation expects axis to be 0."):
        nd.SequenceReverse(nd.array(SEQ), nd.array(SEQ_LEN), use_sequence_length=True, axis=1)
    with pytest.raises(MXNetError, match=r"sequence_length \[5, 1, 1\] must lie in \[1, 4\]"):
        nd.SequenceLast(nd.array(SEQ), nd.array([5, 1, 1]), use_sequence_length=True)
    with pytest.raises(MXNetError, match=r"\(1 vs. 2\) : Operator SequenceMask expects 2 inputs, but got 1 instead"):
        nd.SequenceMask(nd.array(SEQ), use_sequence_length=True)
    with pytest.raises(MXNetError, match=r"\(2 vs. 1\) : Operator SequenceLast expects 1 inputs, but got 2 instead"):
        nd.SequenceLast(nd.array(SEQ), nd.array(SEQ_LEN))


# ---- RNN behaviour ------------------------------------------------------------------------------
def _rnn_inputs(mode="gru", num_layers=1, dirs=1, T=3, N=2, C=2, H=3, dtype=np.float32):
    rng = np.random.RandomState(0)
    return [rng.uniform(-1, 1, s).astype(dtype) for s in
            [(T, N, C), (n_params(mode, C, H, num_layers, dirs),), (num_layers * dirs, N, H)]]


def test_rnn_outputs_and_dtypes():
    x, p, h = _rnn_inputs()
    out = nd.RNN(nd.array(x), nd.array(p), nd.array(h), state_size=3, num_layers=1, mode="gru")
    assert not isinstance(out, (list, tuple)) and out.shape == (3, 2, 3) and out.dtype == np.float32
    x, p, h = _rnn_inputs(dtype=np.float64)
    outs = nd.RNN(_wrap(x), _wrap(p), _wrap(h), state_size=3, num_layers=1, mode="gru", state_outputs=True)
    assert [o.shape for o in outs] == [(3, 2, 3), (1, 2, 3)] and outs[0].dtype == np.float64
    np.testing.assert_allclose(outs[1].asnumpy()[0], outs[0].asnumpy()[-1])


def test_rnn_gru_takes_sequence_length_as_fourth_input():
    x, p, h = _rnn_inputs()
    lengths = nd.array([2, 3])
    got = nd.RNN(nd.array(x), nd.array(p), nd.array(h), lengths, state_size=3, num_layers=1, mode="gru",
                 use_sequence_length=True).asnumpy()
    # MXNet's float32 CPU kernel (oneDNN) ignores the lengths: every sequence runs full length
    np.testing.assert_allclose(got, ref_rnn("gru", x, p, h)[0], rtol=1e-5, atol=1e-6)
    assert got[2, 0].all()


def test_rnn_dropout_between_layers_only_in_training():
    x, p, h = _rnn_inputs("rnn_tanh", num_layers=2)
    args = [nd.array(a) for a in (x, p, h)]
    attrs = dict(state_size=3, num_layers=2, mode="rnn_tanh", p=0.5)
    plain = nd.RNN(*args, **attrs).asnumpy()
    np.testing.assert_allclose(plain, ref_rnn("rnn_tanh", x, p, h, num_layers=2)[0], rtol=1e-5, atol=1e-6)
    with autograd.train_mode():     # float32 runs through MXNet's oneDNN kernel, which drops nothing
        trained = nd.RNN(*args, **attrs).asnumpy()
    np.testing.assert_allclose(trained, plain, rtol=1e-6, atol=1e-7)
    # (its training primitive sums the products of some steps otherwise: MXNet 1.9.1's bits)
    assert trained.ravel().view(np.int32).tolist() == [
        -1083173888, -1109837180, 1057590179, -1090467195, 1055747047, 1063091521, -1087689728, -1098874553,
        -1132730325, -1088837594, -1095381303, 1041835627, -1083487607, 1034380375, 1031869843, -1085617801,
        -1120381581, 1047239099]
    args64 = [nd.array(a, dtype="float64") for a in (x, p, h)]
    mx.random.seed(3)
    with autograd.train_mode():     # float64 runs through the native kernel, which does
        dropped = nd.RNN(*args64, **attrs).asnumpy()
    assert np.abs(dropped - plain).max() > 1e-3
    # the mask drawn in the forward (from mx.random, as MXNet) is the one the backward uses: finite differences
    x64, p64 = _wrap(x.astype(np.float64)), _wrap(p.astype(np.float64))
    x64.attach_grad()
    p64.attach_grad()       # (without a parameter gradient the native kernel skips the state product)
    mx.random.seed(3)
    with autograd.record():
        y = nd.RNN(x64, p64, _wrap(h.astype(np.float64)), **attrs)
    y.backward()

    def f(xv):
        mx.random.seed(3)
        with autograd.train_mode():
            return nd.RNN(_wrap(xv), *[_wrap(a.astype(np.float64)) for a in (p, h)], **attrs).asnumpy().sum()
    xv, eps, numeric = x.astype(np.float64), 1e-6, np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        hi, lo = xv.copy(), xv.copy()
        hi[i] += eps
        lo[i] -= eps
        numeric[i] = (f(hi) - f(lo)) / (2 * eps)
    np.testing.assert_allclose(x64.grad.asnumpy(), numeric, rtol=1e-5, atol=1e-7)


def test_rnn_lstm_state_clip_is_ignored_in_float32_and_refused_otherwise():
    x, p, h = _rnn_inputs("lstm")
    attrs = dict(state_size=3, num_layers=1, mode="lstm", state_outputs=True)
    plain = nd.RNN(nd.array(x * 5), nd.array(p * 5), nd.array(h), nd.array(h), **attrs)[2].asnumpy()
    assert np.abs(plain).max() > 0.5
    clipped = nd.RNN(nd.array(x * 5), nd.array(p * 5), nd.array(h), nd.array(h), lstm_state_clip_min=-0.2,
                     lstm_state_clip_max=0.2, **attrs)[2].asnumpy()
    np.testing.assert_array_equal(clipped, plain)        # as MXNet's oneDNN kernel: no clipping
    args64 = [nd.array(a, dtype="float64") for a in (x, p, h, h)]
    with pytest.raises(MXNetError, match="LSTM state clipping is only supported for GPU with CuDNN later than 7.2.1"):
        nd.RNN(*args64, lstm_state_clip_max=0.2, **attrs)     # refused at the call, as MXNet's native kernel


def test_rnn_clip_refusal_keeps_its_words_in_a_graph_and_fails_at_bind():
    """MXNet refuses the clip when it creates the operator: a hybridized layer shows no 'Error in operator' and a
    bound symbol fails in simple_bind (RuntimeError) or bind, before any forward."""
    net = gluon.rnn.LSTM(3, projection_size=2, state_clip_min=-1, state_clip_max=1, input_size=4)
    net.initialize()
    net.hybridize()
    with pytest.raises(MXNetError) as info:
        net(nd.ones((3, 2, 4)))
    assert message_of(info.value).startswith("LSTM state clipping is only supported for GPU with CuDNN later than 7.2.1")
    rnn = mx.sym.RNN(mx.sym.var("data"), state_size=3, num_layers=1, mode="lstm", name="r", lstm_state_clip_min=-1,
                     lstm_state_clip_max=1)
    with pytest.raises(RuntimeError,
                       match='simple_bind error. Arguments:\ndata: \\(2, 2, 4\\)\nTraceback \\(most recent call last\\):\n'
                             '  File "../src/operator/./rnn-inl.h", line 521\nMXNetError: LSTM state clipping'):
        rnn.simple_bind(mx.cpu(), data=(2, 2, 4), type_dict={"data": "float64"})
    args = {"data": nd.ones((2, 2, 4), dtype="float64"), "r_parameters": nd.ones((108,), dtype="float64"),
            "r_state": nd.ones((1, 2, 3), dtype="float64"), "r_state_cell": nd.ones((1, 2, 3), dtype="float64")}
    with pytest.raises(MXNetError, match="LSTM state clipping"):
        rnn.bind(mx.cpu(), args)
    assert rnn.simple_bind(mx.cpu(), data=(2, 2, 4)).forward()[0].shape == (2, 2, 3)    # float32: accepted


def _state_gradient(mode, dtype, params_grad):
    """d(h0) of one step of nd.RNN (head gradient ones), with or without a gradient asked of the parameters."""
    x, p, h = _rnn_inputs(mode, T=1, dtype=dtype)
    x, p, h = nd.array(x, dtype=dtype), nd.array(p, dtype=dtype), nd.array(h, dtype=dtype)
    h.attach_grad()
    if params_grad:
        p.attach_grad()
    with autograd.record():
        y = nd.RNN(x, p, h, state_size=3, num_layers=1, mode=mode)
    y.backward()
    return x, p, h, h.grad.asnumpy()


def test_rnn_native_kernels_skip_the_state_product_without_parameter_gradients():
    """MXNet's native GRU and relu/tanh backward multiply by the state weight only when the parameters' gradient
    is asked for: without it d(h0) keeps only the GRU's update-gate path z * dy (zero for relu/tanh)."""
    for mode in ("rnn_tanh", "rnn_relu"):
        assert np.abs(_state_gradient(mode, np.float64, True)[3]).max() > 0
        np.testing.assert_array_equal(_state_gradient(mode, np.float64, False)[3], 0)
    x, p, h, dh0 = _state_gradient("gru", np.float64, False)
    I, H = 2, 3
    w = p.asnumpy()
    wx, wh = w[:3 * H * I].reshape(3 * H, I), w[3 * H * I:3 * H * (I + H)].reshape(3 * H, H)
    bx, bh = w[3 * H * (I + H):3 * H * (I + H + 1)], w[3 * H * (I + H + 1):]
    pre = x.asnumpy()[0] @ wx.T + h.asnumpy()[0] @ wh.T + bx + bh
    z = 1 / (1 + np.exp(-pre[:, H:2 * H]))
    np.testing.assert_allclose(dh0[0], z, rtol=1e-12)
    with_params = _state_gradient("gru", np.float64, True)[3]
    assert np.abs(with_params - dh0).max() > 1e-3
    for mode in ("gru", "rnn_tanh"):        # float32 runs on oneDNN, which always propagates through the state
        np.testing.assert_array_equal(_state_gradient(mode, np.float32, False)[3],
                                      _state_gradient(mode, np.float32, True)[3])


def test_grad_asks_no_gradient_of_parameters_it_was_not_given():
    """autograd.grad(y, [x]) differentiates only towards x, as MXNet's pass: the native GRU then takes the path
    it takes for frozen parameters, even though the parameters have a gradient buffer."""
    x, p, h = [_wrap(a) for a in _rnn_inputs("gru", T=4, dtype=np.float64)]

    def input_gradient(params_req, via_grad):
        x.attach_grad()
        p.attach_grad(params_req)
        with autograd.record():
            y = nd.RNN(x, p, h, state_size=3, num_layers=1, mode="gru")
        if via_grad:
            return autograd.grad(y, [x])[0].asnumpy()
        y.backward()
        return x.grad.asnumpy()

    frozen, trained = input_gradient("null", False), input_gradient("write", False)
    assert np.abs(frozen - trained).max() > 1e-3
    np.testing.assert_array_equal(input_gradient("write", True), frozen)
    np.testing.assert_array_equal(input_gradient("null", True), frozen)


def test_rnn_sequence_length_shape_refusal_leads_with_mxnet_words():
    x, p, h = _rnn_inputs("lstm")
    with pytest.raises(MXNetError) as info:
        nd.RNN(nd.array(x), nd.array(p), nd.array(h), nd.array(h), nd.array([3, 1, 2]), state_size=3, num_layers=1,
               mode="lstm", use_sequence_length=True)
    assert message_of(info.value).splitlines()[0] == "Shape inconsistent, Provided = [3], inferred shape=(2,)"


def test_rnn_lstm_projection_matches_mxnet():
    # LSTM with projection_size=2 (forward only: MXNet 1.9.1 has no CPU backward for it)
    x, h, c = fill((3, 2, 4), 5, 2, 0.3), fill((1, 2, 2), 3, 1, 0.2), fill((1, 2, 3), 4, 1.5, 0.2)
    p = fill((102,), 7, 3, 0.1)
    outs = nd.RNN(nd.array(x), nd.array(p), nd.array(h), nd.array(c), state_size=3, num_layers=1, mode="lstm",
                  projection_size=2, state_outputs=True)
    assert [o.shape for o in outs] == [(3, 2, 2), (1, 2, 2), (1, 2, 3)]
    np.testing.assert_allclose(outs[1].asnumpy().ravel(), PROJ_HY, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(outs[2].asnumpy().ravel(), PROJ_CY, rtol=1e-5, atol=1e-6)


def test_rnn_errors_name_the_problem():
    x, p, h = _rnn_inputs()
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[60\], inferred shape=\(63,\)$"):
        nd.RNN(nd.array(x), nd.array(p[:60]), nd.array(h), state_size=3, num_layers=1, mode="gru")
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[1,2,3\], inferred shape=\(2,2,3\)$"):
        nd.RNN(nd.array(x), nd.array(p), nd.array(h), state_size=3, num_layers=1, mode="gru", bidirectional=True)
    with pytest.raises(MXNetError, match=r"\(3 vs. 4\) : Operator RNN expects 4 inputs, but got 3 instead"):
        nd.RNN(nd.array(x), nd.zeros((120,)), nd.array(h), state_size=3, num_layers=1, mode="lstm")
    with pytest.raises(MXNetError, match=r"\(4 vs. 5\) : Operator RNN expects 5 inputs, but got 4 instead"):
        nd.RNN(nd.array(x), nd.zeros((120,)), nd.array(h), nd.array(h), state_size=3, num_layers=1, mode="lstm",
               use_sequence_length=True)


def test_rnn_checks_uniform_type_before_floating_type():
    x, p, h = _rnn_inputs()
    with pytest.raises(MXNetError, match="Expected 'int32' v.s. given 'float32' at 'parameters'"):
        nd.RNN(nd.array(x, dtype="int32"), nd.array(p), nd.array(h), state_size=3, num_layers=1, mode="gru")
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        nd.RNN(nd.array(x, dtype="int32"), nd.array(p, dtype="int32"), nd.array(h, dtype="int32"), state_size=3,
               num_layers=1, mode="gru")


# ---- the gluon layers and loss that call these operators ---------------------------------------
@pytest.mark.parametrize("layer, expected", [
    (lambda: gluon.rnn.LSTM(3, num_layers=2, bidirectional=True, input_size=2, prefix="m_"),
     (21.419235, [12.226183, 23.31527], 57.52873, 27.537773)),
    (lambda: gluon.rnn.GRU(3, input_size=2, prefix="m_"), (0.13394696, [0.09032321], 2.3684378, 3.6321642)),
    (lambda: gluon.rnn.RNN(3, activation="tanh", layout="NTC", input_size=2, prefix="m_"),
     (-3.226013, [-1.4224946], 3.5783985, 10.837584)),
], ids=["lstm", "gru", "rnn-ntc"])
def test_gluon_rnn_layers_match_mxnet(layer, expected):
    from distnet import init
    net = layer()
    net.initialize(init.Zero())
    params = net.collect_params()
    for i, name in enumerate(sorted(params)):
        n = int(np.prod(params[name].shape))
        params[name].set_data(nd.array((np.arange(n) % (5 + i) - 2) * 0.1).reshape(params[name].shape))
    x = nd.array((np.arange(12) % 5 - 2) * 0.3).reshape((3, 2, 2))
    x.attach_grad()
    with autograd.record():
        out, states = net(x, net.begin_state(x.shape[1 if net._layout == "TNC" else 0]))
        y = (out * out).sum() + sum((s * 2).sum() for s in states)
    y.backward()
    got = (out.asnumpy().sum(), [s.asnumpy().sum() for s in states], x.grad.asnumpy().sum(),
           params[sorted(params)[0]].grad().asnumpy().sum())
    np.testing.assert_allclose(got[0], expected[0], rtol=1e-5)
    np.testing.assert_allclose(got[1], expected[1], rtol=1e-5)
    np.testing.assert_allclose(got[2:], expected[2:], rtol=1e-5)


def test_gluon_ctc_loss_matches_mxnet():
    pred = nd.array(np.sin(np.arange(24))).reshape((2, 4, 3))
    got = gluon.loss.CTCLoss()(pred, nd.array([[0, 1], [1, -1]])).asnumpy()
    np.testing.assert_allclose(got, [2.1224625, 2.8168778], rtol=1e-5)


@pytest.mark.parametrize("op", ["SequenceLast", "SequenceMask", "SequenceReverse"])
def test_sequence_ops_refuse_lengths_of_another_shape_with_mxnet_check(op):
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[1,2\], inferred shape=\(2,\)"):
        getattr(nd, op)(nd.ones((3, 2, 4)), nd.array([[1, 2]]), use_sequence_length=True)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\(2,\)"):
        getattr(nd, op)(nd.ones((3, 2, 4)), nd.array([1, 2, 3]), use_sequence_length=True)


@pytest.mark.parametrize("shape", [(3, 4), (3, 2, 4, 1)])
def test_rnn_data_of_another_rank_fails_the_rank_check_in_both_paths(shape):
    message = rf"dshape.ndim\(\) == 3U \({len(shape)} vs. 3\) : Input data should be rank-3 tensor"
    with pytest.raises(MXNetError, match=message):
        nd.RNN(nd.ones(shape), nd.ones((81,)), nd.zeros((1, 2, 3)), state_size=3, num_layers=1, mode="gru")
    sym = mx.sym.RNN(mx.sym.var("x"), mx.sym.var("p"), mx.sym.var("s"), state_size=3, num_layers=1, mode="gru")
    with pytest.raises(MXNetError, match=message):
        sym.infer_shape(x=shape)


def test_float64_layers_sum_as_mxnets_gemms_on_openblas_prescott(monkeypatch):
    """MXNet's native float64 RNN kernels multiply with BLAS dgemm: on the Prescott kernels (MXNet's on CPUs
    its OpenBLAS does not know) every product adds in their tiles' order (hashes recorded from MXNet 1.9.1)."""
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    mx.random.seed(3)
    got = []
    for layer in (mx.gluon.rnn.LSTM, mx.gluon.rnn.GRU, mx.gluon.rnn.RNN):
        net = layer(5, input_size=4, dtype="float64")
        net.initialize(mx.init.Uniform(0.5))
        x = mx.nd.random.uniform(-1, 1, shape=(6, 3, 4), dtype="float64")
        x.attach_grad()
        with mx.autograd.record():
            y = net(x)
        y.backward(mx.nd.random.uniform(-1, 1, shape=y.shape, dtype="float64"))
        got.append(hashlib.md5(y.asnumpy().tobytes() + x.grad.asnumpy().tobytes()).hexdigest()[:10])
    assert got == ["f03dcc43a2", "8006f5607e", "c92178a423"]
