# nd.sparse's update operators over every storage combination of weight, gradient and states: which ones MXNet
# implements (adagrad_update has two kernels only), and ftrl_update's dense fallback for row_sparse weights.
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
STATES = {'sgd_update': 0, 'sgd_mom_update': 1, 'adam_update': 2, 'ftrl_update': 2, 'adagrad_update': 1}


def show(x):
    if isinstance(x, (list, tuple)):
        return '(' + ','.join(show(y) for y in x) + ')'
    rows = str(x.indices.asnumpy().tolist()) if x.stype == 'row_sparse' else ''
    return '%s:%s:%s%s' % (x.stype, np.dtype(x.dtype).name, x.asnumpy().tobytes().hex(), rows)


for name in sorted(STATES):
    for wst in ['default', 'row_sparse']:
        for gst in ['default', 'row_sparse']:
            for sst in ['default', 'row_sparse']:
                r = np.random.RandomState(2)
                w = nd.array(r.randn(4, 2)).tostype(wst)
                gv = r.randn(4, 2)
                gv[1] = 0
                gv[2] = 0
                g = nd.array(gv).tostype(gst)
                states = [nd.array(np.abs(r.randn(4, 2)) * 0.1).tostype(sst) for _ in range(STATES[name])]
                kw = dict(lr=0.1, rescale_grad=0.5)
                kw.update(epsilon=1e-5) if name == 'adagrad_update' else kw.update(wd=0.01)
                try:
                    getattr(nd.sparse, name)(w, g, *states, out=w, **kw)
                    print(name, wst, gst, sst, show(w), show(states))
                except Exception as e:
                    print(name, wst, gst, sst, type(e).__name__)
