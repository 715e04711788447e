"""A bound graph's argmax/argmin/argmax_channel/max/min/norm over an empty input fail (or give zeros) where MXNet's kernels do, not at legacy shape inference."""
import re
import mxnet as mx
import numpy as np

d = mx.sym.var('data')
for shape in [(0, 3), (3, 0), (2, 0, 3)]:
    x = mx.nd.array(np.zeros(shape))
    for name in ['argmax', 'argmin', 'max', 'min', 'norm', 'argmax_channel', 'max_axis']:
        for kw in [dict(axis=1), dict(axis=0), dict(), dict(axis=1, keepdims=True), dict(axis=0, keepdims=True),
                   dict(axis=-1)]:
            if name == 'argmax_channel' and kw:
                continue
            try:
                out = getattr(mx.sym, name)(d, **kw).bind(mx.cpu(), {'data': x}).forward()[0]
                print(shape, name, kw, out.shape, out.dtype.__name__, out.asnumpy().ravel().tolist())
            except mx.base.MXNetError as e:
                text = str(e).split('MXNetError:')[-1].strip().replace('\n', ' | ')
                print(shape, name, kw, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', text))
