# Where a graph's type and shape checks fail, as the error names it: per operator, per rank, dtype or shape.
# recorded on AVX2
import re
import mxnet as mx


def show(label, f):
    try:
        r = f()
        print(label, 'OK', r)
    except Exception as e:
        print(label, type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\]', '[T]', str(e).split('Arguments:\n')[-1]))


v = mx.sym.var
h = lambda n: v(n, dtype='float16')
o = mx.nd.ones
typed = [('conv', mx.sym.Convolution(v('data'), h('w'), kernel=(3, 3), num_filter=4, no_bias=True, name='op')),
         ('deconv', mx.sym.Deconvolution(v('data'), weight=h('w'), kernel=(3, 3), num_filter=4, no_bias=True, name='op')),
         ('softmaxout', mx.sym.SoftmaxOutput(v('data'), h('label'), name='op')),
         ('svm', mx.sym.SVMOutput(v('data'), h('label'), name='op')),
         ('upsample', mx.sym.UpSampling(v('data'), h('w'), scale=2, sample_type='bilinear', num_filter=3, name='op')),
         ('fc', mx.sym.FullyConnected(v('data'), h('w'), num_hidden=4, no_bias=True, name='op')),
         ('bn', mx.sym.BatchNorm(v('data'), h('g'), name='op')),
         ('add', mx.sym.elemwise_add(v('data'), h('b'), name='op')),
         ('mul', mx.sym.broadcast_mul(v('data'), h('b'), name='op')),
         ('addn', mx.sym.add_n(v('data'), h('b'), name='op')),
         ('stack', mx.sym.stack(v('data'), h('b'), name='op')),
         ('plus', mx.sym.relu(v('data')) + h('b'))]
for label, s in typed:
    show(label + ' infer_type', lambda: s.infer_type(data='float32'))
for label, (a, b) in [('add', ((2, 3), (4, 5))), ('addn', ((2, 3), (3, 2)))]:
    s = mx.sym.elemwise_add(v('a'), v('b'), name='op') if label == 'add' else mx.sym.add_n(v('a'), v('b'), name='op')
    show(label + ' shapes', lambda: s.infer_shape(a=a, b=b))
show('nd svm', lambda: mx.nd.SVMOutput(o((2, 3)), o(2, dtype='float16')))
show('nd deconv', lambda: mx.nd.Deconvolution(o((1, 3, 5, 5)), o((3, 4, 3, 3), dtype='float16'), kernel=(3, 3),
                                              num_filter=4, no_bias=True))
show('nd add', lambda: mx.nd.elemwise_add(o(2), o(2, dtype='float16')))
show('nd add shapes', lambda: mx.nd.elemwise_add(o(2), o(3)))
for b in [(1, 1, 3, 4), (1, 1, 4, 3)]:
    u = mx.sym.UpSampling(v('a'), v('b'), scale=2, sample_type='nearest', num_args=2, name='op')
    show('upsampling sym %s' % (b,), lambda: u.infer_shape(a=(1, 1, 4, 4), b=b))
    show('upsampling nd %s' % (b,), lambda: mx.nd.UpSampling(o((1, 1, 4, 4)), o(b), scale=2, sample_type='nearest',
                                                             num_args=2))
show('broadcast_like nd', lambda: mx.nd.broadcast_like(o((2, 1)), o((3, 4)), lhs_axes=(1,), rhs_axes=(0, 1)))
show('broadcast_like sym', lambda: mx.sym.broadcast_like(v('a'), v('b'), lhs_axes=(1,), rhs_axes=(0, 1)).infer_shape(
    a=(2, 1), b=(3, 4)))
