# mx.np.random.normal / uniform / lognormal with float64 parameter arrays compute in double, then round
import mxnet as mx

mx.npx.set_np()
a = mx.np.array([0.3, 1.5, 4.0, 9.5], dtype='float64')
b = mx.np.array([0.7, 2.0, 1.1, 3.0], dtype='float64')
for dtype in [None, 'float64']:
    mx.random.seed(11)
    print(mx.np.random.normal(a, b, size=(10, 4), dtype=dtype).asnumpy().tobytes().hex())
    mx.random.seed(12)
    print(mx.np.random.uniform(a, a + b, size=(10, 4), dtype=dtype).asnumpy().tobytes().hex())
mx.random.seed(13)
print(mx.np.random.lognormal(a, b, size=(10, 4)).asnumpy().tobytes().hex())
mx.random.seed(14)
print(mx.np.random.normal(a.astype('float32'), 2.0, size=(10, 4)).asnumpy().tobytes().hex())
