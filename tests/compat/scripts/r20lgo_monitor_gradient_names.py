"""The names an executor's monitor gives gradients in backward: MXNet's legacy operators (split, Crop, Pad,
SequenceMask, InstanceNorm, SVMOutput, the samplers...) name each input's gradient after the input, the others
number them; an output gradient a backward reads that nobody gave (max Pooling's workspace, an unused split
output) is made as zeros_without_dtype first; and mx.mon.Monitor's statistics of them in a Module's fit."""
import logging
import sys

import numpy as np
import mxnet as mx
from mxnet import nd

S = mx.sym
x, y = S.var('x'), S.var('y')
D4 = (2, 2, 4, 4)
cases = [
    ('split', S.split(x, num_outputs=2, axis=1, name='op'), {'x': (2, 4)}),
    ('SwapAxis', S.SwapAxis(x, dim1=0, dim2=1, name='op'), {'x': (2, 3)}),
    ('Crop', S.Crop(x, h_w=(2, 2), name='op'), {'x': D4}),
    ('Crop two', S.Crop(x, y, num_args=2, name='op'), {'x': D4, 'y': (2, 2, 2, 2)}),
    ('Pad', S.Pad(x, mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1), name='op'), {'x': D4}),
    ('L2Normalization', S.L2Normalization(x, name='op'), {'x': (2, 3)}),
    ('InstanceNorm', S.InstanceNorm(x, name='op'), {'x': D4}),
    ('SequenceReverse', S.SequenceReverse(x, name='op'), {'x': (3, 2, 2)}),
    ('SequenceMask lengths', S.SequenceMask(x, y, use_sequence_length=True, name='op'), {'x': (3, 2, 2), 'y': (2,)}),
    ('SVMOutput', S.SVMOutput(x, name='op'), {'x': (2, 3)}),
    ('IdentityAttachKLSparseReg', S.IdentityAttachKLSparseReg(x, name='op'), {'x': (2, 3)}),
    ('GridGenerator', S.GridGenerator(x, transform_type='affine', target_shape=(2, 2), name='op'), {'x': (1, 6)}),
    ('BilinearSampler', S.BilinearSampler(x, y, name='op'), {'x': D4, 'y': (2, 2, 3, 3)}),
    ('MakeLoss', S.MakeLoss(x, name='op'), {'x': (2, 3)}),
    ('LRN', S.LRN(x, nsize=3, name='op'), {'x': D4}),
    ('UpSampling', S.UpSampling(x, scale=2, sample_type='nearest', name='op'), {'x': D4}),
    ('FullyConnected', S.FullyConnected(x, num_hidden=2, name='op'), {'x': (2, 3)}),
    ('BatchNorm', S.BatchNorm(x, name='op'), {'x': D4}),
    ('SoftmaxOutput', S.SoftmaxOutput(x, name='op'), {'x': (2, 3)}),
    ('Concat', S.Concat(x, x, dim=1, name='op'), {'x': (2, 3)}),
    ('Pooling max', S.Pooling(x, kernel=(2, 2), name='op'), {'x': D4}),
    ('Pooling max 1-d', S.Pooling(x, kernel=(2,), pool_type='max', name='op'), {'x': (2, 2, 4)}),
    ('Pooling avg', S.Pooling(x, kernel=(2, 2), pool_type='avg', name='op'), {'x': D4}),
    ('Pooling max NHWC', S.Pooling(x, kernel=(2, 2), layout='NHWC', name='op'), {'x': (2, 4, 4, 2)}),
    ('split first of three', S.split(x, num_outputs=3, axis=1, name='op')[0] * 2, {'x': (2, 3)}),
    ('split middle of three', S.exp(S.split(x, num_outputs=3, axis=1, name='op')[1], name='e'), {'x': (2, 3)}),
]
for label, net, shapes in cases:
    ex = net.simple_bind(mx.cpu(), **shapes)
    for name, a in ex.arg_dict.items():
        a[:] = nd.array(np.linspace(0.1, 0.9, a.size).reshape(a.shape))
    if 'y' in ex.arg_dict and label.startswith('SequenceMask'):
        ex.arg_dict['y'][:] = nd.array([1, 3])
    seen = []
    ex.set_monitor_callback(lambda name, _: seen.append(name.decode() if isinstance(name, bytes) else name))
    ex.forward(is_train=True)
    del seen[:]
    ex.backward([nd.ones(o.shape) for o in ex.outputs])
    print(label, seen)

logging.basicConfig(level=logging.INFO, format='LOG %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())
data = S.var('data')
parts = S.split(data, num_outputs=2, axis=1, name='sp')
net = S.SoftmaxOutput(S.FullyConnected(S.Concat(parts[0], parts[1] * 2, dim=1, name='cat'), num_hidden=3, name='fc'),
                      name='softmax')
mod = mx.mod.Module(net)
it = mx.io.NDArrayIter(np.sin(np.arange(32)).reshape(8, 4).astype('float32'), np.arange(8) % 3, batch_size=4)
mon = mx.mon.Monitor(1, stat_func=lambda a: nd.array([a.shape[-1]]), pattern='.*backward.*', sort=True)
mod.fit(it, num_epoch=1, monitor=mon, initializer=mx.init.Constant(0.1), eval_metric=mx.metric.Loss())
