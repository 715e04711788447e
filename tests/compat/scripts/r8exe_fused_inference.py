"""An executor bound without gradients computes the groups MXNet's MKLDNN subgraph backend fuses as MXNet's fused
nodes: Convolution + BatchNorm folded into the convolution's weight and bias (its own rounding), on the moving
statistics even when forward says is_train=True; a fused elemwise_add summed into as oneDNN's sum post-op (which
depends on the kernel: filters not a multiple of 16 start from the addend); FullyConnected + exp with oneDNN's exp.
With gradients: apart."""
import hashlib

import mxnet as mx
import numpy as np


def arrays(sym, shapes, seed):
    rs = np.random.RandomState(seed)
    arg_shapes, _, aux_shapes = sym.infer_shape(**shapes)
    args = {n: mx.nd.array(rs.uniform(-1, 1, s)) for n, s in zip(sym.list_arguments(), arg_shapes)}
    aux = {n: mx.nd.array(rs.uniform(0.001, 1.5, s)) for n, s in zip(sym.list_auxiliary_states(), aux_shapes)}
    return args, aux


def bits(a):
    """The array's first bytes and a digest of all of them (every bit compared, in a short line)."""
    raw = a.asnumpy().tobytes()
    return raw[:16].hex() + ' sha1:' + hashlib.sha1(raw).hexdigest()


x = mx.sym.Variable('x')
cases = [
    ('fix_gamma', dict(num_filter=16, kernel=(3, 3), pad=(1, 1)), dict(), (2, 3, 6, 6)),
    ('gamma eps=1e-5', dict(num_filter=8, kernel=(3, 3), pad=(1, 1)), dict(fix_gamma=False, eps=1e-5), (2, 3, 6, 6)),
    ('no_bias eps=0.1', dict(num_filter=16, kernel=(1, 1), no_bias=True), dict(fix_gamma=False, eps=0.1), (2, 5, 4, 4)),
    ('strided 32', dict(num_filter=32, kernel=(3, 3), stride=(2, 2)), dict(fix_gamma=False), (1, 4, 7, 7)),
    ('3-D', dict(num_filter=8, kernel=(2, 2, 2)), dict(fix_gamma=False), (2, 2, 3, 3, 3)),
]
for seed, (label, conv, bn, shape) in enumerate(cases):
    c = mx.sym.Convolution(x, name='c', **conv)
    sym = mx.sym.Activation(mx.sym.BatchNorm(c, name='bn', **bn), act_type='relu', name='r')
    args, aux = arrays(sym, {'x': shape}, seed)
    inference = sym.bind(mx.cpu(), args, aux_states=aux, grad_req='null')
    print(label, 'inference', bits(inference.forward()[0]))
    print(label, 'is_train=True', bits(inference.forward(is_train=True)[0]))
    print(label, 'moving mean after', bits(inference.aux_dict['bn_moving_mean']))
    grads = {n: mx.nd.zeros(a.shape) for n, a in args.items()}
    training = sym.bind(mx.cpu(), args, args_grad=grads, aux_states=aux)
    print(label, 'with gradients', bits(training.forward()[0]))

# Convolution (+ BatchNorm) + elemwise_add: the sum rounds per the kernel oneDNN picks (direct, im2col gemm, 1 filter)
h = mx.sym.Variable('h')
for filters, channels, kernel, pad in [(8, 3, 3, 1), (24, 8, 3, 1), (4, 3, 3, 1), (1, 4, 1, 0), (12, 5, 1, 0),
                                       (4, 64, 3, 1), (16, 3, 3, 1)]:
    for variant in ['conv + h', 'h + bn(conv) -> relu']:
        c = mx.sym.Convolution(x, num_filter=filters, kernel=(kernel, kernel), pad=(pad, pad), name='c')
        if 'bn' in variant:
            sym = mx.sym.relu(h + mx.sym.BatchNorm(c, fix_gamma=False, name='bn'))
        else:
            sym = c + h
        out_shape = c.infer_shape(x=(2, channels, 6, 6))[1][0]
        args, aux = arrays(sym, {'x': (2, channels, 6, 6), 'h': out_shape}, filters + channels)
        fused = sym.bind(mx.cpu(), args, aux_states=aux, grad_req='null')
        print(filters, channels, kernel, variant, bits(fused.forward()[0]))

