"""Under NumPy shape semantics L2Normalization of an empty batch, in each mode, gives an empty result and gradient, as MXNet does."""
import mxnet as mx
import numpy as np
mx.util.set_np_shape(True)
Z = lambda *s: mx.nd.array(np.zeros(s, np.float32))
def show(name, f):
    try:
        r = f()
        print(name, 'OK', r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, '|' + str(e).replace('\n', '|')[-200:])
for mode in ('instance', 'channel', 'spatial'):
    show('l2n ' + mode, lambda: mx.nd.L2Normalization(Z(0, 3, 2), mode=mode))
    x = Z(0, 3, 2); x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.L2Normalization(x, mode=mode)
    y.backward()
    show('l2n grad ' + mode, lambda: x.grad)
