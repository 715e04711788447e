# mx.np.random.gamma / beta / chisquare in float64: the sampler cubes v = 1 + c*z by multiplication
import mxnet as mx

mx.npx.set_np()
for shape, scale in [(3.5, 1.0), (0.5, 2.0)]:
    mx.random.seed(42)
    s = mx.np.random.gamma(shape, scale, size=(40,), dtype='float64')
    print(shape, scale, s.asnumpy().tobytes().hex())
mx.random.seed(3)
print(mx.np.random.beta(0.5, 2.0, size=(30,), dtype='float64').asnumpy().tobytes().hex())
mx.random.seed(4)
print(mx.np.random.chisquare(3.0, size=(30,), dtype='float64').asnumpy().tobytes().hex())
