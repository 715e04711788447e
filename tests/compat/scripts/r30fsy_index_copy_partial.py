"""index_copy's partial shape inference makes MXNet's checks in order (index rank, old and new ranks and sizes, index length), unknown sizes as -1, at their source lines, and gives the old array's shape once they pass."""
# recorded on AVX2
import itertools, re
import mxnet as mx
x, y, z = [mx.sym.var(n) for n in 'xyz']
s = mx.sym.contrib.index_copy(x, y, z)
shapes = {'x': (5, 3), 'y': (2,), 'z': (2, 3)}
for mask in itertools.product([0, 1, 2], repeat=3):
    kw = {}
    for (n, sh), m in zip(shapes.items(), mask):
        if m:
            kw[n] = sh if m == 1 else (0,) + sh[1:]
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
for kw in [dict(x=(1,3), y=(2,), z=(2,3)), dict(x=(5,3), y=(3,), z=(2,3)), dict(x=(5,3), y=(2,), z=(2,4)), dict(x=(5,3), y=(2,), z=(2,3,1))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
