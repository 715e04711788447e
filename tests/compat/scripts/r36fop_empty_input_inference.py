"""Legacy NDArray reductions, arg-reductions and topk over an empty (unknown-size) input fail shape inference as MXNet does."""
import mxnet as mx
import numpy as np

for shape in [(0, 3), (2, 0)]:
    x = mx.nd.array(np.zeros(shape))
    for name in ['sum', 'mean', 'max', 'min', 'prod', 'nansum', 'norm', 'argmax', 'argmin', 'max_axis', 'min_axis']:
        for kw in [dict(axis=1), dict(axis=0), dict()]:
            try:
                print(shape, name, kw, getattr(mx.nd, name)(x, **kw).shape)
            except mx.base.MXNetError as e:
                print(shape, name, kw, str(e).split('MXNetError:')[-1].strip().replace('\n', ' | '))
    try:
        mx.nd.argmax_channel(x)
    except mx.base.MXNetError as e:
        print(shape, 'argmax_channel', str(e).split('MXNetError:')[-1].strip().replace('\n', ' | '))
    for axis, k in [(0, 1), (0, 0), (1, 1), (1, 5), (-2, 3), (None, 1)]:
        for ret_typ in ['value', 'indices', 'both']:
            try:
                print(shape, 'topk', axis, k, ret_typ, mx.nd.topk(x, axis=axis, k=k, ret_typ=ret_typ))
            except mx.base.MXNetError as e:
                print(shape, 'topk', axis, k, ret_typ, str(e).split('MXNetError:')[-1].strip())
