# A Bernoulli RBM trained with one-step contrastive divergence (as MXNet's restricted-boltzmann-machine example):
# sampling hidden/visible units with uniform draws, manual parameter updates, free energy and reconstruction
import mxnet as mx
from mxnet import nd

mx.random.seed(260)
patterns = nd.array([[1, 1, 0, 0, 0, 0], [0, 0, 1, 1, 0, 0], [0, 0, 0, 0, 1, 1]])
data = nd.concat(patterns, patterns, patterns, patterns, dim=0)
V, H = 6, 3
W = nd.random.normal(scale=0.1, shape=(V, H))
b_v, b_h = nd.zeros((V,)), nd.zeros((H,))


def sample(p):
    return (nd.random.uniform(shape=p.shape) < p).astype('float32')


def free_energy(v):
    return -nd.dot(v, b_v) - nd.sum(nd.log(1 + nd.exp(nd.dot(v, W) + b_h)), axis=1)


lr = 0.2
for epoch in range(15):
    v0 = data
    ph0 = nd.sigmoid(nd.dot(v0, W) + b_h)
    h0 = sample(ph0)
    pv1 = nd.sigmoid(nd.dot(h0, W.T) + b_v)
    v1 = sample(pv1)
    ph1 = nd.sigmoid(nd.dot(v1, W) + b_h)
    n = data.shape[0]
    W += lr * (nd.dot(v0.T, ph0) - nd.dot(v1.T, ph1)) / n
    b_v += lr * (v0 - v1).mean(axis=0)
    b_h += lr * (ph0 - ph1).mean(axis=0)
    if epoch % 5 == 4:
        err = ((v0 - pv1) ** 2).mean().asscalar()
        print(epoch, repr(err), repr(free_energy(patterns).mean().asscalar()))
print(W.asnumpy().tolist())
recon = nd.sigmoid(nd.dot(nd.sigmoid(nd.dot(patterns, W) + b_h), W.T) + b_v)
print(nd.round(recon * 100).asnumpy().tolist())
print(free_energy(nd.array([[1, 0, 1, 0, 1, 0]])).asnumpy().tolist(), b_h.asnumpy().tolist())
