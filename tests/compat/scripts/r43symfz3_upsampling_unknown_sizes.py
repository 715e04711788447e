"""Nearest UpSampling over data with an unknown spatial size: refused in the operator while batch and channels are known, else as the shape pass ends (naming no node), as MXNet does."""
import re

import mxnet as mx

def T(name, f):
    try:
        r = f()
        print(name, '->', r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, repr(re.sub(r'\[[\d:]+\] ', '', str(e))[:250]))
d = mx.sym.Variable('data')
for sc in (2, 3):
    s = mx.sym.UpSampling(d, scale=sc, sample_type='nearest')
    for sh in [(1,0,0,6), (0,2,0,6), (0,2,6,0), (1,0,6,0), (0,0,6,6), (0,0,0,6), (1,2,0,0), (0,2,0,0), (1,0,0,0)]:
        T(f'{sc} {sh}', lambda: s.infer_shape_partial(data=sh))
