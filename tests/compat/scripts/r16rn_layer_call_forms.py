"""RNN/LSTM/GRU layers called with and without states (list, tuple, a lone array), hybridized or not: what they
return, and MXNet's words for states of the wrong shape or count, inputs of the wrong rank or width."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words


def form(out):
    if isinstance(out, (list, tuple)):
        return type(out).__name__ + "[" + ", ".join(form(o) for o in out) + "]"
    return f"{out.shape}{out.dtype.__name__}:{float('%.5g' % out.asnumpy().astype('float64').sum())}"


def attempt(label, fn):
    try:
        print(label, "->", form(fn()))
    except Exception as e:
        print(label, "->", words(e))


def layer(kind, hybrid):
    net = {"rnn": lambda: gluon.rnn.RNN(3, input_size=4), "lstm": lambda: gluon.rnn.LSTM(3, input_size=4),
           "gru": lambda: gluon.rnn.GRU(3, input_size=4)}[kind]()
    net.initialize()
    for i, (_, p) in enumerate(sorted(net.collect_params().items())):
        p.set_data(nd.array(np.sin(np.arange(int(np.prod(p.shape))) * 0.37 + i) * 0.5).reshape(p.shape))
    if hybrid:
        net.hybridize()
    return net


x = nd.array(np.cos(np.arange(24) * 0.29).reshape(3, 2, 4))
for kind in ("rnn", "lstm", "gru"):
    n = 2 if kind == "lstm" else 1
    for hybrid in (False, True):
        t = f"{kind} hybrid={hybrid}"
        attempt(f"{t} no states", lambda: layer(kind, hybrid)(x))
        attempt(f"{t} list states", lambda: layer(kind, hybrid)(x, [nd.full((1, 2, 3), 0.1)] * n))
        attempt(f"{t} tuple states", lambda: layer(kind, hybrid)(x, tuple([nd.full((1, 2, 3), 0.1)] * n)))
        attempt(f"{t} one array", lambda: layer(kind, hybrid)(x, nd.full((1, 2, 3), 0.1)))
        attempt(f"{t} states keyword", lambda: layer(kind, hybrid)(x, states=[nd.full((1, 2, 3), 0.1)] * n))
        attempt(f"{t} state batch 5", lambda: layer(kind, hybrid)(x, [nd.zeros((1, 5, 3))] * n))
        attempt(f"{t} state hidden 4", lambda: layer(kind, hybrid)(x, [nd.zeros((1, 2, 4))] * n))
        attempt(f"{t} 2-d state", lambda: layer(kind, hybrid)(x, [nd.zeros((2, 3))] * n))
        attempt(f"{t} one state too many", lambda: layer(kind, hybrid)(x, [nd.zeros((1, 2, 3))] * (n + 1)))
        attempt(f"{t} one state too few", lambda: layer(kind, hybrid)(x, [nd.zeros((1, 2, 3))] * (n - 1)))
        attempt(f"{t} float64 states", lambda: layer(kind, hybrid)(x, [nd.zeros((1, 2, 3), dtype="float64")] * n))
        attempt(f"{t} 2-d input", lambda: layer(kind, hybrid)(nd.ones((3, 4))))
        attempt(f"{t} 5 features", lambda: layer(kind, hybrid)(nd.ones((3, 2, 5))))
        attempt(f"{t} float64 input", lambda: layer(kind, hybrid)(x.astype("float64")))
        attempt(f"{t} int32 input", lambda: layer(kind, hybrid)(x.astype("int32")))
        attempt(f"{t} no steps", lambda: layer(kind, hybrid)(nd.ones((0, 2, 4))))
