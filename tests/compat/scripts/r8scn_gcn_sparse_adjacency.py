# A two-layer graph convolutional network on a toy graph: normalised CSR adjacency, sparse.dot, semi-supervised
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
import numpy as np

edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3), (6, 7), (7, 8), (8, 6), (5, 6)]
n = 9
A = np.eye(n, dtype='float32')
for a, b in edges:
    A[a, b] = A[b, a] = 1.0
deg = A.sum(axis=1)
d_inv_sqrt = 1.0 / np.sqrt(deg)
A_hat = nd.array(A) * nd.array(d_inv_sqrt).reshape((-1, 1)) * nd.array(d_inv_sqrt).reshape((1, -1))
adj = A_hat.tostype('csr')
print(adj.stype, adj.indptr.asnumpy().tolist(), adj.indices.shape, repr(adj.data.sum().asscalar()))
mx.random.seed(80)
features = nd.random.normal(shape=(n, 4))
labels = nd.array([0, 0, 0, 1, 1, 1, 2, 2, 2])
train_mask = nd.array([1, 0, 0, 1, 0, 0, 1, 0, 0])


class GCN(gluon.Block):
    def __init__(self, **kwargs):
        super(GCN, self).__init__(**kwargs)
        with self.name_scope():
            self.w1 = nn.Dense(8, use_bias=False)
            self.w2 = nn.Dense(3, use_bias=False)

    def forward(self, adj, x):
        h = nd.relu(nd.sparse.dot(adj, self.w1(x)))
        return nd.sparse.dot(adj, self.w2(h))


net = GCN()
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05, 'wd': 5e-4})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(12):
    with autograd.record():
        logits = net(adj, features)
        loss = (loss_fn(logits, labels) * train_mask).sum() / train_mask.sum()
    loss.backward()
    trainer.step(1)
    if epoch % 3 == 0:
        print(epoch, repr(loss.asscalar()), logits.argmax(axis=1).asnumpy().tolist())
pred = net(adj, features).argmax(axis=1)
print(pred.asnumpy().tolist(), repr((pred == labels).mean().asscalar()))
dense_out = nd.dot(A_hat, features)
sparse_out = nd.sparse.dot(adj, features)
print(type(sparse_out).__name__, sparse_out.stype, float(nd.abs(dense_out - sparse_out).max().asscalar()))
tr = nd.sparse.dot(adj, features, transpose_a=True)
print(tr.stype, tr.tostype('default')[0].asnumpy().tolist())
print(sparse_out.tostype('default')[4].asnumpy().tolist())