# a small residual net bound for inference in a Module: predict and score
data = mx.sym.Variable('data')
h = mx.sym.Activation(mx.sym.BatchNorm(mx.sym.Convolution(data, num_filter=16, kernel=(3, 3), pad=(1, 1), name='c1'),
                                       fix_gamma=False, name='bn1'), act_type='relu', name='r1')
h2 = mx.sym.BatchNorm(mx.sym.Convolution(h, num_filter=16, kernel=(3, 3), pad=(1, 1), no_bias=True, name='c2'),
                      eps=2e-5, name='bn2')
h = mx.sym.Activation(h2 + h, act_type='relu', name='r2')
h = mx.sym.Pooling(h, kernel=(2, 2), stride=(2, 2), pool_type='avg', name='pool')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.flatten(h), num_hidden=5, name='fc'), name='softmax')
params, aux = arrays(net, {'data': (3, 3, 8, 8), 'softmax_label': (3,)}, 7)
X = params.pop('data').asnumpy()
params.pop('softmax_label')
params = {n: a * 0.3 for n, a in params.items()}
it = mx.io.NDArrayIter(np.concatenate([X, -X]), np.arange(6) % 5, batch_size=3)
mod = mx.mod.Module(net)
mod.bind(it.provide_data, it.provide_label, for_training=False)
mod.set_params(params, aux)
print('predict', bits(mod.predict(it)))
print('score', mod.score(it, ['acc', 'ce']))

# a FullyConnected followed by exp: the fused node takes oneDNN's vector exp (the lone exp op the C library's)
fc = mx.sym.FullyConnected(x, num_hidden=24, name='fc')
for label, sym in [('fc+exp', mx.sym.exp(fc)), ('fc+relu+exp', mx.sym.exp(mx.sym.relu(fc))),
                   ('fc read twice: not fused', mx.sym.Group([mx.sym.exp(fc), fc * 2]))]:
    args, _ = arrays(sym, {'x': (4, 37)}, 11)
    args['x'] *= 3
    grads = {n: mx.nd.zeros(a.shape) for n, a in args.items()}
    print(label, 'inference', bits(sym.bind(mx.cpu(), args, grad_req='null').forward()[0]))
    print(label, 'with gradients', bits(sym.bind(mx.cpu(), args, args_grad=grads).forward()[0]))

# BatchNorm with fix_gamma reads ones; an executor with gradients writes them into gamma, one without leaves it
for dtype in ['float32', 'float64']:
    for grads in [False, True]:
        gamma = mx.nd.array([2, 3, 4, 5], dtype=dtype)
        args = {'x': mx.nd.array(np.arange(12).reshape(3, 4) / 7, dtype=dtype), 'bn_gamma': gamma,
                'bn_beta': mx.nd.zeros(4, dtype=dtype)}
        aux = {'bn_moving_mean': mx.nd.zeros(4, dtype=dtype), 'bn_moving_var': mx.nd.ones(4, dtype=dtype)}
        gradients = {n: mx.nd.zeros(a.shape, dtype=dtype) for n, a in args.items()} if grads else None
        ex = mx.sym.BatchNorm(x, name='bn').bind(mx.cpu(), args, args_grad=gradients, aux_states=aux)
        for is_train in [False, True]:
            out = ex.forward(is_train=is_train)[0]
            print(dtype, 'gradients' if grads else 'inference', is_train, gamma.asnumpy().tolist(), bits(out)[:40])

# a fused activation after a convolution oneDNN runs by its im2col gemm (filters not a multiple of 8 here) is the
# reference kernel's scalar arithmetic: relu gives -0.0 for negatives, tanh/sigmoid/softrelu the C library's
for filters in [20, 4, 16]:
    for act in ['relu', 'tanh', 'sigmoid', 'softrelu', 'leaky']:
        c = mx.sym.Convolution(x, num_filter=filters, kernel=(3, 3), pad=(1, 1), name='c')
        sym = mx.sym.LeakyReLU(c, slope=0.1) if act == 'leaky' else mx.sym.Activation(c, act_type=act)
        args, _ = arrays(sym, {'x': (2, 3, 6, 6)}, filters)
        print(filters, act, bits(sym.bind(mx.cpu(), args, grad_req='null').forward()[0]))
