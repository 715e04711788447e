# Hand-written layer normalisation and GELU in the symbolic API, where the same subexpression is written twice
# (MXNet's executor merges them), trained with Module; the same block hybridized in Gluon
import math
import mxnet as mx
import numpy as np
from mxnet import gluon, nd, autograd


def layer_norm(F, x, eps=1e-5):
    centered = F.broadcast_sub(x, F.mean(x, axis=1, keepdims=True))
    var = F.mean(F.square(F.broadcast_sub(x, F.mean(x, axis=1, keepdims=True))), axis=1, keepdims=True)
    return F.broadcast_div(centered, F.sqrt(var + eps))


def gelu(F, x):
    inner = math.sqrt(2 / math.pi) * (x + 0.044715 * x * x * x)
    return 0.5 * x * (1 + F.tanh(inner))


np.random.seed(240)
mx.random.seed(240)
X = np.random.normal(size=(24, 5)).astype('float32')
Y = (X[:, 0] * X[:, 1] > 0).astype('float32')
data = mx.sym.var('data')
h = gelu(mx.sym, layer_norm(mx.sym, mx.sym.FullyConnected(data, num_hidden=8, name='fc1')))
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(h, num_hidden=2, name='fc2'), name='softmax')
it = mx.io.NDArrayIter(X, Y, batch_size=8)
mod = mx.mod.Module(net)
mod.fit(it, num_epoch=3, optimizer='adam', optimizer_params={'learning_rate': 0.05},
        initializer=mx.init.Xavier(), eval_metric='ce')
args, _ = mod.get_params()
print(args['fc1_weight'][0].asnumpy().tolist())
print(args['fc2_bias'].asnumpy().tolist(), mod.score(it, ['acc', 'ce']))
exe = mod._exec_group.execs[0]
print(len(net.get_internals().list_outputs()), len(exe.get_optimized_symbol().get_internals().list_outputs()))


class Block(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Block, self).__init__(**kwargs)
        with self.name_scope():
            self.fc1 = gluon.nn.Dense(8)
            self.fc2 = gluon.nn.Dense(2)

    def hybrid_forward(self, F, x):
        return self.fc2(gelu(F, layer_norm(F, self.fc1(x))))


blk = Block()
blk.initialize(mx.init.Xavier())
blk.hybridize()
trainer = gluon.Trainer(blk.collect_params(), 'adam', {'learning_rate': 0.05})
for epoch in range(3):
    with autograd.record():
        loss = gluon.loss.SoftmaxCELoss()(blk(nd.array(X)), nd.array(Y))
    loss.backward()
    trainer.step(24)
    print(epoch, repr(loss.mean().asscalar()), blk.fc1.weight.grad()[0].asnumpy().tolist())
