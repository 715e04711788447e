"""reshape_like with a legacy 0-d input (rank read as -1): its begin/end range checks speak first, lhs before rhs, in the function and method forms."""
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


z = nd.array(np.array(2.0))
v = nd.array([1., 2., 3., 4.])
m = nd.array([[1., 2.], [3., 4.]])
pairs = [('0-d', z, '1-d', v), ('1-d', v, '0-d', z), ('0-d', z, '0-d', z), ('2-d', m, '0-d', z), ('0-d', z, '2-d', m)]
attrs = [{}, {'lhs_begin': 0, 'lhs_end': 1}, {'lhs_begin': -1}, {'lhs_end': -1}, {'rhs_begin': 0, 'rhs_end': 1},
         {'rhs_end': 2}, {'lhs_begin': 1, 'rhs_begin': 0}, {'lhs_begin': -2, 'lhs_end': None}]
for ln, l, rn, r in pairs:
    for kw in attrs:
        show('reshape_like %s %s %s' % (ln, rn, kw), lambda: nd.reshape_like(l, r, **kw))
    show('   method', lambda: l.reshape_like(r))
