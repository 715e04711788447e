"""slice_like and ctc_loss with partly known shapes: known sizes are checked, unknown ones read as -1."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


shapes = [(2, 3), (3, 4), (0, 3), (2, 0), (3,), (2, 3, 4), (0, 3, 4)]
for axes in [(), (1,), (0, -1), (-3,)]:
    like = S.slice_like(S.var("a"), S.var("b"), axes=axes, name="n")
    for a in shapes:
        for b in shapes:
            attempt(f"slice_like axes={axes} {a} {b}", lambda: like.infer_shape_partial(a=a, b=b))
ctc = S.ctc_loss(S.var("a"), S.var("b"), name="n")
for a in [(3,), (2, 3), (5, 2, 4), (5, 0, 4)]:
    for b in [(0, 3), (2, 0), (2, 3)]:
        attempt(f"ctc_loss {a} {b}", lambda: ctc.infer_shape_partial(a=a, b=b))
