"""Layers and losses run their backward on the zeros a rounding op hands back (make_loss gives ones, a product's zero keeps its sign), a one-part split_v2 hands zeros on, in MXNet's executor."""
import mxnet as mx
import numpy as np


def r4(s):
    return mx.sym.reshape(s, shape=(1, 1, 2, 3))


LAYERS = [
    ('SequenceReverse', lambda y: mx.sym.SequenceReverse(y)),
    ('SequenceLast', lambda y: mx.sym.SequenceLast(y)),
    ('Deconvolution', lambda y: mx.sym.Deconvolution(r4(y), kernel=(1, 1), num_filter=1, no_bias=True, name='dc')),
    ('GroupNorm', lambda y: mx.sym.GroupNorm(mx.sym.reshape(y, shape=(1, 2, 3)), name='gn')),
    ('LRN', lambda y: mx.sym.LRN(mx.sym.reshape(y, shape=(1, 2, 3, 1)), nsize=1)),
    ('Crop', lambda y: mx.sym.Crop(r4(y), h_w=(1, 1))),
    ('MakeLoss', lambda y: mx.sym.MakeLoss(y)),
    ('make_loss', lambda y: mx.sym.make_loss(y)),
    ('IdentityAttachKLSparseReg', lambda y: mx.sym.IdentityAttachKLSparseReg(y)),
    ('BatchNorm_v1', lambda y: mx.sym.BatchNorm_v1(y, name='bn1')),
    ('SoftmaxOutput', lambda y: mx.sym.SoftmaxOutput(y, name='so')),
    ('LinearRegressionOutput', lambda y: mx.sym.LinearRegressionOutput(y, name='lro')),
    ('GridGenerator', lambda y: mx.sym.GridGenerator(mx.sym.reshape(y, shape=(1, 6)), transform_type='affine',
                                                     target_shape=(2, 2))),
    ('split_v2 one part', lambda y: mx.sym.split_v2(y, 1, axis=0)[0]),
    ('split_v2 two parts', lambda y: mx.sym.split_v2(y, 2, axis=0)[0]),
    ('elemwise_add', lambda y: mx.sym.elemwise_add(y, y)),
    ('add_n', lambda y: mx.sym.add_n(y, y)),
    ('FullyConnected', lambda y: mx.sym.FullyConnected(y, num_hidden=2, no_bias=True, name='fc')),
]

x = mx.sym.Variable('x')
w = mx.sym.Variable('w')
xv = np.array([[0.5, -0.25, 0.75], [-0.5, 0.125, 0.25]], 'float32')
for name, layer in LAYERS:
    z = mx.sym.round(mx.sym.sum(layer(x * w))) + mx.sym.Variable('c')
    exe = z.simple_bind(mx.cpu(), x=(2, 3), w=(2, 3), c=(1,))
    exe.arg_dict['x'][:] = xv
    exe.arg_dict['w'][:] = -1
    exe.forward(is_train=True)
    exe.backward([mx.nd.ones((1,))])
    print(name, [float(t).hex() for t in exe.grad_dict['x'].asnumpy().ravel()])
    print(' ', [line.split('Name=')[1] for line in exe.debug_str().split('\n') if line.startswith('Op:')][-4:])
