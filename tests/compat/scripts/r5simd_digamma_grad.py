# gamma's and gammaln's gradients (digamma) at negative inputs: the reflection's tan is the C library's
import mxnet as mx
import numpy as np

x64 = np.array([-0.6839667827496609, -1.330923838942951, -2.637551785759135, -2.183603018906349, -7.895583, -0.3,
                -27.937986790892747, -1.5289592, -3.75, 0.4, 2.5, 12.25])
for dt in ['float32', 'float64']:
    for op in [mx.nd.gamma, mx.nd.gammaln]:
        x = mx.nd.array(x64, dtype=dt)
        x.attach_grad()
        with mx.autograd.record():
            y = op(x)
        y.backward()
        print(dt, op.__name__, x.grad.asnumpy().tobytes().hex())
mx.npx.set_np()
x = mx.np.array(x64[:8], dtype='float32')
x.attach_grad()
with mx.autograd.record():
    y = mx.npx.gammaln(x)
y.backward()
print(x.grad.asnumpy().tobytes().hex())
