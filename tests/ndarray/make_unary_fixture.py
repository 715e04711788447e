"""Record MXNet 1.9.1's float32 unary results on fixed inputs: python make_unary_fixture.py mxnet (then move the .npz to data/)."""
import sys, numpy as np
mx = __import__(sys.argv[1])
rng = np.random.RandomState(0)
x = rng.uniform(-3, 3, 2000).astype(np.float32)
pos = rng.uniform(0.01, 5, 2000).astype(np.float32)
unit = rng.uniform(-0.99, 0.99, 2000).astype(np.float32)
out = {}
for name, data in [("exp", x), ("expm1", x), ("log", pos), ("log2", pos), ("log10", pos), ("sin", x), ("cos", x), ("tan", unit), ("arcsin", unit), ("arccos", unit), ("arctan", x), ("tanh", x), ("cosh", x), ("cbrt", pos), ("sigmoid", x), ("erf", x), ("rsqrt", pos), ("softsign", x)]:
    out[name] = getattr(mx.nd, name)(mx.nd.array(data)).asnumpy()
np.savez(f"/tmp/me/prec_{sys.argv[1]}.npz", **out)
