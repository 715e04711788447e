# Last-bit rounding of kernels behind the operator doc examples: random_pdf_*, Correlation, GridGenerator,
# BilinearSampler, SpatialTransformer, sumlogdiag, singular det/slogdet signs, csr norms
import mxnet as mx
import numpy as np
from mxnet import nd

rs = np.random.RandomState(0)


def bits(label, a):
    a = a.asnumpy() if isinstance(a, nd.NDArray) else a
    print(label, a.dtype, a.shape, [float(v).hex() for v in a.ravel()])


def arr(lo, hi, shape, dtype='float32'):
    return nd.array(rs.uniform(lo, hi, shape), dtype=dtype)


P, E = 3, 6
for dtype in ('float32', 'float64'):
    cases = [
        ('uniform', dict(sample=arr(0, 5, (P, E), dtype), low=arr(-2, 0, (P,), dtype), high=arr(5, 9, (P,), dtype))),
        ('normal', dict(sample=arr(-3, 3, (P, E), dtype), mu=arr(-1, 1, (P,), dtype), sigma=arr(0.3, 3, (P,), dtype))),
        ('gamma', dict(sample=arr(0.1, 8, (P, E), dtype), alpha=arr(0.5, 9, (P,), dtype), beta=arr(0.2, 3, (P,), dtype))),
        ('exponential', dict(sample=arr(0, 5, (P, E), dtype), lam=arr(0.1, 4, (P,), dtype))),
        ('poisson', dict(sample=nd.array(rs.randint(0, 15, (P, E)), dtype=dtype), lam=arr(0.5, 9, (P,), dtype))),
        ('negative_binomial', dict(sample=nd.array(rs.randint(0, 15, (P, E)), dtype=dtype), k=arr(0.5, 9, (P,), dtype),
                                   p=arr(0.1, 0.9, (P,), dtype))),
        ('generalized_negative_binomial', dict(sample=nd.array(rs.randint(0, 15, (P, E)), dtype=dtype),
                                               mu=arr(0.5, 9, (P,), dtype), alpha=arr(0.1, 2, (P,), dtype))),
        ('dirichlet', dict(sample=nd.array(rs.dirichlet([1, 2, 3], (P, E)), dtype=dtype), alpha=arr(0.3, 5, (P, 3), dtype))),
    ]
    for name, kw in cases:
        for is_log in (False, True):
            bits('pdf_%s_%s_log%d' % (name, dtype, is_log), getattr(nd, 'random_pdf_' + name)(is_log=is_log, **kw))

a, b = arr(-1, 1, (1, 3, 5, 6)), arr(-1, 1, (1, 3, 5, 6))
bits('corr_mul', nd.Correlation(a, b, kernel_size=3, max_displacement=1, pad_size=2))
bits('corr_abs', nd.Correlation(a, b, kernel_size=1, max_displacement=2, stride2=2, pad_size=2, is_multiply=False))

theta = arr(-1, 1, (2, 6))
grid = nd.GridGenerator(theta, transform_type='affine', target_shape=(4, 7))
bits('grid_affine', grid)
flow = arr(-2, 2, (2, 2, 3, 5))
bits('grid_warp', nd.GridGenerator(flow, transform_type='warp'))
data = arr(-1, 1, (2, 2, 5, 6))
bits('bilinear', nd.BilinearSampler(data, grid))
bits('spatial', nd.SpatialTransformer(data, theta, target_shape=(4, 7), transform_type='affine',
                                      sampler_type='bilinear'))
bits('spatial_f64', nd.SpatialTransformer(data.astype('float64'), theta.astype('float64'), target_shape=(3, 3),
                                          transform_type='affine', sampler_type='bilinear'))
bits('grid_side_one', nd.GridGenerator(theta, transform_type='affine', target_shape=(1, 3)))

