# MXNet's C++ errors print the source line of the failed check first (or "MXNetError: " alone where the check
# has no location); errors of the Python front end print their message only.
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym, gluon

x = nd.ones((2, 3))
CASES = [
    ("broadcast add", lambda: x + nd.ones((4, 5))),
    ("elemwise_add", lambda: nd.elemwise_add(x, nd.ones((3, 2)))),
    ("dot", lambda: nd.dot(x, nd.ones((4, 5)))),
    ("batch_dot", lambda: nd.batch_dot(x, x)),
    ("reshape size", lambda: x.reshape((7,))),
    ("transpose axes", lambda: nd.transpose(x, axes=(0, 2))),
    ("sum axis", lambda: nd.sum(x, axis=5)),
    ("concat", lambda: nd.concat(x, nd.ones((3, 3)), dim=1)),
    ("one_hot depth", lambda: nd.one_hot(x, depth=-1)),
    ("zeros negative", lambda: nd.zeros((2, -3))),
    ("split uneven", lambda: nd.split(x, num_outputs=4, axis=1)),
    ("pooling rank", lambda: nd.Pooling(x, kernel=(5, 5))),
    ("slice_axis", lambda: nd.slice_axis(x, axis=3, begin=0, end=1)),
    ("broadcast_to", lambda: nd.broadcast_to(x, shape=(4, 4))),
    ("FullyConnected weight", lambda: nd.FullyConnected(x, nd.ones((4, 5)), num_hidden=4, no_bias=True)),
    ("Activation act_type", lambda: nd.Activation(x, act_type="foo")),
    ("Convolution kernel", lambda: nd.Convolution(x, num_filter=2)),
    ("Embedding weight", lambda: nd.Embedding(x, nd.ones((3, 3)), input_dim=4, output_dim=3)),
    ("np broadcast", lambda: mx.np.ones((2, 3)) + mx.np.ones((4, 5))),
    ("astype unknown", lambda: x.astype("foo")),
    ("index out of range", lambda: x[5]),
    ("kv pull uninitialised", lambda: mx.kv.create("local").pull(3, out=nd.zeros(2))),
]
for label, fn in CASES:
    try:
        r = fn()
        if isinstance(r, nd.NDArray):
            r.wait_to_read()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))

# a graph's error names the node, then its check's log line (whose time of day is left out here)
x_ = sym.var("x")
for label, s, shapes in [("reshape split", sym.reshape(x_, shape=(-4, 1, 2, -2), name="r"), {"x": (4, 3)}),
                         ("FullyConnected weight", sym.FullyConnected(x_, num_hidden=2, name="fc"),
                          {"x": (2, 3), "fc_weight": (3, 3)})]:
    try:
        s.infer_shape(**shapes)
    except Exception as e:
        text = str(e)
        cut = text.find("] ../")
        print(label, type(e).__name__, repr(text if cut < 0 else text[:text.find("[", 0, cut)] + text[cut + 2:]))
