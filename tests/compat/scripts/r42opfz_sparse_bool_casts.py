"""bool arrays cast to csr/row_sparse and back: the storage casts have no bool kernel, so each cast's result fails when read (the sparse array's error is raised once; a later cast of it fails on its own), while shape, dtype, stype and repr are known at once."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def read(tag, y):
    try:
        print(tag, '->', y.asnumpy().tolist())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


for st in ['csr', 'row_sparse']:
    for shape in [(2, 2), (3, 4)]:
        a = nd.array(np.eye(*shape) > 0, dtype='bool')
        b = a.tostype(st)
        print(st, shape, b.stype, b.dtype, b.shape, b.context, repr(b).strip())
        c = b.tostype('default')
        print('  dense copy made:', type(c).__name__, c.shape, c.dtype)
        read('  dense copy', c)
        d = b.tostype('default')
        read('  second dense copy', d)
        read('  cast_storage', nd.cast_storage(b, stype='default'))
        print('  data', b.data.shape, b.data.dtype)
