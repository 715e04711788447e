"""np.full refuses a non-array out= before parsing its attributes, infers a None shape from out and checks out's shape then dtype, ignores out for an array fill; a bad dtype= (NumPy's TypeError) or order= (NotImplementedError) is refused before out= in sum/mean/std/cumsum/prod/ones_like/full_like/random samplers."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array([[1., 2., 3.], [4., 5., 6.]])
OUTS = [("none", None), ("num", 2), ("list", [1]), ("legacy", mx.nd.zeros((2, 3))), ("shape", mx.np.zeros((7,))),
        ("i32", mx.np.zeros((2, 3), dtype='int32')), ("ok", mx.np.zeros((2, 3))), ("onp", onp.zeros((2, 3)))]


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, getattr(r, "shape", ""), getattr(r, "dtype", ""))
    except Exception as e:
        print(label, "->", words(e)[:120])


for shape in [(2, 3), None, 3, [1, 2], "s"]:
    for fill in [1., None, "x", mx.np.array([5.]), mx.nd.array([5.])]:
        for ol, o in OUTS[1:] if shape is None else OUTS:
            attempt(f"full {shape} {type(fill).__name__} out={ol}", lambda: mx.np.full(shape, fill, out=o))
for dtype in ["bad", "float64", None]:
    calls = {"sum": lambda o: mx.np.sum(A, dtype=dtype, out=o), "mean": lambda o: mx.np.mean(A, dtype=dtype, out=o),
             "std": lambda o: mx.np.std(A, dtype=dtype, out=o), "cumsum": lambda o: mx.np.cumsum(A, dtype=dtype, out=o),
             "prod": lambda o: mx.np.prod(A, dtype=dtype, out=o),
             "ones_like": lambda o: mx.np.ones_like(A, dtype=dtype, out=o),
             "full_like": lambda o: mx.np.full_like(A, 2, dtype=dtype, out=o),
             "normal": lambda o: mx.np.random.normal(size=(2, 3), dtype=dtype, out=o),
             "uniform": lambda o: mx.np.random.uniform(size=(2, 3), dtype=dtype, out=o)}
    for name, call in calls.items():
        for ol, o in OUTS[1:3] + OUTS[4:6]:
            attempt(f"{name} dtype={dtype} out={ol}", lambda: call(o))
for order in ["F", "bad"]:
    calls = {"ones_like": lambda o: mx.np.ones_like(A, order=order, out=o),
             "full_like": lambda o: mx.np.full_like(A, 2, None, order, out=o),
             "zeros_like": lambda o: mx.np.zeros_like(A, order=order, out=o),
             "full": lambda o: mx.np.full((2, 3), 1., order=order, out=o)}
    for name, call in calls.items():
        for ol, o in OUTS[1:3] + OUTS[4:6]:
            attempt(f"{name} order={order} out={ol}", lambda: call(o))
