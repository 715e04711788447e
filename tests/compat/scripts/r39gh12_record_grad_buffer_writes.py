"""Writes into gradient buffers while recording: a Parameter's buffers and mark_variables' are in the graph and refused (zero_grad too, a ParameterDict's before any write), a variable's .grad is a free copy."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd


def t(name, f):
    try:
        r = f()
        print(name, r if not isinstance(r, nd.NDArray) else (r.shape, r.asnumpy().ravel()[:4]))
    except Exception as e:
        print(name, type(e).__name__, ':', str(e).replace('\n', ' | ')[-150:])


p = gluon.Parameter('w', shape=(2, 3))
p.initialize()
with autograd.record():
    t('set_data', lambda: p.set_data(nd.ones((2, 3))))
    a = nd.zeros((2,))
    t('assign_new_array', lambda: a.__setitem__(slice(None), 4))
    b = nd.ones((2,))
    b.attach_grad()
    t('assign_variable', lambda: b.__setitem__(slice(None), 4))
    t('assign_attached_grad', lambda: b.grad.__setitem__(slice(None), 4))
    r = gluon.Parameter('r', shape=(2,), grad_req='add')
    r.initialize()
    t('assign_param_grad', lambda: r.grad().__setitem__(slice(None), 4))
    t('assign_param_data', lambda: r.data().__setitem__(slice(None), 4))
    t('param_grad_out', lambda: nd.ones((2,), out=r.grad()))
    t('param_grad_after', lambda: r.grad())
t('assign_param_grad_outside', lambda: (r.grad().__setitem__(slice(None), 4), r.grad())[1])
v = nd.ones((3,))
g = nd.zeros((3,))
autograd.mark_variables([v], [g])
with autograd.record():
    t('assign_marked_buffer', lambda: g.__setitem__(0, 5))
    t('marked_buffer_after', lambda: g)
    t('assign_v_grad', lambda: v.grad.__setitem__(0, 7))
t('marked_buffer_outside', lambda: (g.__setitem__(1, 5), g)[1])

for ctxs in ([mx.cpu(0)], [mx.cpu(0), mx.cpu(1)]):
    net = gluon.nn.HybridSequential()
    with net.name_scope():
        net.add(gluon.nn.Dense(2, in_units=2), gluon.nn.Dense(2, in_units=2))
        net.add(gluon.nn.Embedding(3, 2, sparse_grad=True))
    net.initialize(ctx=ctxs)
    for prm in net.collect_params().values():
        for grad in prm.list_grad():
            if grad.stype == 'default':
                grad[:] = 3
    with autograd.record():
        t('%d ctx param_zero_grad' % len(ctxs), lambda: net[0].weight.zero_grad())
        t('%d ctx dict_zero_grad' % len(ctxs), lambda: net.collect_params().zero_grad())
        t('%d ctx sparse_zero_grad' % len(ctxs), lambda: net[2].weight.zero_grad())
    print(len(ctxs), 'ctx state', [(k, [grad.asnumpy().ravel()[:2].tolist() for grad in prm.list_grad()])
                                   for k, prm in net.collect_params().items()])
    net.collect_params().zero_grad()
    print(len(ctxs), 'ctx zeroed', [float(np.abs(grad.asnumpy()).sum()) for prm in net.collect_params().values()
                                    for grad in prm.list_grad()])
