# NumPy-interface text classifier with additive attention pooling: masks from valid lengths, npx.softmax with
# use_length, npx.batch_dot, npx.topk, conversions between mx.np and mx.nd arrays
import mxnet as mx
from mxnet import np, npx, gluon, autograd
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(200)
B, T, V, D = 4, 6, 10, 5
tokens = np.array([[1, 2, 3, 0, 0, 0], [4, 5, 6, 7, 8, 0], [2, 2, 0, 0, 0, 0], [9, 1, 4, 6, 3, 2]])
valid = np.array([3, 5, 2, 6], dtype='int32')
labels = np.array([0, 1, 0, 1])


class AttnPool(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(AttnPool, self).__init__(**kwargs)
        with self.name_scope():
            self.emb = nn.Embedding(V, D)
            self.score = nn.Dense(1, flatten=False, use_bias=False)
            self.proj = nn.Dense(D, flatten=False, activation='tanh')
            self.out = nn.Dense(2)

    def hybrid_forward(self, F, x, valid_len):
        h = self.emb(x)
        s = F.np.squeeze(self.score(self.proj(h)), axis=-1)
        w = F.npx.softmax(s, length=valid_len, axis=-1, use_length=True)
        pooled = F.np.squeeze(F.npx.batch_dot(F.np.expand_dims(w, 1), h), axis=1)
        return self.out(pooled), w


net = AttnPool()
net.initialize(mx.init.Xavier())
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'adagrad', {'learning_rate': 0.2})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(6):
    with autograd.record():
        logits, w = net(tokens, valid)
        loss = loss_fn(logits, labels)
    loss.backward()
    trainer.step(B)
    print(epoch, loss.tolist())
print(w.round(5).tolist())
print(np.argmax(logits, axis=1).tolist(), npx.topk(w, k=2, axis=-1).tolist())
nd_w = w.as_nd_ndarray()
print(type(nd_w).__name__, nd_w.sum(axis=1).asnumpy().tolist())
back = nd_w.as_np_ndarray()
print(type(back).__name__, bool((back == w).all()))
print(np.where(w > 0.2, w, np.zeros_like(w)).sum(axis=1).tolist())
