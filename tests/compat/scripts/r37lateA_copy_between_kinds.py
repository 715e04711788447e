"""copyto/as_in_context/as_in_ctx between legacy NDArrays and mx.np arrays: which copies MXNet refuses (and with which TypeError), however they are reached."""
import warnings

import mxnet as mx
from mxnet import np

warnings.simplefilter('ignore')
nd_a = mx.nd.ones((2, 3))
np_a = np.ones((2, 3))
NDArray = mx.nd.NDArray


def show(name, fn):
    try:
        r = fn()
        print(name, type(r).__name__, getattr(r, 'shape', r), getattr(r, 'context', None))
    except Exception as e:
        print(name, type(e).__name__, str(e))


cases = [
    ('nd.copyto(np)', lambda: nd_a.copyto(np.zeros((2, 3)))),
    ('nd.copyto(cpu1)', lambda: nd_a.copyto(mx.cpu(1))),
    ('np.copyto(nd)', lambda: np_a.copyto(mx.nd.zeros((2, 3)))),
    ('np.copyto(np)', lambda: np_a.copyto(np.zeros((2, 3)))),
    ('np.as_in_ctx(nd)', lambda: np_a.as_in_ctx(mx.nd.zeros((2, 3)))),
    ('np.as_in_ctx(csr)', lambda: np_a.as_in_ctx(mx.nd.zeros((2, 3)).tostype('csr'))),
    ('np.as_in_context(nd)', lambda: np_a.as_in_context(mx.nd.zeros((2, 3)))),
    ('np.as_in_ctx(np)', lambda: np_a.as_in_ctx(np.zeros((2, 3)))),
    ('np.as_in_context(np)', lambda: np_a.as_in_context(np.zeros((2, 3)))),
    ('nd.as_in_context(np)', lambda: nd_a.as_in_context(np.zeros((2, 3)))),
    ('nd.as_in_context(np cpu1)', lambda: nd_a.as_in_context(np.zeros((2, 3), ctx=mx.cpu(1)))),
    ('nd.as_in_context(nd)', lambda: nd_a.as_in_context(mx.nd.zeros((2, 3)))),
    ('NDArray.copyto(np_a, np)', lambda: NDArray.copyto(np_a, np.zeros((2, 3)))),
    ('NDArray.copyto(np_a, nd)', lambda: NDArray.copyto(np_a, mx.nd.zeros((2, 3)))),
    ('NDArray.copyto(np_a, cpu1)', lambda: NDArray.copyto(np_a, mx.cpu(1))),
    ('NDArray.copyto(np_a, np_a)', lambda: NDArray.copyto(np_a, np_a)),
    ('NDArray.copyto(np_a, 3)', lambda: NDArray.copyto(np_a, 3)),
    ('NDArray.as_in_context(np_a, np)', lambda: NDArray.as_in_context(np_a, np.zeros((2, 3)))),
    ('NDArray.as_in_context(np_a, nd)', lambda: NDArray.as_in_context(np_a, mx.nd.zeros((2, 3)))),
    ('NDArray.as_in_context(np_a, cpu1)', lambda: NDArray.as_in_context(np_a, mx.cpu(1))),
    ('NDArray.as_in_context(nd_a, np)', lambda: NDArray.as_in_context(nd_a, np.zeros((2, 3)))),
    ('np.as_in_ctx(cpu1)', lambda: np_a.as_in_ctx(mx.cpu(1))),
    ('np.as_in_context(cpu)', lambda: np_a.as_in_context(mx.cpu())),
    ('np.copyto(cpu1)', lambda: np_a.copyto(mx.cpu(1))),
    ('np.as_in_ctx(itself)', lambda: np_a.as_in_ctx(np_a)),
    ('nd.as_in_context(itself)', lambda: nd_a.as_in_context(nd_a)),
    ('np.as_in_context(itself)', lambda: np_a.as_in_context(np_a)),
    ('np.copyto(int)', lambda: np_a.copyto(3)),
    ('nd.copyto(int)', lambda: nd_a.copyto(3)),
    ('np.as_in_ctx(int)', lambda: np_a.as_in_ctx(3)),
    ('nd.as_in_context(int)', lambda: nd_a.as_in_context(3)),
]
for name, fn in cases:
    show(name, fn)
