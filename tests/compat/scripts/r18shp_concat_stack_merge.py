"""Concat and stack merge partly known input shapes in turn, as MXNet's shape functions do: concat checks every
input against the merged shape, stack leaves its output unknown when a conflict stops the merge early."""
import itertools
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


shapes = [(2, 3, 4), (0, 3, 4), (2, 0, 4), (2, 4, 5), (3, 3, 4), (2, 3), None]
for dim in (0, 1, -1):
    cc = S.concat(S.var("a"), S.var("b"), S.var("c"), dim=dim, name="cc")
    for a, b, c in itertools.product(shapes[:6], shapes[1:], shapes[3:]):
        given = {k: v for k, v in zip("abc", (a, b, c)) if v is not None}
        attempt(f"concat dim={dim} {a} {b} {c}", lambda: cc.infer_shape_partial(**given))
for axis in (0, -1):
    st = S.stack(S.var("a"), S.var("b"), axis=axis, name="st")
    for a, b in itertools.product(shapes, repeat=2):
        given = {k: v for k, v in zip("ab", (a, b)) if v is not None}
        attempt(f"stack axis={axis} {a} {b}", lambda: st.infer_shape_partial(**given))
