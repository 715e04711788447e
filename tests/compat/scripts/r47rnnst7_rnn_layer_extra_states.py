"""Gluon RNN/LSTM/GRU layers given more states than npx.rnn (F.RNN without NumPy semantics) has places for raise Python's TypeError naming rnn() (RNN()), before any shape, legacy-array or sequence-length complaint."""
import re

import mxnet as mx
from mxnet import gluon


def show(tag, f):
    try:
        r = f()
        print(tag, "ok", type(r).__name__)
    except Exception as e:
        print(tag, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\]", "[T]", str(e)))


def extra_states(np_mode):
    z, o = (mx.np.zeros, mx.np.ones) if np_mode else (mx.nd.zeros, mx.nd.ones)
    for kind in ["RNN", "LSTM", "GRU"]:
        for hyb in [False, True]:
            for extra in [1, 3]:
                layer = getattr(gluon.rnn, kind)(4)
                layer.initialize()
                if hyb:
                    layer.hybridize()
                x = o((3, 2, 5))
                st = layer.begin_state(2)
                show(f"{kind} hyb={hyb} cold extra{extra}", lambda: layer(x, st + [z((1, 2, 4))] * extra))
                layer(x, st)
                show(f"{kind} hyb={hyb} warm extra{extra}", lambda: layer(x, st + [z((1, 2, 4))] * extra))
                show(f"{kind} hyb={hyb} too few", lambda: layer(x, st[:-1]))


def with_lengths(np_mode):
    z, o, a = (mx.np.zeros, mx.np.ones, mx.np.array) if np_mode else (mx.nd.zeros, mx.nd.ones, mx.nd.array)
    x, sl = o((3, 2, 5)), a([3, 2])
    for kind in ["RNN", "LSTM", "GRU"]:
        for hyb in [False, True]:
            layer = getattr(gluon.rnn, kind)(4, use_sequence_length=True)
            layer.initialize()
            if hyb:
                layer.hybridize()
            st = layer.begin_state(2)
            show(f"{kind} hyb={hyb} lengths extra2", lambda: layer(x, st + [z((1, 2, 4))] * 2, sequence_length=sl))
            show(f"{kind} hyb={hyb} lengths extra1", lambda: layer(x, st + [z((1, 2, 4))], sequence_length=sl))


def legacy_arrays_under_np():
    for layout in ["TNC", "NTC"]:
        for kind in ["LSTM", "GRU"]:
            layer = getattr(gluon.rnn, kind)(4, layout=layout)
            layer.initialize()
            x = mx.np.ones((3, 2, 5)) if layout == "TNC" else mx.np.ones((2, 3, 5))
            st = layer.begin_state(2)
            layer(x, st)
            z = mx.np.zeros((1, 2, 4))
            show(f"{layout} {kind} legacy input extra", lambda: layer(x.as_nd_ndarray(), st + [z] * 3))
            show(f"{layout} {kind} legacy states extra", lambda: layer(x, [s.as_nd_ndarray() for s in st] + [z] * 3))
            show(f"{layout} {kind} bad shapes extra", lambda: layer(x, [mx.np.zeros((2, 2, 4))] * 5))


print("--- legacy")
extra_states(False)
with_lengths(False)
mx.npx.set_np()
print("--- numpy")
extra_states(True)
with_lengths(True)
legacy_arrays_under_np()
