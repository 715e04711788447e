"""When allclose, BilinearResize2D, fft or ifft called with NDArrays fail their shape inference, the message lists
the input shapes (-1 unknown), the output shapes reached and the attributes the call gave, in MXNet's order."""
# recorded on AVX2
import mxnet as mx
import numpy as np

nd = mx.nd
empty = nd.array(np.zeros((1, 1, 0, 3)))
calls = [
    ('allclose', lambda kw: nd.contrib.allclose(nd.ones((2, 3)), nd.ones((3,)), **kw),
     [{}, dict(rtol=0.1, equal_nan=False), dict(atol=0.5, rtol=0.1, equal_nan=True)]),
    ('allclose (2, 1)', lambda kw: nd.contrib.allclose(nd.ones((2, 3)), nd.ones((2, 1)), **kw), [{}, dict(atol=1)]),
    ('ifft 1-d', lambda kw: nd.contrib.ifft(nd.ones((3,)), **kw), [{}, dict(compute_size=64)]),
    ('ifft 3-d', lambda kw: nd.contrib.ifft(nd.ones((3, 2, 2)), **kw), [{}]),
    ('fft unknown', lambda kw: nd.contrib.fft(nd.array(np.zeros((0, 3))), **kw), [{}, dict(compute_size=8)]),
    ('BilinearResize2D unknown', lambda kw: nd.contrib.BilinearResize2D(empty, **kw),
     [dict(height=2, width=2), dict(scale_height=2., scale_width=2., mode='odd_scale'), dict(width=3),
      dict(height=4, align_corners=False)]),
]
for name, fn, kwargs in calls:
    for kw in kwargs:
        try:
            print(name, kw, fn(kw))
        except mx.base.MXNetError as e:
            lines = [line for line in str(e).splitlines() if not line.startswith(('Traceback', '  File'))]
            print(name, kw, ' | '.join(lines).replace('MXNetError: ', ''))
