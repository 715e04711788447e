"""gluon.utils.split_data sizes (even and uneven, more slices than rows, other axes), split_and_load of numpy/list/0-d/np/csr inputs and contexts, clip_global_norm over dtypes, NaN/inf, np arrays and mixed contexts."""
import re

import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon import utils
mx.random.seed(0)
np.random.seed(0)


def show(name, fn):
    try:
        r = fn()
        print(name, r)
    except Exception as e:
        print(name, 'EXC', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).split('\n')[0][:300])


def sh(l):
    return [(type(a).__name__, a.shape, str(a.context), str(a.dtype)) for a in l]


for n in [1, 2, 3, 5, 7, 8, 31]:
    x = nd.arange(n * 2).reshape((n, 2))
    for k in [1, 2, 3, 4, 8]:
        for ev in [True, False]:
            show('split n=%d k=%d ev=%s' % (n, k, ev), lambda: [a.shape[0] for a in utils.split_data(x, k, even_split=ev)])
show('split axis1', lambda: [a.shape for a in utils.split_data(nd.ones((2, 7, 3)), 3, batch_axis=1, even_split=False)])
show('split axis2', lambda: [a.shape for a in utils.split_data(nd.ones((2, 3, 6)), 3, batch_axis=2)])
show('split axis-1', lambda: [a.shape for a in utils.split_data(nd.ones((2, 3, 6)), 3, batch_axis=-1)])
show('sal numpy', lambda: sh(utils.split_and_load(np.ones((4, 2)), [mx.cpu(0), mx.cpu(1)])))
show('sal numpy f64', lambda: sh(utils.split_and_load(np.ones((4, 2), dtype='float64'), [mx.cpu(0)])))
show('sal list', lambda: sh(utils.split_and_load([[1, 2], [3, 4]], [mx.cpu(0), mx.cpu(1)])))
show('sal int numpy', lambda: sh(utils.split_and_load(np.arange(4), [mx.cpu(0), mx.cpu(1)])))
show('sal one ctx', lambda: sh(utils.split_and_load(nd.ones((3, 2)), [mx.cpu(1)])))
show('sal ctx not list', lambda: sh(utils.split_and_load(nd.ones((3, 2)), mx.cpu(1))))
show('sal too many', lambda: sh(utils.split_and_load(nd.ones((2, 2)), [mx.cpu(i) for i in range(3)])))
show('sal too many ne', lambda: sh(utils.split_and_load(nd.ones((2, 2)), [mx.cpu(i) for i in range(3)], even_split=False)))
show('sal 0d', lambda: sh(utils.split_and_load(nd.array(3), [mx.cpu(0)])))
show('sal np mx', lambda: sh(utils.split_and_load(mx.np.ones((4, 2)), [mx.cpu(0), mx.cpu(1)])))
show('sal csr', lambda: sh(utils.split_and_load(nd.ones((4, 2)).tostype('csr'), [mx.cpu(0), mx.cpu(1)])))
a = nd.ones((2,2)); b = nd.ones((3,))*2
show('cgn', lambda: (utils.clip_global_norm([a, b], 1.0), a.asnumpy().tolist(), b.asnumpy().tolist()))
show('cgn nan', lambda: utils.clip_global_norm([nd.array([np.nan, 1])], 1.0))
show('cgn inf nocheck', lambda: type(utils.clip_global_norm([nd.array([np.inf, 1])], 1.0, check_isfinite=False)).__name__)
show('cgn empty', lambda: utils.clip_global_norm([], 1.0))
show('cgn f16', lambda: utils.clip_global_norm([nd.ones((3,), dtype='float16')*300], 1.0))
show('cgn int', lambda: utils.clip_global_norm([nd.ones((3,), dtype='int32')*3], 1.0))
show('cgn mixed', lambda: utils.clip_global_norm([nd.ones((3,), dtype='float64'), nd.ones((2,))], 1.0))
show('cgn np', lambda: utils.clip_global_norm([mx.np.ones((3,))], 1.0))
show('cgn ctx', lambda: utils.clip_global_norm([nd.ones((3,), ctx=mx.cpu(1)), nd.ones((2,))], 1.0))
