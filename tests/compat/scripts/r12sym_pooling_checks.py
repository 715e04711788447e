"""Pooling's shape checks in MXNet's order and words over pool types, conventions, kernels, pads and ranks: lp's
p_value, then 'same' (1-D data, three zero pads read), then the rank, then the kernel's rank."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


d = S.var('d')
for pt in ('max', 'avg', 'lp'):
    for conv in ('valid', 'full', 'same'):
        for k in ((2,), (2, 2), (1, 1, 1)):
            for pad in (None, (0,), (1,) * len(k), (0, 0, 0)):
                kw = dict(kernel=k, pool_type=pt, pooling_convention=conv)
                if pad is not None:
                    kw['pad'] = pad
                for shp in ((2, 3, 6), (2, 3, 6, 6), (2, 3, 6, 6, 6), (2, 3), (2, 3, 6, 1, 1, 1)):
                    try:
                        r = S.Pooling(d, name='p', **kw).infer_shape(d=shp)[1]
                    except mx.base.MXNetError as e:
                        r = 'EXC ' + essential(e)
                    print(pt, conv, k, pad, shp, r)
