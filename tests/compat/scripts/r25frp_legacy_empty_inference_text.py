"""Legacy NDArrays with a zero-size axis (an unknown size to MXNet's legacy shape inference): each call's refusal
in full, its attributes listed in MXNet's order and the blank line that ends the message."""
# recorded on AVX2
import numpy as onp
import mxnet as mx

x = mx.nd.array(onp.zeros((0, 3)))
CALLS = [
    ("T", lambda: x.T), ("relu", lambda: mx.nd.relu(x)), ("plus", lambda: x + 1), ("add", lambda: x + x),
    ("expand_dims", lambda: mx.nd.expand_dims(x, axis=0)), ("softmax", lambda: mx.nd.softmax(x)),
    ("exp", lambda: x.exp()), ("sum axis 1", lambda: x.sum(axis=1)),
    ("slice_axis", lambda: mx.nd.slice_axis(x, axis=1, begin=0, end=2)), ("swapaxes", lambda: mx.nd.swapaxes(x, 0, 1)),
    ("clip", lambda: x.clip(0, 1)), ("astype", lambda: x.astype("int32")), ("copy", lambda: x.copy()),
    ("transpose axes", lambda: mx.nd.transpose(x, axes=(1, 0))), ("dot", lambda: mx.nd.dot(x, mx.nd.ones((3, 2)))),
    ("concat", lambda: mx.nd.concat(x, x, dim=0)), ("mul scalar", lambda: x * 2), ("rminus", lambda: 1 - x),
    ("tile", lambda: mx.nd.tile(x, reps=(2, 1))), ("tile longer", lambda: mx.nd.tile(x, reps=(1, 2, 2))),
    ("tile negative", lambda: mx.nd.tile(x, reps=(-2, 1))),
    ("tile known, zero rep", lambda: mx.nd.ones((2, 3)).tile((0, 1))),
]
for name, call in CALLS:
    try:
        print(name, call().shape)
    except mx.base.MXNetError as e:
        print(name, repr(str(e)))
for shape in [(0, 0), (5, 0), (0, 1, 2), (3, 5, 0)]:
    try:
        print(shape, mx.nd.array(onp.zeros(shape)).T.shape)
    except mx.base.MXNetError as e:
        print(shape, repr(str(e)))
for lhs, rhs in [((0, 3), (0, 3)), ((1, 3), (0, 3)), ((0, 3), (2, 3)), ((0, 1), (0, 4)), ((2, 0), (2, 0)),
                 ((1, 0), (3, 0)),
                 ((2, 3), (0, 3)), ((1, 1), (0, 3)), ((1, 3), (2, 0)), ((3, 1), (3, 0)), ((1,), (0,))]:
    for name, call in [("broadcast_to", lambda a, b: mx.nd.broadcast_to(a, shape=b.shape)),
                       ("broadcast_like", mx.nd.broadcast_like)]:
        try:
            res = call(mx.nd.array(onp.ones(lhs)), mx.nd.array(onp.zeros(rhs)))
            print(name, lhs, rhs, res.shape, res.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(name, lhs, rhs, repr(str(e)))
