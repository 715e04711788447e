"""random.*_like samplers on a legacy array with a 0 size fail shape inference in their own name, listing their input."""
import numpy as np
import mxnet as mx

R = mx.nd.random
for dt in ["float32", "float16", "int32"]:
    e = mx.nd.array(np.zeros((0, 3)), dtype=dt)
    e2 = mx.nd.array(np.zeros((2, 0)), dtype=dt)
    for label, f in [("uniform_like", lambda a: R.uniform_like(a)), ("normal_like", lambda a: R.normal_like(a, loc=1, scale=2)),
                     ("gamma_like", lambda a: R.gamma_like(a, alpha=2)), ("exponential_like", lambda a: R.exponential_like(a)),
                     ("poisson_like", lambda a: R.poisson_like(a, lam=3)), ("negative_binomial_like", lambda a: R.negative_binomial_like(a, k=2, p=0.5)),
                     ("generalized_negative_binomial_like", lambda a: R.generalized_negative_binomial_like(a, mu=2, alpha=0.5))]:
        for arr in (e, e2):
            try:
                print(dt, label, f(arr).shape)
            except mx.base.MXNetError as ex:
                print(dt, label, repr(str(ex).split("MXNetError: ")[-1]))
mx.random.seed(1)
print(R.uniform_like(mx.nd.zeros((2, 2))).asnumpy())
