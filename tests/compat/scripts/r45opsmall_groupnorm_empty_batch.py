"""Under NumPy shape semantics GroupNorm of an empty batch gives an empty result and gradient, as MXNet does."""
import mxnet as mx
import numpy as np
mx.util.set_np_shape(True)
Z = lambda *s: mx.nd.array(np.zeros(s, np.float32))
O = lambda *s: mx.nd.ones(s)
def show(name, f):
    try:
        r = f()
        print(name, 'OK', r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, '|' + str(e).replace('\n', '|')[-200:])
# (MXNet's InstanceNorm of an empty batch at times divides by zero and dies: left out)
for name, op in (('GroupNorm', lambda x: mx.nd.GroupNorm(x, O(2), O(2), num_groups=2)),):
    show(name, lambda: op(Z(0, 4, 3)))
    show(name + ' 4-d', lambda: op(Z(0, 4, 3, 2)))
    x = Z(0, 4, 3); x.attach_grad()
    with mx.autograd.record():
        y = op(x)
    y.backward()
    show(name + ' grad', lambda: x.grad)
