"""MultiBoxDetection's partial shape inference checks its inputs' ranks, then the anchor counts and box size with unknown sizes as -1, at their source lines; once they pass the output is (batch, anchors, 6), unknown sizes kept unknown."""
# recorded on AVX2
import re
import mxnet as mx
x,y,z = [mx.sym.var(n) for n in 'xyz']
s = mx.sym.contrib.MultiBoxDetection(x, y, z)
for kw in [dict(x=(0,2,10)), dict(x=(2,2,0)), dict(x=(2,2)), dict(x=(2,2,10), y=(2,0)), dict(x=(2,2,10), y=(2,40)), dict(x=(2,2,10), y=(2,40), z=(1,10,0)), dict(x=(2,2,10), y=(2,40), z=(0,10,4)), dict(x=(2,2,10), y=(2,40), z=(1,0,4)), dict(x=(2,2,10), y=(2,40), z=(2,10)), dict(x=(2,2,10), y=(3,40), z=(1,10,4)), dict(x=(2,2,10), y=(2,40), z=(2,10,5)), dict(x=(2,2,10), y=(0,40), z=(1,10,4)), dict(x=(0,2,10), y=(2,40), z=(1,10,4)), dict(x=(2,0,10), y=(2,40), z=(1,10,4)), dict(x=(2,2,10), y=(2,0), z=(1,10,4)), dict(x=(2,2,0), y=(2,40), z=(1,10,4)), dict(x=(2,2,0), y=(2,0), z=(1,0,4))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
