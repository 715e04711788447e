# Attributes given as tuples or lists holding arrays, text and numbers, as the operator's refusal lists them.
# recorded on AVX2
import mxnet as mx
import numpy as onp
a = mx.np.ones((2, 3))
for f in [lambda: mx.np.random.rand(a), lambda: mx.np.random.uniform(size=(a, 'abc')), lambda: mx.np.random.normal(size=(onp.ones(2), None, [1, 'x'])),
          lambda: mx.nd.ones(2).reshape(shape=(mx.nd.ones(2), 3)), lambda: mx.nd.Concat(mx.nd.ones(2), dim=(1.5, onp.float32(2), True, None, (1,)))]:
    try:
        f()
    except Exception as e:
        print(repr(str(e)))
