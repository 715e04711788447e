# Gradients of random_pdf_* as MXNet's backward kernels round them (bits): uniform, normal, exponential, poisson, gamma, negative binomials, and the Cephes digamma they use
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
rs = np.random.RandomState(4)
def g(label, fn, arrays, is_log, dt):
    xs = [nd.array(a, dtype=dt) for a in arrays]
    for x in xs: x.attach_grad()
    with mx.autograd.record():
        y = fn(*xs, is_log=is_log)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape), dtype=dt))
    print(label, is_log, dt, [[float(v).hex() for v in x.grad.asnumpy().ravel()] for x in xs])
for dt in ('float32', 'float64'):
    for is_log in (False, True):
        g('gamma', nd.random_pdf_gamma, [rs.uniform(0.2, 6, (4, 7)), np.array([0.5, 2.0, 3.7, 12.5]), rs.uniform(0.3, 2, 4)], is_log, dt)
        g('nb', nd.random_pdf_negative_binomial, [rs.randint(0, 12, (4, 6)), np.array([1.0, 2.5, 7.0, 11.3]), rs.uniform(0.2, 0.8, 4)], is_log, dt)
        g('gnb', nd.random_pdf_generalized_negative_binomial, [rs.randint(0, 12, (3, 6)), rs.uniform(0.5, 5, 3), rs.uniform(0.1, 1.5, 3)], is_log, dt)
rs = np.random.RandomState(9)
alpha = np.concatenate([rs.uniform(0.01, 50, 150), np.arange(1, 11), rs.uniform(1e-3, 1, 20), [9.999, 10.0, 10.001, 1e6, 3e8]])
for dt in ('float32', 'float64'):
    a = nd.array(alpha, dtype=dt); b = nd.array(np.ones_like(alpha), dtype=dt); x = nd.array(np.ones((alpha.size, 1)), dtype=dt)
    a.attach_grad()
    with mx.autograd.record():
        y = nd.random_pdf_gamma(x, a, b, is_log=True)
    y.backward(nd.ones_like(y))
    print(dt, [float(v).hex() for v in a.grad.asnumpy()])
rs = np.random.RandomState(5)
def g(label, fn, arrays, is_log, dt):
    xs = [nd.array(a, dtype=dt) for a in arrays]
    for x in xs: x.attach_grad()
    with mx.autograd.record():
        y = fn(*xs, is_log=is_log)
    y.backward(nd.array(rs.uniform(-1, 1, y.shape), dtype=dt))
    print(label, is_log, dt, [[float(v).hex() for v in x.grad.asnumpy().ravel()] for x in xs])
for dt in ('float32', 'float64'):
    for is_log in (False, True):
        g('dirichlet', nd.random_pdf_dirichlet, [rs.dirichlet([1, 2, 3], (2, 5)), rs.uniform(0.3, 4, (2, 3))], is_log, dt)
        g('dirichlet_noextra', nd.random_pdf_dirichlet, [rs.dirichlet([1, 2], (3,)), rs.uniform(0.3, 4, (3, 2))], is_log, dt)
        g('dirichlet_3d', nd.random_pdf_dirichlet, [rs.dirichlet([2, 2, 1, 3], (2, 2, 3)), np.array([[[2.0, 1.0, 3.0, 0.5]] * 2] * 2)], is_log, dt)
