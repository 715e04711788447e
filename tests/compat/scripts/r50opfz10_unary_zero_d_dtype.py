"""Elementwise legacy operators over a 0-d array under NumPy shapes compute in its own type (rsqrt, softsign and the rest keep float32 or float16), forward and backward; reshape of a 0-d array to () copies it outside oneDNN; gammaln's integer gradient is the type's largest value at the poles, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd, autograd

mx.util.set_np_shape(True)
ops = ['abs', 'arccos', 'arcsin', 'arctan', 'arcsinh', 'cbrt', 'ceil', 'cos', 'cosh', 'degrees', 'erf', 'erfinv', 'exp',
       'expm1', 'fix', 'floor', 'gamma', 'gammaln', 'log', 'log10', 'log1p', 'log2', 'negative', 'radians', 'rcbrt',
       'reciprocal', 'relu', 'rint', 'round', 'rsqrt', 'sigmoid', 'sign', 'sin', 'sinh', 'softsign', 'sqrt', 'square',
       'tan', 'tanh', 'trunc', 'hard_sigmoid', 'logical_not']
for op in ops:
    for dt in ['float32', 'float16', 'float64', 'int32']:
        x = nd.array(0.4, dtype=dt)
        x.attach_grad()
        try:
            with autograd.record():
                y = getattr(nd, op)(x)
            y.backward()
            print(op, dt, y.shape, y.dtype.__name__, repr(y.asnumpy().item()), x.grad.dtype.__name__,
                  repr(x.grad.asnumpy().item()))
        except mx.MXNetError as e:
            print(op, dt, 'MXNetError', str(e).split('\n')[-1][:120])
for dt in ['float32', 'int32', 'uint8']:
    r = nd.reshape(nd.array(2.5, dtype=dt), shape=())
    print('reshape', dt, r.shape, r.asnumpy().tolist(), nd.Reshape(nd.array(1.5, dtype=dt)).asnumpy().tolist())
mx.util.set_np_shape(False)
for dt in ['int32', 'int64', 'int8', 'uint8']:      # gammaln's integer gradient: the type's largest value at the poles
    x = nd.array([0, 1, 2, 3, 5, 12, 100, -1, -3, 11], dtype=dt)
    x.attach_grad()
    with autograd.record():
        y = nd.gammaln(x)
    y.backward(nd.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 3], dtype=dt))
    print(dt, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
