"""concatenate and stack with an out= array: MXNet infers shapes before types, so a wrong out shape is refused
before mixed input dtypes; concatenate reads axis against out's dimensions too."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def A():
    return np.array([[1., 2., 3.], [4., 5., 6.]])


JOINS = {"same": lambda: [A(), A()], "int": lambda: [A(), A().astype("int32")],
         "half": lambda: [A(), A().astype("float16")], "rows": lambda: [A(), np.ones((1, 3))],
         "three": lambda: [A(), A(), A()], "vec": lambda: [np.ones(3), np.ones(3)]}
OUTS = [((4, 3), "float32"), ((2, 6), "float32"), ((2, 2, 3), "float32"), ((2, 3, 2), "float32"), ((5, 3), "float32"),
        ((12,), "float32"), ((4, 3), "float64"), ((2, 2, 3), "int32"), ((3, 2, 3), "float32"), ((6,), "float32"),
        ((2, 3), "float32")]
for name in ("concatenate", "stack"):
    for join, arrays in JOINS.items():
        if name == "stack" and join == "rows":     # (read in the first one's shape: its kernel fails later)
            continue
        for axis in (0, 1, -1, None):
            for shape, dtype in OUTS:
                out = np.zeros(shape, dtype=dtype)
                try:
                    res = getattr(np, name)(arrays(), axis=axis, out=out)
                    print(name, join, axis, shape, dtype, res is out, res.shape, res.sum())
                except mx.MXNetError as e:
                    print(name, join, axis, shape, dtype, words(e))
