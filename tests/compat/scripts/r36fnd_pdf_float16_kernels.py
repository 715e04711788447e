"""random_pdf_* on float16 follow MXNet's kernels in half_t arithmetic (uniform with low > high too); integer samples fail with the density's shape."""
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(3)
N = 300

def h16(a):
    return mx.nd.array(a, dtype="float16")

x, a, b = rs.uniform(0.05, 4, N), rs.uniform(0.2, 3, N), rs.uniform(0.2, 3, N)
p, k = rs.uniform(0.05, 0.95, N), rs.randint(0, 8, N).astype(float)
cases = [("uniform", x, [a - 1, a + b]), ("uniform", x, [a + b, a]), ("normal", x, [a - 1, b]), ("gamma", x, [a, b]),
         ("exponential", x, [a]), ("poisson", k, [a * 2]), ("negative_binomial", k, [a * 2, p]),
         ("generalized_negative_binomial", k, [a, b]),
         ("dirichlet", rs.dirichlet([1, 1, 1], N), [rs.uniform(0.3, 3, (N, 3))])]
for name, s, ps in cases:
    f = getattr(mx.nd, "random_pdf_" + name)
    for is_log in (False, True):
        r = f(h16(s), *[h16(q) for q in ps], is_log=is_log).asnumpy()
        print(name, is_log, r.shape, r.dtype, hashlib.md5(r.tobytes()).hexdigest()[:12], r[:4])
for dt in ("int32", "uint8"):
    r = mx.nd.random_pdf_dirichlet(mx.nd.ones((2, 3), dtype=dt), mx.nd.ones((2, 3), dtype=dt))
    print("dirichlet", dt, r.shape)
    try:
        r.asnumpy()
    except mx.base.MXNetError as e:
        print(str(e).strip().split("\n")[-1])
