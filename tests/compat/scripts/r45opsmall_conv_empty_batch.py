"""Under NumPy shape semantics Convolution and Deconvolution of an empty batch give an empty result, and the convolution an empty data gradient, as MXNet does."""
import mxnet as mx
import numpy as np

mx.util.set_np_shape(True)
Z = lambda *s, dt='float32': mx.nd.array(np.zeros(s), dtype=dt)
O = lambda *s: mx.nd.ones(s)


def show(name, f):
    try:
        r = f()
        print(name, 'OK', r.shape, r.dtype.__name__, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, str(e).replace('\n', '|'))


for dt in ('float32', 'float64', 'float16'):
    show('conv ' + dt, lambda: mx.nd.Convolution(Z(0, 1, 4, 4, dt=dt), O(1, 1, 2, 2).astype(dt), O(1).astype(dt),
                                                 kernel=(2, 2), num_filter=1))
    show('deconv ' + dt, lambda: mx.nd.Deconvolution(Z(0, 1, 4, 4, dt=dt), O(1, 1, 2, 2).astype(dt), kernel=(2, 2),
                                                     num_filter=1))
show('strided, padded', lambda: mx.nd.Convolution(Z(0, 2, 5, 5), O(3, 2, 3, 3), O(3), kernel=(3, 3), stride=(2, 2),
                                                  pad=(1, 1), num_filter=3))
show('1-d', lambda: mx.nd.Convolution(Z(0, 2, 5), O(3, 2, 3), O(3), kernel=(3,), num_filter=3))
show('3-d', lambda: mx.nd.Convolution(Z(0, 2, 3, 3, 3), O(3, 2, 2, 2, 2), O(3), kernel=(2, 2, 2), num_filter=3))
show('grouped', lambda: mx.nd.Convolution(Z(0, 4, 5, 5), O(4, 2, 3, 3), O(4), kernel=(3, 3), num_group=2,
                                          num_filter=4))
show('NHWC', lambda: mx.nd.Convolution(Z(0, 4, 4, 1), O(1, 2, 2, 1), O(1), kernel=(2, 2), num_filter=1, layout='NHWC'))
show('int32', lambda: mx.nd.Convolution(Z(0, 1, 4, 4, dt='int32'), O(1, 1, 2, 2).astype('int32'),
                                        O(1).astype('int32'), kernel=(2, 2), num_filter=1))
x = Z(0, 2, 5, 5)
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.Convolution(x, O(3, 2, 3, 3), O(3), kernel=(3, 3), num_filter=3)
y.backward()
show('data gradient', lambda: x.grad)
