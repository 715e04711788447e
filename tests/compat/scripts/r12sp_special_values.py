"""Sparse kernels on -0.0, NaN and inf: a zero scalar as given, csr @ row_sparse skipping unstored rows, float16 norms."""
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
S = np.array([[0, -0.0, np.nan, 0], [np.inf, 0, -3.25, 1e-8], [0, 0, 0, 0], [-np.inf, 65504.0, 7e-5, 0.1]])


def show(label, r):
    parts = f' data={r.data.asnumpy().tolist()}' if r.stype != 'default' else ''
    print(label, r.stype, np.dtype(r.dtype).name, [repr(v) for v in r.asnumpy().ravel().tolist()], parts)


for dt in ('float16', 'float32', 'float64'):
    rsp = nd.array(S, dtype=dt).tostype('row_sparse')
    for zero in (0, 0.0, -0.0):
        show(f'{dt} rsp + {zero!r}', rsp + zero)
        show(f'{dt} rsp - {zero!r}', rsp - zero)
        show(f'{dt} {zero!r} + rsp', zero + rsp)
        show(f'{dt} _plus_scalar {zero!r}', nd._internal._plus_scalar(rsp, scalar=zero))
        show(f'{dt} _minus_scalar {zero!r}', nd._internal._minus_scalar(rsp, scalar=zero))
    show(f'{dt} csr norm axis=0', nd.norm(nd.array(S, dtype=dt).tostype('csr'), axis=0))
    show(f'{dt} csr norm axis=1', nd.norm(nd.array(S, dtype=dt).tostype('csr'), axis=1))
for dt in ('float32', 'float64'):
    csr = nd.array(S, dtype=dt).tostype('csr')
    rsp = nd.array(np.arange(16).reshape(4, 4) * (np.arange(4) != 2)[:, None], dtype=dt).tostype('row_sparse')
    for ta in (False, True):
        for tb in (False, True):
            show(f'{dt} dot csr rsp ta={ta} tb={tb}', sp.dot(csr, rsp, transpose_a=ta, transpose_b=tb))
            show(f'{dt} dot csr dense ta={ta} tb={tb}', sp.dot(csr, rsp.tostype('default'), transpose_a=ta, transpose_b=tb))
rng = np.random.RandomState(0)
for trial in range(4):
    a = rng.uniform(-3, 3, (5, 7)) * (rng.uniform(size=(5, 7)) > 0.4) * (300 if trial == 3 else 1)
    for ax in (0, 1):
        show(f'float16 csr norm trial {trial} axis={ax}', nd.norm(nd.array(a, dtype='float16').tostype('csr'), axis=ax))
