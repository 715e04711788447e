"""nd.mp_nag_mom_update keeps the weight decay term's NaN where it meets the gradient's, unlike nag_mom_update, as MXNet does."""
import mxnet as mx
import numpy as np
nan, inf = float('nan'), float('inf')
w32 = mx.nd.array([nan, 1.0, nan, -nan, 2.0, inf], dtype='float32')
w = w32.astype('float16')
g = mx.nd.array([-nan, nan, nan, 1.0, -nan, -inf], dtype='float16')
mom = mx.nd.array([0.5, -nan, nan, 0.0, nan, 1.0], dtype='float32')
for wd in (0.0, 0.1):
    a, b, c = w32.copy(), mom.copy(), g.copy()
    out = mx.nd.mp_nag_mom_update(w.copy(), c, b, a, lr=0.1, momentum=0.9, wd=wd)
    for x in (out, a, b):
        print(np.signbit(x.asnumpy()), x.asnumpy())
    a, b = w.astype('float32'), mom.copy()
    out = mx.nd.nag_mom_update(a, g.astype('float32'), b, lr=0.1, momentum=0.9, wd=wd)
    for x in (out, b):
        print(np.signbit(x.asnumpy()), x.asnumpy())
