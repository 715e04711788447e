"""edge_id's partial shape inference: the vertex lists' ranks and lengths are checked (unknown as -1) at their source lines, and the output has one entry per queried edge whatever of the graph is unknown."""
# recorded on AVX2
import itertools, re
import mxnet as mx
x, y, z = [mx.sym.var(n) for n in 'xyz']
s = mx.sym.contrib.edge_id(x, y, z)
shapes = {'x': (4, 4), 'y': (2,), 'z': (2,)}
for mask in itertools.product([0, 1, 2], repeat=3):
    kw = {}
    for (n, sh), m in zip(shapes.items(), mask):
        if m:
            kw[n] = sh if m == 1 else sh[:-1] + (0,)
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
for kw in [dict(x=(4,4), y=(2,), z=(3,)), dict(x=(4,4), y=(2,1), z=(2,)), dict(x=(4,4), y=(2,), z=(2,1)), dict(x=(4,), y=(2,), z=(2,))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
