"""transpose over a bool array checks its axes (shape inference, which takes a repeated axis) before its kernel refuses bool when the result is read, as MXNet does."""
import mxnet as mx
import numpy as np
from _call_read import show


for dtype in ['bool', 'int32']:
    data = mx.nd.array(np.arange(6).reshape(2, 3) % 2, dtype=dtype)
    for axes in [(), (0, 1), (1, 0), (0, 1, 2), (0, 5), (0, -1)] + ([(0, 0), (1, 1)] if dtype == 'bool' else []):
        show(f'transpose {dtype} {axes}', lambda: mx.nd.transpose(data, axes=axes))
    show(f'transpose {dtype} 7-d', lambda: mx.nd.transpose(mx.nd.ones((1,) * 7, dtype=dtype)))
    show(f'T {dtype}', lambda: data.T)
mx.nd.waitall()
