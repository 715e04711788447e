"""npx.random's batch samplers and bernoulli with parameters, batch shapes, dtypes and contexts in every form:
MXNet's operators read them as attributes (refusals name them in the attribute map's order), count None
parameters as missing inputs, check the domain after drawing (failing when read), and draw the same stream."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
mx.random.seed(7)


def show(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.dtype, r.shape, [round(float(v), 4) for v in r.asnumpy().ravel()[:4]])
    except Exception as e:
        print(label, "->", words(e))


for low, high in [(0, 1), (np.array([0., 1.]), 2), (0, np.array([[1.], [2.]])), ("a", 1), (None, 1),
                  (None, np.array([1.])), (mx.nd.array([0.]), 1)]:
    for batch_shape in [None, (2,), 3, (), "2", [2, 1], (2.5,), (-1,), (-2,)]:
        for dtype in [None, "float64", "int32", "bogus"]:
            show(f"uniform_n {low!r} {high!r} {batch_shape!r} {dtype}",
                 lambda: npx.random.uniform_n(low, high, batch_shape=batch_shape, dtype=dtype))
for loc, scale in [(0, 1), (np.array([0., 1.]), 2), (0, -1), (0, np.array([1., -1.])), ("a", 1)]:
    for batch_shape in [None, (2,)]:
        for dtype in [None, "float16", "int64"]:
            show(f"normal_n {loc!r} {scale!r} {batch_shape} {dtype}",
                 lambda: npx.random.normal_n(loc, scale, batch_shape=batch_shape, dtype=dtype))
for prob, logit in [(0.5, None), (None, 0.0), (0.5, 0.0), (None, None), (1.5, None), (-0.1, None),
                    (np.array([0.1, 0.9]), None), (None, np.array([-10., 10.])), (np.array([1.5, 0.5]), None),
                    ("a", None)]:
    for size in [None, (3,), (2, 2), ()]:
        for dtype in [None, "int32", "bool", "int8", "bogus"]:
            show(f"bernoulli {prob!r} {logit!r} {size} {dtype}", lambda: npx.random.bernoulli(prob, logit, size, dtype))
for ctx in [mx.cpu(0), "cpu(0)", "cpu", mx.gpu(0)]:
    show(f"uniform_n ctx={ctx!r}", lambda: npx.random.uniform_n(batch_shape=(2,), ctx=ctx))
for out in [np.zeros(3), np.zeros(4), np.zeros(3, dtype="int32"), mx.nd.zeros(3)]:
    show(f"bernoulli out {type(out).__name__} {out.shape} {out.dtype}", lambda: npx.random.bernoulli(0.5, size=(3,), out=out))
for value in [3, 1.5, "a", -1]:
    show(f"seed {value!r}", lambda: npx.random.seed(value) or npx.random.uniform_n(batch_shape=(2,)))
