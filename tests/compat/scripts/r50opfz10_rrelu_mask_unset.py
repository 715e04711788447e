"""LeakyReLU rrelu outside training leaves the mask's out= array as it was (its kernel draws no mask there), while checking its shape; recording without training does the same, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd
import numpy as np

x = nd.array(np.arange(12).reshape(3, 4) * 0.1 - 0.5)
r = nd.LeakyReLU(x, act_type='rrelu', lower_bound=0.1, upper_bound=0.3)
print(len(r), r[0].asnumpy().tolist())
for dt in ['float32', 'float64', 'float16']:
    o = [nd.full((3, 4), 5, dtype=dt), nd.full((3, 4), 6, dtype=dt)]
    res = nd.LeakyReLU(x.astype(dt), act_type='rrelu', out=o)
    print(dt, res is o, [a.asnumpy().tolist() for a in o])
for shapes in [((3, 4), (4, 3)), ((3, 4), (3, 4), (3, 4)), ((3, 4),)]:
    try:
        nd.LeakyReLU(x, act_type='rrelu', out=[nd.full(s, 6) for s in shapes])
    except mx.MXNetError as e:
        print(shapes, str(e).split('\n')[-1])
xs = x.copy()
xs.attach_grad()
o = [nd.full((3, 4), 5), nd.full((3, 4), 6)]
with autograd.record(train_mode=False):
    nd.LeakyReLU(xs, act_type='rrelu', out=o)
    y = o[0] * 2
y.backward()
print('recorded', o[1].asnumpy().tolist(), xs.grad.asnumpy().tolist())
o = [nd.full((3, 4), 5), nd.full((3, 4), 6)]
nd.LeakyReLU(x, act_type='leaky', out=o[:1])
print('leaky', o[0].asnumpy().ravel()[:4].tolist(), o[1].asnumpy().ravel()[:4].tolist())
