"""box_iou and GroupNorm infer from partly known shapes as MXNet does: unknown sizes read as -1 in its checks."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


shapes = [(2, 4), (3, 4), (0, 4), (2, 0), (2, 3), (4,), (0, 3), (2, 5, 4), None]
for fmt in ("corner", "center"):
    iou = S.contrib.box_iou(S.var("a"), S.var("b"), format=fmt, name="n")
    for a in shapes:
        for b in shapes:
            given = {k: v for k, v in (("a", a), ("b", b)) if v is not None}
            attempt(f"box_iou {fmt} {a} {b}", lambda: iou.infer_shape_partial(**given))
for groups in (1, 2, 3):
    gn = S.GroupNorm(S.var("a"), num_groups=groups, name="n")
    for shape in [(2, 0, 4), (0, 6, 4), (2, 0), (2, 6, 0), (2, 5, 4), (2, 6, 4)]:
        attempt(f"GroupNorm groups={groups} {shape}", lambda: gn.infer_shape_partial(a=shape))
