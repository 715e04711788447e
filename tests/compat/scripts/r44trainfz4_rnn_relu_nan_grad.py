"""A relu RNN's backward (oneDNN) carries an infinite or nan state gradient through dead units as nan, so every parameter gradient turns nan."""
import mxnet as mx, numpy as np
from mxnet import nd, autograd
np.random.seed(1)
T, N, I, H = 3, 2, 3, 4
x = nd.array(np.random.randn(T, N, I))
n = H * (I + H + 2)
p = nd.array(np.random.randn(n) * 0.8)
h0 = nd.zeros((1, N, H))
x[0, 0, 0] = np.nan
p.attach_grad(); x.attach_grad()
with autograd.record():
    y = nd.RNN(x, p, h0, state_size=H, num_layers=1, mode='rnn_relu')
yv = y.asnumpy()
print('signbits', np.signbit(yv).astype(int).ravel().tolist())
print('nan', np.isnan(yv).astype(int).ravel().tolist())
hg = np.ones((T, N, H), np.float32); hg[1, 1, :] = np.inf; hg[2, 0, 1] = np.nan
y.backward(nd.array(hg))
print('pgrad nan', np.isnan(p.grad.asnumpy()).astype(int).ravel().tolist())
print('xgrad', x.grad.asnumpy().ravel().tolist())
