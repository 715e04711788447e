# mx.random: seeding variants and the module-level samplers.
import mxnet as mx
import mxnet as mx
mx.random.seed(10, ctx="all")
print(mx.random.uniform(shape=(2,)).asnumpy().tolist())
mx.random.seed(10, ctx=mx.cpu(0))
print(mx.random.normal(0, 1, shape=(2,)).asnumpy().tolist())
mx.random.seed(10)
print(mx.random.randint(0, 10, shape=(3,)).asnumpy().tolist(), mx.random.exponential(shape=(1,)).asnumpy().tolist(), mx.random.poisson(shape=(1,)).asnumpy().tolist())
print(mx.random.multinomial(mx.nd.array([0.5, 0.5]), shape=3).asnumpy().tolist(), mx.random.shuffle(mx.nd.arange(4)).asnumpy().tolist())
for bad in [lambda: mx.random.seed("a"), lambda: mx.random.seed(1.5), lambda: mx.random.seed(-1), lambda: mx.random.seed(2 ** 40), lambda: mx.random.seed(1, ctx="gpu")]:
    try:
        bad(); print("ok")
    except Exception as e:
        print(type(e).__name__)
mx.random.seed(2 ** 32 + 5)
print(mx.random.uniform(shape=(1,)).asnumpy().tolist())
mx.random.seed(5)
print(mx.random.uniform(shape=(1,)).asnumpy().tolist())
import numpy as np
np.random.seed(0)
mx.random.seed(0)
print(mx.nd.random.uniform(shape=(1,)).asnumpy().tolist(), np.random.rand())
mx.random.seed(0)
mx.random.seed(7, ctx=mx.gpu(0))
print(mx.nd.random.uniform(shape=(2,)).asnumpy().tolist())
mx.random.seed(0)
mx.random.seed(7, ctx="gpu")
print(mx.nd.random.uniform(shape=(2,)).asnumpy().tolist())
mx.random.seed(0)
mx.random.seed(7, ctx=mx.cpu(1))
print(mx.nd.random.uniform(shape=(2,)).asnumpy().tolist())
