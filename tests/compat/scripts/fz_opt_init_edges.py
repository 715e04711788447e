# Initializers on unusual shapes: Orthogonal refuses vectors (MXNet asks its random operator for shape (n, 1.0)),
# but an unknown rand_type fails first; 2-D and higher Orthogonal weights and vectors for other initializers work.
import warnings

import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')
mx.random.seed(0)
for ini in (mx.init.Orthogonal(), mx.init.Orthogonal(scale=2.0, rand_type='normal'),
            mx.init.Orthogonal(rand_type='foo'), mx.init.Uniform(), mx.init.Constant(0.5)):
    for shape in ((3,), (1,), (2, 2), (3, 1)):
        a = mx.nd.zeros(shape)
        try:
            ini(mx.init.InitDesc('fc_weight'), a)
            print(ini.dumps(), shape, np.round(np.abs(a.asnumpy()), 4).tolist())    # SVD signs vary by LAPACK
        except Exception as e:
            print(ini.dumps(), shape, type(e).__name__)
for spec in ('foo', '["foo", {}]', '["uniform", {"scale": 2}]'):
    a = mx.nd.zeros((3,))
    try:
        mx.init.Zero()(mx.init.InitDesc('x', attrs={'__init__': spec}), a)
        print(spec, np.round(a.asnumpy(), 4).tolist())
    except Exception as e:
        print(spec, type(e).__name__)
