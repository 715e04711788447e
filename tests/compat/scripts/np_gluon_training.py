"""A small Gluon network trained on mx.np arrays under npx.set_np(): outputs, losses, weights, np reductions.

Values are printed to 4 decimals: Dense layers' last bits depend on the CPU's vector ISA."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd, gluon
nn = gluon.nn
npx.set_np()
mx.random.seed(0)
net = nn.HybridSequential()
net.add(nn.Dense(4, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier())
x = np.random.uniform(size=(3, 5))
y = np.array([0, 1, 1])
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
for hyb in (False, True):
    if hyb:
        net.hybridize()
    with autograd.record():
        out = net(x)
        loss = loss_fn(out, y)
    loss.backward()
    trainer.step(3)
    print(type(out).__name__, type(loss).__name__, out.shape, loss.dtype, onp.round(out.asnumpy(), 4), onp.round(loss.asnumpy(), 4))
    print(type(net[0].weight.data()).__name__, onp.round(net[0].weight.data()[0].asnumpy(), 4))
print(type(np.mean(loss)).__name__, np.mean(loss).shape, round(loss.mean().item(), 4))
p = npx.softmax(out)
print(onp.round(p.asnumpy(), 4), repr(np.argmax(p, axis=1)), repr((np.argmax(p, axis=1) == y.astype("int64")).sum()))
