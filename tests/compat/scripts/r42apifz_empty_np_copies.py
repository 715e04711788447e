"""mx.np copies of zero-size arrays (copy, copyto, array, astype, as_in_context) fail legacy shape inference with MXNet's shapes, and Perplexity on them fails at its cast"""
import numpy as np
import mxnet as mx


def show(label, fn):
    try:
        r = fn()
        print(label, '->', r.shape, r.dtype)
    except Exception as e:
        print(label, '!!', type(e).__name__, ' | '.join(l for l in str(e).split('\n') if l.strip()))


arrays = {'(0,)': np.zeros((0,), 'float32'), '(2,0)': np.zeros((2, 0), 'float32'), '(0,3)': np.zeros((0, 3), 'int32'),
          '()': np.zeros((), 'float32')}
for key, src in arrays.items():
    a = mx.np.array(src, dtype=src.dtype)
    t = mx.np.array(src, dtype=src.dtype)
    show(key + ' copy', lambda: a.copy())
    show(key + ' copyto cpu', lambda: a.copyto(mx.cpu()))
    show(key + ' copyto cpu1', lambda: a.copyto(mx.cpu(1)))
    show(key + ' copyto same-shape array', lambda: a.copyto(t))
    show(key + ' as_in_context cpu', lambda: a.as_in_context(mx.cpu()))
    show(key + ' as_in_context cpu1', lambda: a.as_in_context(mx.cpu(1)))
    show(key + ' np.array', lambda: mx.np.array(a))
    show(key + ' np.array int32', lambda: mx.np.array(a, dtype='int32'))
    show(key + ' astype int32', lambda: a.astype('int32'))
    show(key + ' astype same no copy', lambda: a.astype(a.dtype, copy=False))
    show(key + ' as_nd_ndarray', lambda: a.as_nd_ndarray())
    show(key + ' legacy copy', lambda: a.as_nd_ndarray().copy())

for axis in [-1, 0]:
    for ignore in [None, 1]:
        m = mx.metric.Perplexity(ignore_label=ignore, axis=axis)
        label = mx.np.array(np.zeros((0,), 'float32'))
        pred = mx.np.array(np.zeros((0, 2), 'float32'))
        show('Perplexity empty mx.np axis=%d ignore=%s' % (axis, ignore), lambda: m.update([label], [pred]) or mx.nd.zeros(1))
        m2 = mx.metric.Perplexity(ignore_label=ignore, axis=axis)
        show('Perplexity mx.np axis=%d ignore=%s' % (axis, ignore),
             lambda: m2.update([mx.np.array([0, 1])], [mx.np.array([[0.3, 0.7], [0.4, 0.6]])]) or mx.nd.zeros(1))
