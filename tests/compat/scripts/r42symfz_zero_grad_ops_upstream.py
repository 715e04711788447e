"""Behind floor/round/BlockGrad/comparisons that a layer (FC, Embedding, Convolution, take) reads, and the second input of broadcast_like/reshape_like, the layers before them still run their backward on zeros: signed zero gradients and BatchNorm's moving statistics, bound and recorded."""
import numpy as np
import mxnet as mx
from mxnet import autograd as ag

d = mx.sym.var('data')
v = mx.sym.var('v1')


def up(kind):
    x = d * v
    return {'bn': lambda: mx.sym.BatchNorm(x, name='bn'), 'drop': lambda: mx.sym.Dropout(x, p=0.5, mode='always'),
            'act': lambda: mx.sym.Activation(x, act_type='tanh'), 'plain': lambda: x}[kind]()


def zop(kind, x):
    return {'floor': x.floor, 'round': x.round, 'bg': lambda: mx.sym.BlockGrad(x), 'gt': lambda: x > 0,
            'sign': lambda: mx.sym.sign(x)}[kind]()


def down(kind, x):
    return {'fc': lambda: mx.sym.FullyConnected(x, num_hidden=2, name='fc'),
            'emb': lambda: mx.sym.Embedding(mx.sym.abs(x), input_dim=8, output_dim=2, name='emb'),
            'conv': lambda: mx.sym.Convolution(x.reshape((0, 1, 1, -1)), kernel=(1, 1), num_filter=2, name='cv'),
            'take': lambda: mx.sym.take(mx.sym.var('w2'), mx.sym.abs(x)), 'mul': lambda: x * 3,
            'sm': lambda: mx.sym.SoftmaxOutput(x, name='sm'),
            'bclike': lambda: mx.sym.broadcast_like(mx.sym.sum(x, axis=1, keepdims=True), x * 2),
            'rslike': lambda: mx.sym.reshape_like(x, x.reshape((4, 2)) * 2)}[kind]()


X = mx.nd.array([[-1.5, 2.5, -0.5, 3.0], [0.5, -2.0, 1.5, -1.0]])
print('bound: case, sign bits of the data gradient, moving statistics updated')
for u in ['bn', 'drop', 'act', 'plain']:
    for z in ['floor', 'round', 'bg', 'gt', 'sign']:
        for dn in ['fc', 'emb', 'conv', 'take', 'mul', 'sm', 'bclike', 'rslike']:
            try:
                s = down(dn, zop(z, up(u)))
                arg_shapes, _, aux_shapes = s.infer_shape(**{k: sh for k, sh in
                                                             [('data', (2, 4)), ('v1', (2, 4)), ('w2', (4, 2))]
                                                             if k in s.list_arguments()})
                args = {n: mx.nd.ones(sh) * 0.5 for n, sh in zip(s.list_arguments(), arg_shapes)}
                args['data'], args['v1'] = X, X
                if 'sm_label' in args:
                    args['sm_label'] = mx.nd.zeros((2,))
                aux = {n: mx.nd.ones(sh) for n, sh in zip(s.list_auxiliary_states(), aux_shapes)}
                ex = s.bind(mx.cpu(), args, args_grad={n: mx.nd.ones(a.shape) * 7 for n, a in args.items()},
                            aux_states=aux)
                ex.forward(is_train=True)
                ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
                g = ex.grad_dict['data'].asnumpy()
                print(u, z, dn, ''.join(str(int(b)) for b in np.signbit(g).ravel()), float(np.abs(g).sum()),
                      [k for k in sorted(aux) if (aux[k].asnumpy() != 1).any()])
            except mx.MXNetError as e:
                print(u, z, dn, 'error:', str(e).strip().splitlines()[-1])

print('recorded')
for u in ['bn', 'drop', 'plain']:
    for z in ['floor', 'bg', 'gt']:
        for dn in ['fc', 'emb', 'take', 'dot']:
            a, b = X.copy(), X.copy()
            a.attach_grad()
            gamma, beta, mm, mv = mx.nd.ones(4), mx.nd.zeros(4), mx.nd.zeros(4), mx.nd.ones(4)
            w = mx.nd.ones((2, 4)) * 0.5
            with ag.record():
                x = a * b
                x = {'bn': lambda: mx.nd.BatchNorm(x, gamma, beta, mm, mv), 'plain': lambda: x,
                     'drop': lambda: mx.nd.Dropout(x, p=0.5, mode='always')}[u]()
                x = {'floor': x.floor, 'bg': lambda: mx.nd.BlockGrad(x), 'gt': lambda: x > 0}[z]()
                y = {'fc': lambda: mx.nd.FullyConnected(x, w, no_bias=True, num_hidden=2),
                     'emb': lambda: mx.nd.Embedding(mx.nd.abs(x), w.T, input_dim=4, output_dim=2),
                     'take': lambda: mx.nd.take(w.T, mx.nd.abs(x)), 'dot': lambda: mx.nd.dot(x, w.T)}[dn]()
            y.backward()
            print(u, z, dn, ''.join(str(int(b)) for b in np.signbit(a.grad.asnumpy()).ravel()), mm.asnumpy().tolist())

print('second inputs of broadcast_like/reshape_like: zeros_like gradients, no backward run on them')
for name, rhs_of in [('bclike', lambda x: mx.sym.broadcast_like(mx.sym.argmax(x, axis=1, keepdims=True), x)),
                     ('rslike', lambda x: mx.sym.reshape_like(mx.sym.argmax(x, axis=1, keepdims=True), x.sum(axis=1) * x.sum(axis=1))),
                     ('bclike_sum', lambda x: mx.sym.broadcast_like(mx.sym.sum(x, axis=1, keepdims=True), x * 2))]:
    s = rhs_of(d * v)
    ex = s.bind(mx.cpu(), {'data': X, 'v1': X}, args_grad={'data': mx.nd.ones((2, 4)), 'v1': mx.nd.ones((2, 4))})
    ex.forward(is_train=True)
    ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
    print(name, [''.join(str(int(b)) for b in np.signbit(ex.grad_dict[k].asnumpy()).ravel()) for k in ('data', 'v1')],
          ex.grad_dict['data'].asnumpy().ravel().tolist())
