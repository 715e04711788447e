# Symbol inference corners: attribute order of RNN/creation ops, stack with unknown inputs, FullyConnected
# on unknown feature sizes, -1 as an unknown dimension, dtype rules (backward from outputs, first-input ops,
# float32-only legacy ops, ops needing their data dtype) and BatchNorm on integer data.
import warnings
import mxnet as mx

warnings.simplefilter('ignore')
a, b, c, x, y = [mx.sym.var(n) for n in 'abcxy']


def show(tag, f):
    try:
        print(tag, f())
    except Exception as e:
        print(tag, 'ERR', type(e).__name__)


I = mx.sym._internal
show('rnn', lambda: mx.sym.RNN(x, state_size=4, num_layers=1, mode='rnn_tanh', bidirectional=True).list_attr())
show('zeros', lambda: I._zeros(shape=(2,), dtype='int32', ctx='cpu(0)').list_attr())
show('full', lambda: I._full(value=2.0, dtype='int32', shape=(2,), ctx='cpu(0)').list_attr())
show('eye', lambda: I._eye(N=3, M=2, k=1, dtype='int32', ctx='cpu(0)').list_attr())
show('arange', lambda: I._arange(start=1, stop=5, step=1.0, repeat=1, infer_range=False, dtype='int32',
                                 ctx='cpu(0)').list_attr())
show('isint', lambda: I._plus_scalar(x, scalar=2, is_int=False).list_attr())
show('bipartite', lambda: mx.sym.contrib.bipartite_matching(x, threshold=0.5, is_ascend=True, topk=2).list_attr())
for kw in [dict(x=(2, 3)), dict(x=(2, 0), y=(0, 3)), dict(y=(2, 3)), dict(x=(2, 3), y=(2, 4)), dict(x=(2, 0))]:
    for ax in [0, -1]:
        show(f'stack {kw} {ax}', lambda: mx.sym.stack(x, y, axis=ax).infer_shape_partial(**kw))
show('stack ax3', lambda: mx.sym.stack(x, y, axis=3).infer_shape_partial(x=(2, 3)))
for fl in [True, False]:
    fc = mx.sym.FullyConnected(x, num_hidden=3, flatten=fl, name='fc')
    for shp in [(2, 0), (0, 5), (2, 3, 0), (2, -1), (2, -5)]:
        show(f'fc {fl} {shp}', lambda: fc.infer_shape_partial(x=shp))
show('neg', lambda: (x * 2).infer_shape_partial(x=(2, -1)))
show('bn int', lambda: mx.sym.BatchNorm(x, name='bn').infer_type_partial(x='int32'))
show('bn bool', lambda: mx.sym.BatchNorm(x, name='bn').infer_type_partial(x='bool'))
show('bn label', lambda: mx.sym.SoftmaxOutput(mx.sym.BatchNorm(x, name='bn'), name='sm').infer_type_partial(
    sm_label='int32'))
ops = {
    'fc': lambda: mx.sym.FullyConnected(a, b, c, num_hidden=2, name='o'),
    'conv': lambda: mx.sym.Convolution(a, b, c, kernel=(1, 1), num_filter=2, name='o'),
    'deconv': lambda: mx.sym.Deconvolution(a, b, c, kernel=(1, 1), num_filter=2, no_bias=False, name='o'),
    'sm': lambda: mx.sym.SoftmaxOutput(a, b, name='o'),
    'svm': lambda: mx.sym.SVMOutput(a, b, name='o'),
    'inorm': lambda: mx.sym.InstanceNorm(a, b, c, name='o'),
    'crop': lambda: mx.sym.Crop(a, b, num_args=2, name='o'),
    'ctc': lambda: mx.sym.CTCLoss(a, b, name='o'),
    'up': lambda: mx.sym.UpSampling(a, b, scale=2, sample_type='nearest', num_args=2, name='o'),
    'bil': lambda: mx.sym.BilinearSampler(a, b, name='o'),
    'sce': lambda: mx.sym.softmax_cross_entropy(a, b, name='o'),
    'slen': lambda: mx.sym.softmax(a, b, use_length=True, name='o'),
    'where': lambda: mx.sym.where(a, b, c, name='o'),
    'badd': lambda: mx.sym.broadcast_add(a, b, name='o'),
    'prelu': lambda: mx.sym.LeakyReLU(a, b, act_type='prelu', name='o'),
}
for name, f in ops.items():
    s = f()
    show(f'{name} none', lambda: s.infer_type_partial())
    for arg in s.list_arguments():
        show(f'{name} {arg}', lambda: s.infer_type_partial(**{arg: 'float16'}))
    show(f'{name} out', lambda: (s[0] + y).infer_type_partial(y='float16'))
for lay, shp in [('NHWC', (1, 5, 6, 4)), ('NDHWC', (1, 5, 5, 5, 4)), ('NCHW', (1, 4, 5, 6))]:
    k = (3,) * (len(shp) - 2)
    cv = mx.sym.Convolution(x, kernel=k, num_filter=2, layout=lay, name='c', stride=(2,) * len(k), pad=(1,) * len(k))
    show(f'conv {lay}', lambda: cv.infer_shape(x=shp))
    show(f'conv {lay} w', lambda: cv.infer_shape_partial(c_weight=(2,) + k + (4,)))
for ng, f, ch in [(3, 4, 6), (2, 4, 5), (2, 4, 6)]:
    show(f'group {ng} {f} {ch}', lambda: mx.sym.Convolution(x, kernel=(3, 3), num_filter=f, num_group=ng,
                                                            name='c').infer_shape(x=(1, ch, 5, 5)))
dbl = x * 2
for tag, f in [('none kw', lambda: dbl.infer_shape(x=(2, None))), ('none pos', lambda: dbl.infer_shape((2, None))),
               ('big kw', lambda: dbl.infer_shape(x=(2, 2 ** 31))), ('big pos', lambda: dbl.infer_shape_partial((2, 2 ** 31))),
               ('float kw', lambda: dbl.infer_shape(x=(2.5, 3)))]:
    show(tag, f)
