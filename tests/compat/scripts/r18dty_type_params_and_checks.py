"""Which types the dtype parameters of cumsum and Embedding take, the type each kernel checks first
(fill_element_0index, concat, sort), a float coordinate in ravel_multi_index, and a bool array's in-place
arithmetic with a number, in MXNet's words."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype.__name__, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


TYPES = ["float16", "float32", "float64", "uint8", "int8", "int32", "int64", "bool"]
for dt in TYPES + ["int16"]:
    attempt(f"cumsum dtype={dt}", lambda: nd.cumsum(nd.array([1, 2, 200]), dtype=dt))
    attempt(f"cumsum axis=0 dtype={dt}", lambda: nd.cumsum(nd.array([1, 2, 200]), axis=0, dtype=dt))
    attempt(f"Embedding dtype={dt}", lambda: nd.Embedding(nd.array([1, 0]), nd.array([[1, 2, 3], [4, 5, 6]]),
                                                         input_dim=2, output_dim=3, dtype=dt))
    attempt(f"SparseEmbedding dtype={dt}", lambda: nd.contrib.SparseEmbedding(
        nd.array([1, 0]), nd.array([[1, 2, 3], [4, 5, 6]]), input_dim=2, output_dim=3, dtype=dt))
for lhs in TYPES:
    for rhs in TYPES:
        attempt(f"fill_element_0index {lhs} {rhs}", lambda: nd.fill_element_0index(
            nd.array([[1, 2, 3], [4, 5, 6]], dtype=lhs), nd.array([7, 8], dtype=lhs), nd.array([1, 2], dtype=rhs)))
for lhs, mhs, rhs in [("float32", "float16", "float32"), ("float16", "float64", "float32"), ("int8", "float64", "float32")]:
    attempt(f"fill_element_0index {lhs} {mhs} {rhs}", lambda: nd.fill_element_0index(
        nd.ones((2, 3), dtype=lhs), nd.ones((2,), dtype=mhs), nd.ones((2,), dtype=rhs)))
for dt in TYPES:
    coords = [[-2.5, -1, 0.5, 2.9, -0.7], [1, 2.5, 3.75, 1.5, 2.6], [0.5, 1.5, -0.5, 0.9, 0.1]]
    attempt(f"ravel_multi_index {dt}", lambda: nd.ravel_multi_index(nd.array(coords, dtype=dt), shape=(3, 4, 5)))
    attempt(f"ravel_multi_index 2-D {dt}", lambda: nd.ravel_multi_index(nd.array(coords[:2], dtype=dt), shape=(300, 300)))
    attempt(f"concat float32 {dt}", lambda: nd.concat(nd.ones((2, 3)), nd.ones((2, 3), dtype=dt), dim=0))
    attempt(f"concat {dt} x3", lambda: nd.Concat(nd.ones((2,), dtype=dt), nd.ones((2,), dtype=dt),
                                                 nd.ones((2,), dtype="int32"), dim=0))
    attempt(f"sort {dt}", lambda: nd.sort(nd.array([[3, 1, 2], [0, 5, 4]], dtype=dt)))
    attempt(f"argsort {dt}", lambda: nd.argsort(nd.array([[3, 1, 2], [0, 5, 4]], dtype=dt), axis=0))
for op in ["+=", "-=", "*=", "/=", "%=", "**="]:
    for value in [2, 2.5, True]:
        a = nd.array([1, 0, 1], dtype="bool")
        try:
            exec(f"a {op} value")
            print("bool", op, value, "->", a.dtype.__name__, a.asnumpy().tolist())
        except Exception as e:
            print("bool", op, value, "->", words(e), "| left", a.asnumpy().tolist())
