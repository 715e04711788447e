"""A Deconvolution whose output has a size below -1 after an unknown one gives that shape on: its consumers refuse it in their own words (Convolution, Concat, Pooling's kernel check, UpSampling) or the shape pass refuses it when it ends, in no operator's words."""
import re

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except mx.base.MXNetError as e:
        print(label, ' | '.join(re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).strip().split('\n')))


x, y = mx.sym.var('x'), mx.sym.var('y')
for np_shape in (False, True):
    if np_shape:
        mx.npx.set_np()
    u = -1 if np_shape else 0
    d = mx.sym.Deconvolution(x, kernel=(2, 2), num_filter=4, pad=(2, 2), name='dc')
    d1 = mx.sym.Deconvolution(x, kernel=(2,), num_filter=4, pad=(2,), stride=(2,), name='dc1')
    nets = {'deconv': d, 'deconv1d': d1, 'relu': mx.sym.relu(d, name='r'),
            'conv': mx.sym.Convolution(d, kernel=(1, 1), num_filter=2, name='cv'),
            'pool': mx.sym.Pooling(d, kernel=(1, 1), name='pl'),
            'global_pool': mx.sym.Pooling(d, kernel=(1, 1), global_pool=True, name='pl'),
            'deconv2': mx.sym.Deconvolution(d, kernel=(1, 1), num_filter=2, name='dc2'),
            'concat': mx.sym.concat(d, d, dim=1, name='cc'),
            'dropout': mx.sym.Dropout(d, name='do'),
            'upsampling': mx.sym.UpSampling(d, scale=2, sample_type='nearest', name='up'),
            'later_node': mx.sym.Group([d, mx.sym.reshape(y, shape=(5,), name='rs')])}
    for name, net in nets.items():
        shapes = [(u, 4, 1)] if name == 'deconv1d' else [(2, 4, 1, u), (2, 4, u, 1), (u, 4, 1, 1), (2, u, u, 1)]
        for shape in shapes:
            show(f'{np_shape} {name} {shape}', lambda: net.infer_shape_partial(x=shape, **({'y': (2, 3)} if name == 'later_node' else {})))
    show(f'{np_shape} full', lambda: d.infer_shape(x=(2, 4, 3, 1)))
