# nd.histogram / sym.histogram are Python functions over _histogram: tuple from numpy without a range,
# int64 counts with a range or edges, two outputs in a symbol, MXNet's argument errors
import warnings

import mxnet as mx
from mxnet import nd

S = mx.sym
with mx.name.NameManager():
    s = S.histogram(S.var('x'), bins=3, range=(0, 6))
print(s.list_outputs(), s.attr_dict())
print(s.infer_shape(x=(6,)), s.infer_type(x='float32'))
ex = s.bind(mx.cpu(), {'x': nd.array([0, 1, 1, 2, 3, 5])})
print(ex.forward())
for f in (lambda: S.histogram(S.var('x'), bins=3), lambda: S.histogram(S.var('x'), bins=[1, 2]),
          lambda: nd.histogram(nd.ones(3), bins=[1, 2]), lambda: nd.histogram(nd.ones(3), bin_cnt=3, range=(0, 1))):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(nd.histogram(nd.array([0, 1, 1, 2, 3, 5]), bins=3), [str(x.message) for x in w])
print(nd.histogram(nd.array([0, 1, 1, 2, 3, 5]), bins=nd.array([0, 2, 4, 6])))
print(nd.histogram(nd.array([0, 1, 1, 2, 3, 5], dtype='float64'), bins=3, range=(0, 6)))
print(nd._internal._histogram(nd.array([0, 1, 1, 2, 3, 5]), bin_cnt=3, range=(0, 6)))
