# Capsule layer with dynamic routing-by-agreement (as in CapsNet examples): prediction vectors by batch_dot,
# routing logits refined over iterations, the squash non-linearity, margin loss; hybridized block
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

N_IN, D_IN, N_OUT, D_OUT = 6, 4, 3, 5


def squash(F, s, axis=-1):
    sq = F.sum(F.square(s), axis=axis, keepdims=True)
    return F.broadcast_mul(s, sq / (1 + sq) / F.sqrt(sq + 1e-9))


class CapsLayer(nn.HybridBlock):
    def __init__(self, iterations=3, **kwargs):
        super(CapsLayer, self).__init__(**kwargs)
        self.iterations = iterations
        with self.name_scope():
            self.W = self.params.get('W', shape=(1, N_IN, N_OUT * D_OUT, D_IN), init=mx.init.Normal(0.5))

    def hybrid_forward(self, F, u, W):
        u = F.expand_dims(F.expand_dims(u, axis=2), axis=4)                 # (B, N_IN, 1, D_IN, 1)
        u = F.tile(u, reps=(1, 1, N_OUT * D_OUT, 1, 1)).reshape((-1, N_IN, N_OUT * D_OUT, D_IN))
        u_hat = F.sum(F.broadcast_mul(u, W), axis=-1).reshape((-1, N_IN, N_OUT, D_OUT))
        b = F.zeros_like(F.sum(u_hat, axis=-1))                             # (B, N_IN, N_OUT)
        for _ in range(self.iterations):
            c = F.softmax(b, axis=2)
            v = squash(F, F.sum(F.broadcast_mul(F.expand_dims(c, axis=3), u_hat), axis=1))   # (B, N_OUT, D_OUT)
            b = b + F.sum(F.broadcast_mul(u_hat, F.expand_dims(v, axis=1)), axis=-1)
        return v


def margin_loss(lengths, labels):
    t = nd.one_hot(labels, N_OUT)
    return (t * nd.relu(0.9 - lengths) ** 2 + 0.5 * (1 - t) * nd.relu(lengths - 0.1) ** 2).sum(axis=1)


mx.random.seed(350)
X = nd.random.normal(shape=(8, N_IN, D_IN))
y = nd.array([0, 1, 2, 0, 1, 2, 0, 1])
caps = CapsLayer()
caps.initialize()
caps.hybridize()
trainer = gluon.Trainer(caps.collect_params(), 'adam', {'learning_rate': 0.02})
for step in range(5):
    with autograd.record():
        v = caps(X)
        lengths = nd.sqrt(nd.sum(v * v, axis=-1))
        loss = margin_loss(lengths, y)
    loss.backward()
    trainer.step(8)
    print(step, repr(loss.mean().asscalar()), lengths.argmax(axis=1).asnumpy().tolist())
print(lengths[0].asnumpy().tolist())
print(squash(nd, nd.array([[3.0, 4.0], [0.0, 0.0]])).asnumpy().tolist())
