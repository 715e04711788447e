"""A pooling window larger than its padded input, 1-D, 2-D and 3-D, imperative and in a graph: MXNet's check and
its source line."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd

CASES = [((5, 3, 1), (2,), (0,)), ((5, 3, 2), (3,), (0,)), ((5, 3, 1, 1), (2, 2), (0, 0)), ((5, 3, 4, 2), (2, 3), (0, 0)),
         ((2, 3, 1, 1, 1), (2, 2, 2), (0, 0, 0)), ((2, 3, 3, 1, 3), (2, 2, 2), (0, 0, 0)),
         ((2, 3, 3, 3, 1), (2, 2, 2), (0, 0, 0))]
for shape, kernel, pad in CASES:
    for pool_type in ('max', 'avg'):
        try:
            nd.Pooling(nd.ones(shape), kernel=kernel, pad=pad, pool_type=pool_type)
            print('ok')
        except mx.base.MXNetError as e:
            print(shape, pool_type, str(e).replace('\n', ' | '))
    x = mx.sym.var('x')
    try:
        mx.sym.Pooling(x, kernel=kernel, pad=pad, name='p').infer_shape(x=shape)
    except mx.base.MXNetError as e:
        print(shape, 'graph', re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e)).replace('\n', ' | '))
