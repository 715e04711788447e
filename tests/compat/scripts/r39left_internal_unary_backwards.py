"""mx.nd._internal / mx.sym._internal hold the backward operators of the unary elementwise functions (_backward_relu, _backward_sigmoid, ...): called on (output gradient, the array their kernel reads) they give MXNet's gradients; a shape mismatch and a missing input are refused in MXNet's words."""
import inspect

import mxnet as mx
import numpy as np

np.random.seed(7)
names = ("abs arccos arccosh arcsin arcsinh arctan arctanh cbrt cos cosh degrees erf erfinv expm1 gamma gammaln log "
         "log10 log1p log2 radians rcbrt reciprocal relu rsqrt sigmoid sign sin sinh smooth_l1 softsign sqrt square tan "
         "tanh").split()
for name in names:
    g = np.random.uniform(-2, 2, 6).astype('float32')
    lo, hi = {'arccos': (-0.9, 0.9), 'arcsin': (-0.9, 0.9), 'arctanh': (-0.9, 0.9), 'erfinv': (-0.9, 0.9),
              'arccosh': (1.1, 3)}.get(name, (0.2, 3) if name in ('log', 'log10', 'log2', 'rsqrt', 'sqrt', 'rcbrt',
                                                                    'cbrt', 'gamma', 'gammaln', 'reciprocal')
                                       else (-2, 2))
    r = np.random.uniform(lo, hi, 6).astype('float32')
    res = getattr(mx.nd._internal, '_backward_' + name)(mx.nd.array(g), mx.nd.array(r))
    print(name, res.dtype.__name__, res.asnumpy().tolist())
print(inspect.signature(mx.nd._internal._backward_relu))
print(mx.nd._internal._backward_sigmoid(mx.nd.ones((2,), dtype='float64'), mx.nd.array([0.5, 0.2], dtype='float64')))
print(mx.nd._internal._backward_square(mx.nd.ones((2,), dtype='float16'), mx.nd.array([0.5, 0.2], dtype='float16')))
s = mx.sym._internal._backward_tanh(mx.sym.var('a'), mx.sym.var('b'))
print(s.list_arguments(), s.infer_shape(a=(2, 3), b=(2, 3)))
for call in (lambda: mx.nd._internal._backward_relu(mx.nd.ones((2,))),
             lambda: mx.nd._internal._backward_relu(mx.nd.ones((2,)), mx.nd.ones((3,)))):
    try:
        call()
    except mx.base.MXNetError as err:
        print(str(err).splitlines()[-1])
