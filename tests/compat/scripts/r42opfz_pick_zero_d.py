"""pick with legacy 0-d arrays: a 0-d index is read (as a one-element index), 0-d data fails shape inference before any axis check (axis=None too), in the function and method forms."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


datas = [('0-d', nd.array(np.array(2.0))), ('1-d', nd.array([1., 2.])), ('2-d', nd.array([[1., 2.], [3., 4.]]))]
indices = [('0-d', nd.array(np.array(1.0))), ('1-d', nd.array([0.])), ('0-d int32', nd.array(np.array(1), dtype='int32'))]
for dname, d in datas:
    for iname, i in indices:
        if dname == '2-d' and iname.startswith('0-d'):
            continue        # (MXNet then reads the one-element index as two: past its end)
        for kw in [{}, {'axis': 0}, {'axis': -1}, {'axis': None}, {'keepdims': True}, {'mode': 'wrap', 'axis': 0}]:
            show('pick data %s index %s %s' % (dname, iname, kw), lambda: nd.pick(d, i, **kw))
            show('   method', lambda: d.pick(i, **kw))
