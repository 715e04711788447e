"""A graph's RNN checks its given states' shapes before its parameters' (as MXNet's shape function), so a wrong state is named first."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym

for kw, shapes in [(dict(mode="rnn_relu", state_size=3, num_layers=1, projection_size=2), [(2, 1, 2), (21,), (1, 1, 3)]),
                   (dict(mode="lstm", state_size=3, num_layers=1), [(2, 1, 2), (10,), (2, 1, 3), (1, 1, 3)]),
                   (dict(mode="lstm", state_size=3, num_layers=1), [(2, 1, 2), (10,), (1, 1, 3), (1, 2, 3)]),
                   (dict(mode="lstm", state_size=3, num_layers=1, projection_size=2), [(2, 1, 2), (10,), (1, 1, 3), (1, 1, 3)]),
                   (dict(mode="gru", state_size=3, num_layers=2, bidirectional=True), [(2, 1, 2), (10,), (2, 1, 3)]),
                   (dict(mode="gru", state_size=3, num_layers=1), [(2, 1, 2), (10,), (1, 1, 3)])]:
    s = sym.RNN(*[sym.var("v%d" % i) for i in range(len(shapes))], name="op", **kw)
    try:
        print(kw, s.infer_shape(**{"v%d" % i: x for i, x in enumerate(shapes)}))
    except Exception as e:
        print(kw, type(e).__name__, [l for l in str(e).splitlines() if "Shape inconsistent" in l])
    try:
        print("  nd", nd.RNN(*[nd.ones(x) for x in shapes], **kw).shape)
    except Exception as e:
        print("  nd", type(e).__name__, [l for l in str(e).splitlines() if "Shape inconsistent" in l])
