"""sparse.retain's out= checks: its shape, then its dtype, then its storage type (alone, in a list or a tuple)."""
import mxnet as mx
import numpy as np

data = mx.nd.array(np.arange(12).reshape(4, 3)).tostype('row_sparse')
idx = mx.nd.array([0, 2])


def rsp(shape, dtype='float32'):
    return mx.nd.zeros(shape, dtype=dtype).tostype('row_sparse')


cases = [
    ("f64 rsp", data, lambda: rsp((4, 3), 'float64')),
    ("i32 rsp", data, lambda: rsp((4, 3), 'int32')),
    ("f32 rsp shape", data, lambda: rsp((5, 3))),
    ("f64 rsp shape", data, lambda: rsp((5, 3), 'float64')),
    ("f16 rsp 1-d", data, lambda: rsp((4,), 'float16')),
    ("f32 dense", data, lambda: mx.nd.zeros((4, 3))),
    ("f64 dense", data, lambda: mx.nd.zeros((4, 3), dtype='float64')),
    ("f32 dense shape", data, lambda: mx.nd.zeros((2, 3))),
    ("f32 csr", data, lambda: mx.nd.zeros((4, 3)).tostype('csr')),
    ("f64 csr", data, lambda: mx.nd.zeros((4, 3), dtype='float64').tostype('csr')),
    ("f32 rsp", data, lambda: rsp((4, 3))),
    ("f64 data f32 out", data.astype('float64'), lambda: rsp((4, 3))),
    ("f64 data f64 out", data.astype('float64'), lambda: rsp((4, 3), 'float64')),
    ("f64 data bad shape", data.astype('float64'), lambda: rsp((3, 3))),
    ("list", data, lambda: [rsp((4, 3))]),
    ("list shape", data, lambda: [rsp((5, 3))]),
    ("tuple f64", data, lambda: (rsp((4, 3), 'float64'),)),
    ("tuple", data, lambda: (rsp((4, 3)),)),
    ("list of two", data, lambda: [rsp((4, 3)), rsp((4, 3))]),
]
for name, d, make in cases:
    out = make()
    try:
        r = mx.nd.sparse.retain(d, idx, out=out)
        first = r[0] if isinstance(r, (list, tuple)) else r
        print(f"{name:20s} OK {type(r).__name__} {first.dtype.__name__} {first.asnumpy().tolist()} "
              f"{r is out}")
    except mx.base.MXNetError as e:
        print(f"{name:20s} MXNetError {str(e).splitlines()[-1] if 'Traceback' not in str(e) else str(e)!r}")

# out= the data itself: an in-place request, which the kernel refuses when it runs (data keeps its rows)
inplace = mx.nd.array(np.arange(12).reshape(4, 3)).tostype('row_sparse')
print(mx.nd.sparse.retain(inplace, idx, out=inplace) is inplace)
for _ in range(2):
    try:
        print(inplace.asnumpy().tolist(), inplace.indices.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print('MXNetError', repr(str(e)))
