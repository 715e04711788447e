"""random_pdf_poisson, _exponential and _uniform take the log of a float parameter (and the uniform's width) with the C float log, and the uniform's log density of a unit width is -0."""
import zlib

import numpy as np
import mxnet as mx

rs = np.random.RandomState(1)
for dtype in ("float32", "float16", "float64"):
    x = mx.nd.array(np.abs(rs.randn(4000) * 2) + 0.1, dtype=dtype)
    lam = mx.nd.array(np.abs(rs.randn(4000) * 2) + 0.1, dtype=dtype)
    counts = mx.nd.array(rs.randint(0, 8, 4000), dtype=dtype)
    cases = [("poisson", (counts, lam)), ("poisson", (x, lam)), ("exponential", (x, lam)),
             ("uniform", (lam, x, x + lam))]
    for name, args in cases:
        for is_log in (False, True):
            args = [a.copy() for a in args]
            for a in args:
                a.attach_grad()
            with mx.autograd.record():
                r = getattr(mx.nd, "random_pdf_" + name)(*args, is_log=is_log)
            r.backward()
            print(dtype, name, is_log, "%08x" % zlib.crc32(r.asnumpy().tobytes()),
                  ["%08x" % zlib.crc32(a.grad.asnumpy().tobytes()) for a in args])
print(mx.nd.random_pdf_poisson(mx.nd.array([2.4399240016937256]), mx.nd.array([2.4204442501068115])))
print(mx.nd.random_pdf_uniform(mx.nd.array([0.5, 1.0]), mx.nd.array([0.0, 0.0]), mx.nd.array([1.0, 2.0]),
                               is_log=True))
