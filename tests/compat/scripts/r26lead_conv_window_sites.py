"""A convolution kernel larger than its padded input, on each axis of 1-D, 2-D and 3-D data, imperative and in a
graph: MXNet's check and its source line."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd

CASES = [((2, 3, 1), (3,)), ((2, 3, 2), (3,)), ((2, 3, 2, 4), (3, 3)), ((2, 3, 4, 2), (3, 3)),
         ((2, 3, 2, 4, 4), (3, 3, 3)), ((2, 3, 4, 2, 4), (3, 3, 3)), ((2, 3, 4, 4, 2), (3, 3, 3))]
for shape, kernel in CASES:
    try:
        nd.Convolution(nd.ones(shape), nd.ones((4, 3) + kernel), kernel=kernel, num_filter=4, no_bias=True)
        print('ok')
    except mx.base.MXNetError as e:
        print(shape, str(e).replace('\n', ' | '))
    x = mx.sym.var('x')
    try:
        mx.sym.Convolution(x, kernel=kernel, num_filter=4, no_bias=True, name='c').infer_shape(x=shape)
    except mx.base.MXNetError as e:
        print(shape, 'graph', re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e)).replace('\n', ' | '))
