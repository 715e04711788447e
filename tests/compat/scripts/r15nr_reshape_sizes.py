"""nd.reshape does not compare sizes at the call: outside oneDNN's types (float32, uint8, int8, whose copy
reads or writes past the data then) the result fails when read; reshape codes past the input's dimensions fail
MXNet's index check."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "-> shape", r.shape, end=" ")
        print(r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


for dtype in ["float32", "uint8", "int8", "float16", "float64", "int32", "int64", "bool"]:
    x = nd.arange(8).reshape((4, 1, 2)).astype(dtype)
    attempt(f"{dtype} to (8,)", lambda: nd.reshape(x, shape=(8,)))
    attempt(f"{dtype} to (2,-1) reverse", lambda: nd.reshape(x, shape=(2, -1), reverse=True))
    if dtype in ("float32", "uint8", "int8"):
        continue
    attempt(f"{dtype} to (2,3)", lambda: nd.reshape(x, shape=(2, 3)))
    attempt(f"{dtype} to (3,-1)", lambda: nd.reshape(x, shape=(3, -1)))
    attempt(f"{dtype} to (-1,3)", lambda: nd.reshape(x, shape=(-1, 3)))
    attempt(f"{dtype} to (5,) reverse", lambda: nd.reshape(x, shape=(5,), reverse=True))
    attempt(f"{dtype} Reshape to (2,2)", lambda: nd.Reshape(x, shape=(2, 2)))
    attempt(f"{dtype} to (3,3)", lambda: nd.reshape(x, shape=(3, 3)))
    attempt(f"{dtype} no shape", lambda: nd.reshape(x))
for codes in [(2, -4, 1, -1), (0, 0, 0, 0), (-3, -3), (-4, 1, 4, -2)]:
    attempt(f"codes {codes}", lambda: nd.reshape(nd.ones((4, 2), dtype="int32"), shape=codes))
    attempt(f"method codes {codes}", lambda: nd.ones((4, 2), dtype="int32").reshape(codes))
