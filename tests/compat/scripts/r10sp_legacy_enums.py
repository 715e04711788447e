"""Enumerated and kernel-rank attributes of legacy operators, refused alike in nd calls and at symbol creation."""
import mxnet as mx
import numpy as np

x = mx.nd.ones((1, 2, 4, 4))
s = mx.sym.var('x')


def show(label, make):
    try:
        r = make()
        print(label, r.shape if isinstance(r, mx.nd.NDArray) else r)
    except mx.base.MXNetError as e:
        lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
        print(label, 'MXNetError:', lines[0].replace('MXNetError: ', '').split(', in operator')[0])


cases = [('Activation', dict(act_type='bogus')), ('LeakyReLU', dict(act_type='bogus')),
         ('Pooling', dict(kernel=(2, 2), pool_type='bogus')), ('Pooling', dict(kernel=(2, 2), pooling_convention='x')),
         ('Pooling', dict(kernel=(2, 2), layout='bogus')), ('Pooling_v1', dict(kernel=(2, 2), pool_type='lp')),
         ('Pooling_v1', dict(kernel=(2, 2), pooling_convention='same')), ('Dropout', dict(mode='bogus')),
         ('topk', dict(ret_typ='bogus')), ('L2Normalization', dict(mode='bogus')),
         ('SoftmaxActivation', dict(mode='bogus')), ('softmax', dict(dtype='int32')),
         ('log_softmax', dict(dtype='uint8')), ('softmin', dict(dtype='float16')),
         ('Pooling', dict(kernel=(1, 1, 1, 1))), ('Pooling', dict(kernel=(1, 1, 1, 1), global_pool=True)),
         ('Pooling', dict()), ('Pooling', dict(global_pool=True)), ('Pooling_v1', dict(kernel=(1, 1, 1, 1, 1))),
         ('Pooling_v1', dict()), ('Pooling_v1', dict(global_pool=True))]
for op, kwargs in cases:
    show('nd.%s %s' % (op, sorted(kwargs.items())), lambda: getattr(mx.nd, op)(x, **kwargs))
    show('sym.%s %s' % (op, sorted(kwargs.items())), lambda: getattr(mx.sym, op)(s, **kwargs).name)
show('nd.softmax dtype=np.float16', lambda: mx.nd.softmax(x, dtype=np.float16).dtype.__name__)
show('sym.softmax dtype=np.float64', lambda: mx.sym.softmax(s, dtype=np.float64).list_attr())
show('nd.ROIPooling without spatial_scale', lambda: mx.nd.ROIPooling(x, mx.nd.array([[0, 0, 0, 1, 1]]),
                                                                     pooled_size=(1, 1)))
show('nd.col2im without output_size', lambda: mx.nd.col2im(mx.nd.ones((1, 8, 9)), kernel=(2, 2)))
