"""count_sketch's partial shape inference: once its 2-D data is fully known, the hash and sign arrays are read at their second size (unknown or low rank fails the read at tuple.h) and compared with the data's at their source lines."""
# recorded on AVX2
import re, itertools
import mxnet as mx
x, h, s_ = [mx.sym.var(n) for n in ('x', 'h', 's')]
s = mx.sym.contrib.count_sketch(x, h, s_, out_dim=4)
shapes = {'x': (2, 3), 'h': (1, 3), 's': (1, 3)}
for mask in itertools.product([0, 1, 2], repeat=3):
    kw = {}
    for (n, sh), m in zip(shapes.items(), mask):
        if m:
            kw[n] = sh if m == 1 else sh[:-1] + (0,)
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:260])
for kw in [dict(x=(0,3), h=(1,3), s=(1,3)), dict(x=(2,3), h=(2,3), s=(1,3)), dict(x=(2,3), h=(3,), s=(1,3)), dict(x=(2,3,4), h=(1,4), s=(1,4))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:260])
