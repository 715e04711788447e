# Scaled dot-product attention with masking (batch_dot, SequenceMask, masked softmax) inside a HybridBlock; gradients
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class DotAttention(gluon.HybridBlock):
    def __init__(self, units, **kwargs):
        super(DotAttention, self).__init__(**kwargs)
        with self.name_scope():
            self.q = nn.Dense(units, flatten=False, use_bias=False)
            self.k = nn.Dense(units, flatten=False, use_bias=False)
        self._scale = 1.0 / np.sqrt(units)

    def hybrid_forward(self, F, query, keys, mask):
        q, k = self.q(query), self.k(keys)
        scores = F.batch_dot(q, k, transpose_b=True) * self._scale
        scores = F.where(mask, scores, F.ones_like(scores) * -1e6)
        weights = F.softmax(scores, axis=-1)
        return F.batch_dot(weights, keys), weights


np.random.seed(12)
mx.random.seed(12)
query = nd.array(np.random.randn(2, 3, 4))
keys = nd.array(np.random.randn(2, 5, 4))
valid = nd.array([3, 5])
mask = nd.broadcast_lesser(nd.arange(5).reshape(1, 1, 5), valid.reshape(2, 1, 1))
mask = nd.broadcast_to(mask, (2, 3, 5))
att = DotAttention(4)
att.initialize(mx.init.Uniform(0.5))
with autograd.record():
    ctx_vec, w = att(query, keys, mask)
    loss = (ctx_vec ** 2).sum()
loss.backward()
print(w[0].asnumpy().round(6).tolist())
print(ctx_vec[1, 0].asnumpy().tolist())
print(att.q.weight.grad()[0].asnumpy().tolist())
att.hybridize()
ctx2, w2 = att(query, keys, mask)
print('hybrid equal', (ctx2 - ctx_vec).abs().max().asscalar())
seq = nd.array(np.arange(24).reshape(4, 2, 3).astype('float32'))
masked = nd.SequenceMask(seq, sequence_length=nd.array([2, 3]), use_sequence_length=True, value=-1)
print(masked[:, 0].asnumpy().tolist())
print(nd.SequenceLast(seq, sequence_length=nd.array([2, 4]), use_sequence_length=True).asnumpy().tolist())
lens = nd.array([2], dtype='int32')
print(nd.softmax(nd.array([[1.0, 2.0, 3.0, 4.0]]), length=lens, use_length=True).asnumpy().tolist())
print(nd.batch_dot(nd.ones((2, 2, 3)), nd.ones((2, 3, 1)), transpose_a=False).asnumpy().ravel().tolist())
