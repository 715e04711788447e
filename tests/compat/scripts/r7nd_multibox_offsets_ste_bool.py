# MultiBoxPrior checks its offsets (two, each in [0, 1]); contrib.round_ste has no bool kernel
import mxnet as mx
import numpy as np
d = mx.nd.array(np.zeros((1, 1, 2, 2)))
for off in [(0.5, 0.5), (1.0, 2.0), (2.0, 0.5), (-0.5, 0.5), (0.5, -1.0), (1.0, 1.0), (0.0, 0.0), (0.5,), (0.1, 0.2,
                                                                                                           0.3)]:
    try: print(off, mx.nd.contrib.MultiBoxPrior(d, offsets=off).asnumpy().tobytes().hex()[:40])
    except mx.base.MXNetError as e: print(off, 'MXNetError', 'offsets_' in str(e))
for dt in ['bool', 'int32', 'float16']:
    for f in ['round_ste', 'sign_ste']:
        try: print(f, dt, getattr(mx.nd.contrib, f)(mx.nd.array([1, 0, 1], dtype=dt)).asnumpy().tolist())
        except mx.base.MXNetError as e: print(f, dt, 'MXNetError')