bits('sumlogdiag', nd.linalg.sumlogdiag(arr(0.5, 9, (4, 3, 3))))
for m in ([[1., 2.], [2., 4.]], [[1., 1.], [2., 2.]], [[0., 1.], [0., 2.]], [[0., 0.], [0., -1.]], [[1., 2.], [1., 2.]]):
    sign, logdet = nd.linalg.slogdet(nd.array(m))
    bits('det', nd.linalg.det(nd.array(m)))
    bits('slogdet', sign)

x = arr(-3, 3, (6, 5))
x = x * (x > 0.5)
csr = x.tostype('csr')
for axis in (0, 1):
    bits('norm_csr_axis%d' % axis, nd.norm(csr, axis=axis))
    bits('norm_csr_axis%d_keep' % axis, nd.norm(csr, axis=axis, keepdims=True))
small = nd.array([[0, 1.5, 0], [2.25, 0, 3.1]])
bits('norm_small_csr', nd.norm(small.tostype('csr')))
bits('norm_small_rsp', nd.norm(small.tostype('row_sparse'), keepdims=True))
q = nd.contrib.quadratic(csr, a=0.5, b=-1.5)
print('quadratic_csr', q.stype)
bits('quadratic_csr', q)

# Correlation's backward, accumulated in its kernel's order
for kw in (dict(kernel_size=3, max_displacement=1, pad_size=2), dict(kernel_size=1, max_displacement=1, pad_size=1,
                                                                    is_multiply=False)):
    a, b = arr(-1, 1, (1, 2, 4, 5)), arr(-1, 1, (1, 2, 4, 5))
    a.attach_grad()
    b.attach_grad()
    with mx.autograd.record():
        y = nd.Correlation(a, b, **kw)
    y.backward(arr(-1, 1, y.shape))
    bits('corr_grad_a', a.grad)
    bits('corr_grad_b', b.grad)

# BilinearSampler / SpatialTransformer backward, in their kernel's order and precision
for dtype in ('float32', 'float64'):
    d, g = arr(-1, 1, (2, 2, 4, 5), dtype), arr(-1.3, 1.3, (2, 2, 3, 4), dtype)
    d.attach_grad()
    g.attach_grad()
    with mx.autograd.record():
        y = nd.BilinearSampler(d, g)
    y.backward(arr(-1, 1, y.shape, dtype))
    bits('bilinear_grad_data_' + dtype, d.grad)
    bits('bilinear_grad_grid_' + dtype, g.grad)
    loc = arr(-1, 1, (2, 6), dtype)
    d.attach_grad()
    loc.attach_grad()
    with mx.autograd.record():
        y = nd.SpatialTransformer(d, loc, target_shape=(3, 3), transform_type='affine', sampler_type='bilinear')
    y.backward(arr(-1, 1, y.shape, dtype))
    bits('spatial_grad_data_' + dtype, d.grad)
    bits('spatial_grad_loc_' + dtype, loc.grad)
rs = np.random.RandomState(10)  # Pad backward
for mode, shape, pw in [('reflect', (2, 2, 4, 5), (0, 0, 0, 0, 2, 3, 3, 1)), ('edge', (1, 3, 3, 4), (0, 0, 0, 0, 2, 2, 3, 3)),
                        ('reflect', (1, 2, 3, 4, 3), (0, 0, 0, 0, 1, 2, 2, 1, 2, 2)), ('edge', (1, 1, 2, 3, 2), (0, 0, 0, 0, 2, 1, 1, 2, 3, 1)),
                        ('constant', (1, 2, 3, 3), (0, 0, 0, 0, 1, 1, 2, 2))]:
    for dt in ('float32', 'float64'):
        x = nd.array(rs.uniform(-1, 1, shape), dtype=dt); x.attach_grad()
        with mx.autograd.record():
            y = nd.pad(x, mode=mode, pad_width=pw)
        y.backward(nd.array(rs.uniform(-1, 1, y.shape), dtype=dt))
        print(mode, dt, shape, [float(v).hex() for v in x.grad.asnumpy().ravel()])
