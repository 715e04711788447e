"""What an executor's monitor sees of zero gradients in backward: BlockGrad, rounding, comparisons, argmax, topk's
indices, where's condition give zeros_like nodes (<node>_backward, <node>_in<k>_backward, <node>_cond_backward)
that a sum of gradients drops, keeping one when all are zero. (Only the names are shown: MXNet leaves the buffer
of a gradient nobody reads unwritten.)"""
import numpy as np
import mxnet as mx
from mxnet import nd

S = mx.sym
x, y = S.var('x'), S.var('y')


def mul(a, b):
    return S.elemwise_mul(a, b, name='m')


def twice(a):
    return S._internal._mul_scalar(a, scalar=2, name='ms')


cases = [
    ('BlockGrad times x', mul(S.BlockGrad(x, name='op'), x)),
    ('BlockGrad alone', S.BlockGrad(x, name='op') + 1),
    ('two BlockGrads', S.BlockGrad(x, name='op') + S.BlockGrad(x, name='op2')),
    ('BlockGrad of a sum', S.BlockGrad(x + y, name='op')),
    ('stop_gradient', mul(S.stop_gradient(x, name='op'), y)),
    ('floor times floor', mul(S.floor(x, name='op'), S.floor(x, name='op2'))),
    ('sign plus x', S.sign(x, name='op') + x),
    ('round', S.round(x, name='op')),
    ('fix plus x', S.fix(x, name='op') + x),
    ('zeros_like plus x', S.zeros_like(x, name='op') + x),
    ('ones_like times x', mul(S.ones_like(x, name='op'), x)),
    ('logical_not', mul(S.logical_not(x, name='op'), x)),
    ('x > y times x', mul(S.broadcast_greater(x, y, name='op'), x)),
    ('x == y plus x', S.broadcast_equal(x, y, name='op') + x),
    ('_lesser times y', mul(S._internal._lesser(x, y, name='op'), y)),
    ('greater of a sum', S.broadcast_greater(x + y, y, name='op')),
    ('x > 0.2 times x', mul(S._internal._greater_scalar(x, scalar=0.2, name='op'), x)),
    ('argmax', S.argmax(x, axis=1, name='op')),
    ('shape_array', S.shape_array(x, name='op')),
    ('topk indices', twice(S.topk(x, k=1, name='op'))),
    ('topk values', twice(S.topk(x, k=1, ret_typ='value', name='op'))),
    ('topk mask', twice(S.topk(x, k=1, ret_typ='mask', name='op'))),
    ('where', S.where(x > 0, x, y, name='op')),
    ('where on y', S.where(y, x, twice(x), name='op')),
    ('where on a sum', S.where(x + y, x, y, name='op')),
    ('exp of BlockGrad', S.exp(S.BlockGrad(x, name='op'), name='e') + x),
    ('add_n with BlockGrad', S.add_n(S.BlockGrad(x, name='op'), y, x, name='an')),
]
for label, net in cases:
    ex = net.simple_bind(mx.cpu(), **{n: (2, 3) for n in net.list_arguments()})
    for a in ex.arg_dict.values():
        a[:] = nd.array(np.linspace(-0.9, 0.8, a.size).reshape(a.shape))
    seen = []

    ex.set_monitor_callback(lambda name, _: seen.append(name.decode() if isinstance(name, bytes) else name))
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([nd.ones(o.shape) for o in ex.outputs])
    print(label, seen)
    print('  grads', {n: g.asnumpy().astype('float64').round(4).ravel().tolist() for n, g in ex.grad_dict.items()})
