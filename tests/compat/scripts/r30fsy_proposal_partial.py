"""Proposal's partial shape inference: once the class scores' four sizes are known, the box deltas and image info get their shapes (given ones that disagree refused) and the outputs rpn_post_nms_top_n rows; scores of another rank fail reading their fourth size."""
# recorded on AVX2
import re
import mxnet as mx
x,y,z = [mx.sym.var(n) for n in 'xyz']
for kw in [dict(x=(1,18,4,4)), dict(x=(0,18,4,4)), dict(x=(1,0,4,4)), dict(x=(1,18,0,4)), dict(x=(2,18,4,4)), dict(x=(1,18,4,4), y=(1,30,4,4)), dict(x=(1,18,4,4), z=(1,4)), dict(x=(1,18,4,4), y=(1,36,4,0), z=(0,3)), {}, dict(y=(1,36,4,4)), dict(x=(1,18,4))]:
    for extra in [dict(), dict(rpn_post_nms_top_n=10, output_score=True)]:
        s = mx.sym.contrib.Proposal(x, y, z, **extra)
        try: print(kw, extra, s.infer_shape_partial(**kw), s.list_outputs())
        except Exception as ex: print(kw, extra, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
