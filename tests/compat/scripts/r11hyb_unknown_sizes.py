"""Legacy shape semantics read a 0 dimension (or shape ()) as unknown: deferred and hybridized first calls fail."""
import warnings

import numpy as np
from mxnet import gluon, nd
from mxnet.gluon import nn, rnn


def attempt(label, make, shape, hybridize):
    net = make()
    net.initialize()
    if hybridize:
        net.hybridize()
    try:
        out = net(nd.array(np.zeros(shape)))
        print(label, shape, hybridize, "->", out.shape)
    except Exception as e:        # MXNet's C++ messages carry a trace: the type and the Python-level words only
        text = str(e)
        words = text if type(e) is ValueError and "Error in operator" not in text else text.split("\n")[0][:60]
        print(label, shape, hybridize, "raises", type(e).__name__, repr(words) if type(e) is ValueError else "")


def sequential():
    net = nn.HybridSequential()
    net.add(nn.Dense(4), nn.Dense(2))
    return net


class Sin(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.sin(x)


deferred = [("dense", lambda: nn.Dense(3)), ("conv1d", lambda: nn.Conv1D(2, 2)),
            ("gru", lambda: rnn.GRU(2, layout="NTC")), ("sequential", sequential)]
for action in ("default", "ignore", "error"):
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        for label, make in deferred:
            for shape in [(0, 4), (2, 0), ()]:
                for hybridize in (False, True):
                    attempt(action + " " + label, make, shape, hybridize)

for label, make in [("dense", lambda: nn.Dense(3, in_units=4)), ("embedding", lambda: nn.Embedding(5, 2)),
                    ("relu", lambda: nn.Activation("relu")), ("sin", Sin), ("flatten", nn.Flatten)]:
    for shape in [(0, 4), (2, 0), ()]:
        attempt(label, make, shape, False)
        attempt(label, make, shape, True)
