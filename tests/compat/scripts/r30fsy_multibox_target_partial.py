"""MultiBoxTarget's partial shape inference makes MXNet's checks in order once the anchors' rank is known (anchors' batch, count and box size, label rank and width, prediction rank and anchor count), unknown sizes as -1, at their source lines."""
# recorded on AVX2
import itertools
import re

from mxnet import sym

anchor, label, pred = sym.var("anchor"), sym.var("label"), sym.var("pred")
target = sym.contrib.MultiBoxTarget(anchor, label, pred)
shapes = {"anchor": (1, 10, 4), "label": (2, 3, 5), "pred": (2, 3, 10)}
for mask in itertools.product([0, 1, 2], repeat=3):
    given = {}
    for (name, shape), m in zip(shapes.items(), mask):
        if m:
            given[name] = shape if m == 1 else shape[:-1] + (0,)
    try:
        print(given, target.infer_shape_partial(**given))
    except Exception as e:
        print(given, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1])
for anchors in [(0, 0, 0), (2, 10, 4), (1, 10, 5), (1, 0, 0), (1, 0, 4)]:
    try:
        print(anchors, target.infer_shape_partial(anchor=anchors))
    except Exception as e:
        print(anchors, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1])
