"""An executor's unary elementwise op that MXNet's memory planner runs in place (nothing else reads its input;
with gradients, only when its backward needs its output or nothing) leaves its output in the input's oneDNN
channel blocks, which the next BatchNorm's arithmetic shows; other cases give a plain array."""
import hashlib

import mxnet as mx
import numpy as np


def digest(a):
    raw = a.asnumpy().tobytes()
    return raw[:8].hex() + ' ' + hashlib.sha1(raw).hexdigest()[:16]


data = mx.sym.Variable('data')
unary = {'relu': mx.sym.relu, 'sigmoid': mx.sym.sigmoid, 'exp': mx.sym.exp, 'abs': mx.sym.abs,
         'square': mx.sym.square, 'x * 1.5': lambda s: s * 1.5, 'BlockGrad': mx.sym.BlockGrad,
         'Dropout': lambda s: mx.sym.Dropout(s, p=0.5),
         'clip': lambda s: mx.sym.clip(s, 0.1, 0.4)}
for label, op in unary.items():
    for read_twice in [False, True] if label != 'Dropout' else [False]:
        conv = mx.sym.Convolution(data, num_filter=16, kernel=(3, 3), pad=(1, 1), name='c1')
        out = mx.sym.BatchNorm(op(conv), fix_gamma=False, name='bn1')
        if read_twice:
            out = out + conv
        rs = np.random.RandomState(len(label))
        arg_shapes, _, aux_shapes = out.infer_shape(data=(3, 3, 8, 8))
        args = {n: mx.nd.array(rs.uniform(0.1, 0.5, s)) for n, s in zip(out.list_arguments(), arg_shapes)}
        aux = {n: mx.nd.array(rs.uniform(0.5, 1.5, s)) for n, s in zip(out.list_auxiliary_states(), aux_shapes)}
        for grads in [False, True]:
            gradients = {n: mx.nd.zeros(a.shape) for n, a in args.items()} if grads else None
            ex = out.bind(mx.cpu(), args, args_grad=gradients, aux_states=aux)
            shown = ['read twice' if read_twice else 'read once', 'gradients' if grads else 'inference']
            print(label, *shown, digest(ex.forward(is_train=False)[0]))

# a hybridized block's graph recorded for gradients runs relu/exp in place too (inference and abs: plain)


class ConvUnaryNorm(mx.gluon.HybridBlock):
    def __init__(self, unary_name, **kwargs):
        super().__init__(**kwargs)
        self.unary_name = unary_name
        self.conv = mx.gluon.nn.Conv2D(16, 3, padding=1, in_channels=3)
        self.norm = mx.gluon.nn.BatchNorm(in_channels=16)

    def hybrid_forward(self, F, x):
        return self.norm(getattr(F, self.unary_name)(self.conv(x)))


x = mx.nd.array(np.random.RandomState(0).uniform(-1, 1, (3, 3, 8, 8)))
for unary_name in ['relu', 'exp', 'abs']:
    for hybridize in [False, True]:
        net = ConvUnaryNorm(unary_name)
        net.initialize(mx.init.Constant(0.02))
        net.conv.weight.set_data(mx.nd.array(np.random.RandomState(1).uniform(-0.3, 0.3, (16, 3, 3, 3))))
        if hybridize:
            net.hybridize(static_alloc=True)
        with mx.autograd.record():
            out = net(x)
        out.backward()
        print(unary_name, 'hybridized' if hybridize else 'imperative', digest(out), digest(net.conv.weight.grad()))
