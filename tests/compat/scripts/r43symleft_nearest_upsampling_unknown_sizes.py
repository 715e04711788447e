"""Nearest UpSampling's shape inference over unknown sizes: each input's height and width must divide the first input's scaled ones (an unknown size read as -1, C's remainder), channels are added (unknown ones as -1) or, summed, equal, and a size below -1 is refused in the node's words or as the pass ends."""
import random
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:260]))


data = [mx.sym.var(n) for n in "abcd"]
for scale in (1, 2, 3):
    s = mx.sym.UpSampling(data[0], data[1], scale=scale, sample_type="nearest", num_args=2)
    for shapes in [dict(a=(1, 2, 0, 0), b=(1, 3, 4, 4)), dict(a=(1, 2, 3, 3), b=(1, 3, 0, 0)),
                   dict(a=(1, 2, 0, 3), b=(1, 3, 5, 5)), dict(a=(0, 2, 3, 3), b=(1, 3, 0, 0)),
                   dict(a=(1, 2, 2, 2), b=(1, 3, 0, 4)), dict(a=(1, 2, 2, 0), b=(1, 3, 2, 2)),
                   dict(a=(1, 0, 0, 3), b=(3, 0, 0, 1)), dict(a=(0, 3, 0, 1), b=(2, 3, 2, 2))]:
        print(scale, shapes, end=" ")
        show(lambda: s.infer_shape_partial(**shapes))

rng = random.Random(5)


def some_shape(first):
    r = rng.random()
    if r < 0.06 and not first:
        return None
    if r < 0.12:
        return tuple(rng.choice([1, 2, 3]) for _ in range(rng.choice([2, 3, 5])))
    return tuple(rng.choice([0, 1, 2, 3, 4, 6]) if rng.random() < 0.7 else 0 for _ in range(4))


for t in range(150):
    n, scale, mode = rng.choice([1, 2, 2, 3, 4]), rng.choice([1, 2, 3]), rng.choice(["concat", "sum"])
    s = mx.sym.UpSampling(*data[:n], scale=scale, sample_type="nearest", num_args=n, multi_input_mode=mode)
    shapes = {"abcd"[i]: sh for i, sh in ((i, some_shape(i == 0)) for i in range(n)) if sh is not None}
    print(t, n, scale, mode, shapes, end=" ")
    show(lambda: s.infer_shape_partial(**shapes))
