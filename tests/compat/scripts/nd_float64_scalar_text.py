"""A float scalar with float64 data: MXNet passes its text and reads it back with its own parser, an ulp off
for some 17-digit values (legacy and mx.np scalar arithmetic)."""
import mxnet as mx
import numpy as np
rs = np.random.RandomState(0)
x = mx.nd.ones((1,), dtype='float64')
vals = [float(v) for v in rs.uniform(0, 1, 400)] + [0.00020408058652464435, 0.40078874865403724, 0.1, 1/3, 2.5e-7, 123456.789]
out = []
for v in vals:
    out.append(repr((x * v).asnumpy()[0]))
    out.append(repr((x + v).asnumpy()[0]))
    out.append(repr((v / x).asnumpy()[0]))
print(len(out), out[-18:])
import hashlib; print(hashlib.md5(' '.join(out).encode()).hexdigest())
mx.npx.set_np()
y = mx.np.ones((1,), dtype='float64')
print([repr((y * v).asnumpy()[0]) for v in vals[-6:]])
