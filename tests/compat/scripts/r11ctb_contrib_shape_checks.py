"""contrib index, range, allclose, fft and count_sketch operators infer shapes and refuse bad ones as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        print(label, [(o.dtype.__name__, o.shape, o.asnumpy().tolist()) for o in outs])
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


def infer(label, sym, **shapes):
    try:
        print(label, sym.infer_shape(**shapes))
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', 'Check failed' in str(e))


for axis in [1, -1, 2]:
    show('boolean_mask axis %d' % axis, lambda: nd.contrib.boolean_mask(nd.ones((2, 3)), nd.array([1, 0, 1]), axis=axis))
old = nd.arange(15).reshape((5, 3))
for shape in [(2, 3), (2, 3, 1), (2, 4), (3, 3), (1, 3), (2,)]:
    show('index_copy new %s' % (shape,), lambda: nd.contrib.index_copy(old, nd.array([4, 1]), nd.ones(shape)))
show('index_copy more rows than old', lambda: nd.contrib.index_copy(old[:2], nd.array([0, 1, 0]), nd.ones((3, 3))))
show('index_copy 2-d index', lambda: nd.contrib.index_copy(old, nd.array([[4, 1]]), nd.ones((2, 3))))
for axis in [1, -1, -2, 2, -3]:
    show('arange_like axis %d' % axis, lambda: nd.contrib.arange_like(nd.ones((2, 3)), axis=axis, start=1, repeat=2))
show('index_array no axes', lambda: nd.contrib.index_array(nd.ones((3, 2)), axes=()))
show('index_array axes', lambda: nd.contrib.index_array(nd.ones((3, 2)), axes=(1, -2)))
show('allclose shapes', lambda: nd.contrib.allclose(nd.ones((2, 3)), nd.ones((3, 2))))
show('allclose broadcast', lambda: nd.contrib.allclose(nd.ones((2, 3)), nd.ones((1, 3))))
for op in ['fft', 'ifft']:
    for shape in [(4,), (2, 4), (2, 2, 4), (1, 2, 3, 4)]:
        show('%s %s' % (op, shape), lambda: getattr(nd.contrib, op)(nd.ones(shape)))
        infer('sym %s %s' % (op, shape), getattr(mx.sym.contrib, op)(mx.sym.var('x')), x=shape)
    show('%s empty' % op, lambda: getattr(nd.contrib, op)(nd.array(np.ones((0, 4)))))
cs = mx.sym.contrib.count_sketch(mx.sym.var('x'), mx.sym.var('h'), mx.sym.var('s'), out_dim=3)
for data, h in [((2, 4), (1, 4)), ((2, 2, 2, 4), (1, 4)), ((2, 4), (4,)), ((2, 4), (1, 3)), ((2, 2, 2, 4), (1, 3)),
                ((2, 2, 4), (1, 4))]:
    show('count_sketch %s %s' % (data, h),
         lambda: nd.contrib.count_sketch(nd.ones(data), nd.zeros(h), nd.ones(h), out_dim=3))
    infer('sym count_sketch %s %s' % (data, h), cs, x=data, h=h, s=h)
