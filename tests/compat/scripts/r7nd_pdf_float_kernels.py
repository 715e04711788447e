# The random_pdf_* densities on non-float samples fail as MXNet's float-only kernels (bool: Unknown type enum 7)
import mxnet as mx
import numpy as np
for name, nparams in [('uniform', 2), ('normal', 2), ('gamma', 2), ('exponential', 1), ('poisson', 1),
                      ('negative_binomial', 2),
                      ('generalized_negative_binomial', 2), ('dirichlet', 1)]:
    f = getattr(mx.nd, 'random_pdf_' + name)
    for dt in ['int8', 'uint8', 'int32', 'int64', 'bool', 'float32', 'float64']:
        s = mx.nd.array(np.ones((2, 3)) * (0.25 if dt[0] == 'f' else 1), dtype=dt)
        ps = [mx.nd.array(np.ones(2) * v, dtype=dt) for v in [1, 2][:nparams]]
        if name == 'dirichlet':
            ps = [mx.nd.array(np.ones((2, 3)), dtype=dt)]; s = mx.nd.array(np.ones((2, 4, 3)) / 3, dtype=dt)
        try: print(name, dt, f(s, *ps).asnumpy().tobytes().hex())
        except mx.base.MXNetError as e: print(name, dt, 'MXNetError', 'floating point' in str(e), 'enum 7' in str(e))
