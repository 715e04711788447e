"""Correlation's partial shape inference: the output from data1's shape alone with an unknown size as -1 (a spatial size below 1 fails its check, height and width at their own lines), unknown ranks refused at each input's line; the NDArray call's height check line."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import sym
x, y = sym.var('x'), sym.var('y')
for a, b in [((1,3,0,8),(1,3,8,8)), ((1,3,8,0),(1,3,8,8)), ((0,3,8,8),(1,3,8,8)), ((1,0,8,8),(1,3,8,8)), ((1,3,8,8),(0,3,8,8)), ((1,3,8,8),(1,3,0,8)), ((0,3,8,8),(0,3,8,8)), ((1,3,8,8),None), (None,(1,3,8,8)), ((1,3,8,8),(1,3,8,8))]:
    kw = {k: v for k, v in (('x', a), ('y', b)) if v is not None}
    for extra in [dict(), dict(pad_size=4, max_displacement=2)]:
        try:
            print(a, b, extra, sym.Correlation(x, y, **extra).infer_shape_partial(**kw))
        except Exception as e:
            print(a, b, extra, 'ERR', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))[:260])
for a, b in [((1, 3, 1, 8), (1, 3, 1, 8)), ((1, 3, 8, 1), (1, 3, 8, 1))]:
    try:
        print(mx.nd.Correlation(mx.nd.ones(a), mx.nd.ones(b)).shape)
    except Exception as e:
        print(a, type(e).__name__, str(e).replace("\n", " | ")[:300])
