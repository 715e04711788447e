# Gradient accumulation over micro-batches (grad_req add + zero_grad), global-norm clipping, allreduce_grads/update
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

np.random.seed(4)
mx.random.seed(4)
X = nd.array(np.random.randn(12, 6))
Y = nd.array(np.random.randn(12, 2))
net = nn.Dense(2, in_units=6)
net.initialize(mx.init.Normal(0.2))
for p in net.collect_params().values():
    p.grad_req = 'add'
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.05, 'momentum': 0.8},
                        update_on_kvstore=False)
loss_fn = gluon.loss.HuberLoss(rho=0.5)
for step in range(3):
    net.collect_params().zero_grad()
    for mb in range(3):
        xb, yb = X[mb * 4:(mb + 1) * 4], Y[mb * 4:(mb + 1) * 4]
        with autograd.record():
            l = loss_fn(net(xb), yb)
        l.backward()
    grads = [p.grad() for p in net.collect_params().values()]
    norm = gluon.utils.clip_global_norm(grads, max_norm=1.0)
    trainer.allreduce_grads()
    trainer.update(12)
    print(step, repr(norm), net.bias.data().asnumpy().tolist())
print(net.weight.data().asnumpy()[0].tolist())
arrays = [nd.array([3.0, 4.0]), nd.array([[12.0]])]
print(repr(gluon.utils.clip_global_norm(arrays, 6.5, check_isfinite=False).asscalar()),
      [a.asnumpy().tolist() for a in arrays])
nan_arrays = [nd.array([np.nan, 1.0])]
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = gluon.utils.clip_global_norm(nan_arrays, 1.0)
    print(repr(r), len(w) > 0)
net2 = nn.Dense(1, in_units=2)
net2.initialize(mx.init.One())
tr2 = gluon.Trainer(net2.collect_params(), 'sgd', {'learning_rate': 1.0})
with autograd.record():
    out = net2(nd.array([[1.0, 2.0]]))
out.backward()
tr2.set_learning_rate(0.25)
tr2.step(1)
print(net2.weight.data().asnumpy().tolist(), tr2.learning_rate)
try:
    tr2.step(1)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
tr2.step(1, ignore_stale_grad=True)
print(net2.weight.data().asnumpy().tolist())
