"""khatri_rao shape inference over operands with unknown sizes compares the column counts (an unknown one as -1) and multiplies the row counts, operands of rank above 2 included, as MXNet does."""
import re

import mxnet as mx

def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:600])
d = mx.sym.Variable('data'); e = mx.sym.Variable('e'); f = mx.sym.Variable('f')
s = mx.sym.khatri_rao(d, e)
for kw in [dict(data=(0,3), e=(2,3)), dict(data=(2,3), e=(2,0)), dict(data=(2,0), e=(2,3)), dict(data=(2,0), e=(2,0)), dict(data=(0,3), e=(0,3)), dict(data=(2,3)), dict(e=(2,3)), dict(data=(2,3), e=(4,5)), dict(data=(2,3,1), e=(4,3)), dict(data=(3,), e=(4,3)), dict(data=(2,3), e=(4,3))]:
    T(str(kw), lambda: s.infer_shape_partial(**kw))
    T(str(kw) + ' full', lambda: s.infer_shape(**kw))
s3 = mx.sym.khatri_rao(d, e, f)
T('3 inputs', lambda: s3.infer_shape_partial(data=(2,3), e=(0,3), f=(4,3)))
T('nd 1d', lambda: mx.nd.khatri_rao(mx.nd.ones((3,)), mx.nd.ones((2,3))))
for kw in [dict(data=(2,3,0), e=(4,3)), dict(data=(0,3,2), e=(4,3)), dict(data=(0,3,2), e=(0,3,1)), dict(data=(2,0,2), e=(4,0)), dict(data=(2,3,4), e=(4,3,1,1)), dict(data=(0,3,4), e=(0,4,5))]:
    T(str(kw), lambda: s.infer_shape_partial(**kw))
