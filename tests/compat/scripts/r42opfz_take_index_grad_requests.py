"""take with a gradient asked of its indices: an 'add' request fails take's backward kernel (before it writes the data's gradient), a 'write' request while the data asks none fails its request switch; the gradient buffers keep their data and carry the error, read in either order."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def read(tag, a):
    try:
        print('  ', tag, a.asnumpy().ravel().tolist())
    except Exception as e:
        print('  ', tag, type(e).__name__, first_line(e))


for ddt in ['float32', 'int32']:
    for dreq in ['none', 'null', 'write', 'add']:
        if ddt == 'int32' and dreq != 'none':
            continue
        for ireq in ['write', 'add', 'null']:
            for idx_first in [True, False]:
                d = nd.array([[1, 2], [3, 4], [5, 6]], dtype=ddt)
                i = nd.array([0, 2, 2], dtype='float32')
                i.attach_grad(grad_req=ireq)
                i.grad[:] = 0.5
                if dreq != 'none':
                    d.attach_grad(grad_req=dreq)
                    d.grad[:] = 0.25
                print(ddt, 'data', dreq, 'indices', ireq, 'indices read first' if idx_first else 'data read first')
                try:
                    with mx.autograd.record():
                        y = nd.take(d, i)
                    y.backward(nd.ones(y.shape, dtype=ddt) * 2)
                except Exception as e:
                    print('   backward', type(e).__name__, first_line(e))
                read('out', y)
                grads = [('indices', i)] + ([('data', d)] if dreq not in ('none', 'null') else [])
                for name, a in (grads if idx_first else grads[::-1]):
                    read(name + ' grad', a.grad)
                try:
                    mx.nd.waitall()
                except Exception as e:
                    print('   waitall', type(e).__name__, first_line(e))
