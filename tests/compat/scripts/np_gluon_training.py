"""A small Gluon network trained on mx.np arrays under npx.set_np(): outputs, losses, weights, np reductions."""
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
    print(type(out).__name__, repr(out), repr(loss))
    print(repr(net[0].weight.data()[0]))
print(repr(np.mean(loss)), loss.mean().item())
p = npx.softmax(out)
print(repr(p), repr(np.argmax(p, axis=1)), repr((np.argmax(p, axis=1) == y.astype("int64")).sum()))
