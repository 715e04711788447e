"""PSROIPooling shape inference gives one (output_dim, pooled, pooled) map per box whatever the data's channel count, and checks the boxes' width, as MXNet does."""
import re

import mxnet as mx

def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[[\d:]+\] ', '', str(e))[:400])
d = mx.sym.Variable('data'); e = mx.sym.Variable('e')
s = mx.sym.contrib.PSROIPooling(d, e, spatial_scale=1.0, output_dim=2, pooled_size=2, name='ps')
for kw in [dict(data=(1,7,8,8), e=(3,5)), dict(data=(1,9,8,8), e=(3,5)), dict(data=(1,16,8,8), e=(3,5)), dict(data=(1,8,8,8), e=(3,4)), dict(data=(1,8,8,8), e=(3,6)), dict(data=(1,8,0,8), e=(3,5)), dict(data=(1,0,8,8), e=(3,5)), dict(data=(1,8,8,8), e=(0,5)), dict(data=(1,8,8), e=(3,5)), dict(data=(1,8,8,8), e=(3,))]:
    T(str(kw), lambda: s.infer_shape_partial(**kw))
    T(str(kw) + ' full', lambda: (s * 2).infer_shape(**kw))
s2 = mx.sym.contrib.PSROIPooling(d, e, spatial_scale=1.0, output_dim=2, pooled_size=2, group_size=1, name='ps')
T('g1', lambda: s2.infer_shape_partial(data=(1,8,8,8), e=(3,5)))
T('g1 7', lambda: s2.infer_shape(data=(1,7,8,8), e=(3,5)))
