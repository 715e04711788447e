# Gradients of random_pdf_uniform/normal/exponential/poisson as MXNet's backward kernels round them (bits)
import mxnet as mx, numpy as np, zlib
from mxnet import nd
rs = np.random.RandomState(3)
def g(label, fn, shapes, lo_hi, is_log, dt):
    xs = [nd.array(rs.uniform(lo, hi, s), dtype=dt) for s, (lo, hi) in zip(shapes, lo_hi)]
    for x in xs: x.attach_grad()
    with mx.autograd.record():
        y = fn(*xs, is_log=is_log)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape), dtype=dt))
    print(label, is_log, dt, [[float(v).hex() for v in x.grad.asnumpy().ravel()] for x in xs])
for dt in ('float32', 'float64'):
    for is_log in (False, True):
        g('uniform', nd.random_pdf_uniform, [(2, 7), (2,), (2,)], [(0, 1), (-1, 0), (1, 2)], is_log, dt)
        g('normal', nd.random_pdf_normal, [(3, 9), (3,), (3,)], [(-2, 2), (-1, 1), (0.5, 2)], is_log, dt)
        g('normal0', nd.random_pdf_normal, [(3,), (3,), (3,)], [(-2, 2), (-1, 1), (0.5, 2)], is_log, dt)
        g('exponential', nd.random_pdf_exponential, [(2, 3, 4), (2,)], [(0, 3), (0.5, 2)], is_log, dt)
        g('poisson', lambda s, l, is_log: nd.random_pdf_poisson(nd.round(s), l, is_log=is_log), [(4, 30), (4,)], [(0, 9), (0.5, 6)], is_log, dt)
