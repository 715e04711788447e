"""A Dropout whose output is a graph head (or an imperative head) back-propagates through its mask."""
import mxnet as mx
import numpy as np

d = mx.sym.Variable('data')
graphs = {
    'head': mx.sym.Dropout(d, p=0.2),
    'head_axes': mx.sym.Dropout(d, p=0.5, axes=(0,)),
    'head_always': mx.sym.Dropout(d, p=0.3, mode='always'),
    'transposed_head': mx.sym.Dropout(mx.sym.transpose(d), p=0.2),
    'concat_head': mx.sym.Dropout(mx.sym.concat(d, d * 2, dim=0), p=0.4),
    'group_heads': mx.sym.Group([mx.sym.Dropout(d, p=0.2, name='a'), mx.sym.Dropout(d * 3, p=0.6, name='b')]),
    'inner': mx.sym.Dropout(d, p=0.2) * 1,
}
for name, s in graphs.items():
    for req in ('write', 'add'):
        mx.random.seed(3)
        ex = s.simple_bind(mx.cpu(), grad_req=req, data=(3, 4))
        ex.arg_dict['data'][:] = np.arange(12).reshape(3, 4) + 1
        outs = ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) * (i + 1) for i, o in enumerate(outs)])
        print(name, req, [o.asnumpy().tolist() for o in outs])
        print('  grad', ex.grad_dict['data'].asnumpy().tolist())

mx.random.seed(3)
x = mx.nd.arange(8).reshape((2, 4)) + 1
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.Dropout(x, p=0.5)
y.backward()
print('imperative', y.asnumpy().tolist(), x.grad.asnumpy().tolist())
