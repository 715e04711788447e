# Hyper-parameter grid search with a validation split: fresh seeds per trial, patience-based early stopping,
# best configuration retrained on all data
import itertools
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(230)
X = nd.random.uniform(-2, 2, shape=(48, 2))
y = (nd.sin(X[:, 0]) * X[:, 1]).reshape((-1, 1))
X_tr, y_tr, X_va, y_va = X[:36], y[:36], X[36:], y[36:]
loss_fn = gluon.loss.L2Loss()


def build(hidden):
    net = nn.Sequential()
    net.add(nn.Dense(hidden, activation='tanh'), nn.Dense(1))
    net.initialize(mx.init.Xavier())
    return net


def run_trial(hidden, lr, epochs=20, patience=3):
    mx.random.seed(1)
    net = build(hidden)
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': lr})
    best, bad, best_epoch = float('inf'), 0, -1
    for epoch in range(epochs):
        for start in range(0, 36, 12):
            with autograd.record():
                l = loss_fn(net(X_tr[start:start + 12]), y_tr[start:start + 12])
            l.backward()
            trainer.step(12)
        val = loss_fn(net(X_va), y_va).mean().asscalar()
        if val < best - 1e-4:
            best, bad, best_epoch = val, 0, epoch
        else:
            bad += 1
            if bad >= patience:
                break
    return best, best_epoch, epoch


results = {}
for hidden, lr in itertools.product((4, 16), (0.01, 0.1)):
    results[(hidden, lr)] = run_trial(hidden, lr)
    print(hidden, lr, repr(float(results[(hidden, lr)][0])), results[(hidden, lr)][1:])
best_cfg = min(results, key=lambda k: results[k][0])
print('best', best_cfg)
mx.random.seed(1)
final = build(best_cfg[0])
trainer = gluon.Trainer(final.collect_params(), 'adam', {'learning_rate': best_cfg[1]})
for epoch in range(results[best_cfg][1] + 1):
    with autograd.record():
        l = loss_fn(final(X), y)
    l.backward()
    trainer.step(48)
print(repr(l.mean().asscalar()), final(nd.array([[1.0, 1.0], [-1.0, 0.5]])).asnumpy().tolist())
