"""MXNET_SAFE_ACCUMULATION=1: softmax, log_softmax, softmin (nd and npx) and the L1/L2 norms (nd.norm,
np.linalg.norm) sum float16 in float32 and float32 in float64, forward and backward; other reductions
(sum, mean, prod, SoftmaxActivation, L2Normalization) are unchanged, as is np.linalg.norm of a whole array."""
# recorded on AVX2
import os

os.environ["MXNET_SAFE_ACCUMULATION"] = "1"

import numpy as np  # noqa: E402
import mxnet as mx  # noqa: E402

nd = mx.nd


def bits(a):
    a = a.asnumpy()
    if a.dtype != np.float16:
        return " ".join("%.9g" % v for v in a.ravel()[:12])
    return " ".join("%04x" % b for b in a.view(np.uint16).ravel()[:12])


def as_np(x):
    return x.as_np_ndarray()


rs = np.random.RandomState(0)
DATA = [rs.uniform(-3, 3, (3, 200)), rs.uniform(0, 1, (2, 700)) * 60, rs.uniform(-3, 3, (150, 3))]
OPS = {
    'softmax': lambda x: nd.softmax(x, axis=0)[:4], 'softmax_last': lambda x: nd.softmax(x)[:, :4],
    'softmax_t': lambda x: nd.softmax(x, axis=0, temperature=3.0)[:4],
    'softmax_dtype': lambda x: nd.softmax(x, axis=0, dtype='float64')[:4],
    'log_softmax': lambda x: nd.log_softmax(x, axis=0)[:4], 'softmin': lambda x: nd.softmin(x, axis=0)[:4],
    'npx_softmax': lambda x: mx.npx.softmax(as_np(x), axis=0)[:4].as_nd_ndarray(),
    'npx_log_softmax': lambda x: mx.npx.log_softmax(as_np(x), axis=0)[:4].as_nd_ndarray(),
    'norm': lambda x: nd.norm(x, axis=0), 'norm1': lambda x: nd.norm(x, ord=1, axis=0),
    'norm_all': lambda x: nd.norm(x), 'norm1_all': lambda x: nd.norm(x, ord=1),
    'np_norm': lambda x: mx.np.linalg.norm(as_np(x), axis=0).as_nd_ndarray(),
    'np_norm_all': lambda x: mx.np.linalg.norm(as_np(x)).as_nd_ndarray(),
    'sum': lambda x: nd.sum(x, axis=0), 'mean': lambda x: nd.mean(x, axis=0), 'prod': lambda x: nd.prod(x[:6], axis=0),
    'SoftmaxActivation': lambda x: nd.SoftmaxActivation(x)[:, :4],
    'L2Normalization': lambda x: nd.L2Normalization(x)[:, :4],
}
for name, f in OPS.items():
    for i, d in enumerate(DATA):
        for dt in ['float16', 'float32']:
            x = nd.array(d, dtype=dt)
            try:
                print(name, i, dt, bits(f(x)))
            except Exception as e:
                print(name, i, dt, type(e).__name__)
            if name.startswith('np_norm') or dt == 'float32' and name in ('softmax_last', 'softmax_t'):
                continue
            x.attach_grad()
            with mx.autograd.record():
                y = f(x)
            head = nd.array(np.linspace(-1, 2, y.size).reshape(y.shape), dtype=y.dtype)
            try:
                y.backward(head)
                print(name, i, dt, 'grad', bits(x.grad))
            except Exception as e:
                print(name, i, dt, 'grad', type(e).__name__)
