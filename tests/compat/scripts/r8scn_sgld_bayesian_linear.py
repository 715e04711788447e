# Bayesian linear regression sampled with SGLD through mx.optimizer.get_updater on raw NDArrays; posterior stats
import mxnet as mx
from mxnet import nd, autograd

mx.random.seed(19)
N = 20
X = nd.random.uniform(-1, 1, shape=(N, 2))
w_true = nd.array([[2.0], [-1.0]])
y = nd.dot(X, w_true) + 0.3 * nd.random.normal(shape=(N, 1))
w = nd.zeros((2, 1))
b = nd.zeros((1,))
params = [w, b]
for p in params:
    p.attach_grad()
opt = mx.optimizer.create('sgld', learning_rate=0.01, rescale_grad=1.0, wd=0.1)
print(type(opt).__name__, opt.lr, opt.wd)
updater = mx.optimizer.get_updater(opt)
samples = []
for it in range(40):
    with autograd.record():
        resid = nd.dot(X, w) + b - y
        nll = 0.5 * (resid ** 2).sum() / 0.09
    nll.backward()
    for i, p in enumerate(params):
        updater(i, p.grad, p)
    if it >= 20:
        samples.append(w.copy())
    if it % 8 == 0:
        print(it, repr(nll.asscalar()), w.asnumpy().ravel().tolist(), b.asnumpy().tolist())
stacked = nd.stack(*samples)
print(stacked.shape, stacked.mean(axis=0).asnumpy().ravel().tolist())
print(nd.sqrt(((stacked - stacked.mean(axis=0)) ** 2).mean(axis=0)).asnumpy().ravel().tolist())
print(sorted(updater.states.keys()), updater.states[0])
blob = updater.get_states(dump_optimizer=False)
fresh = mx.optimizer.get_updater(mx.optimizer.SGLD(learning_rate=0.01))
fresh.set_states(blob)
print(sorted(fresh.states.keys()))
sgd = mx.optimizer.SGD(learning_rate=0.1, momentum=0.5, lr_scheduler=mx.lr_scheduler.FactorScheduler(3, 0.5))
up = mx.optimizer.get_updater(sgd)
v = nd.ones((3,))
for i in range(7):
    up(0, nd.array([1.0, -2.0, 0.5]), v)
print(v.asnumpy().tolist(), sgd.num_update, repr(sgd.learning_rate))
