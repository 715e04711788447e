# mx.nd's indexing-key helpers: indexing_key_expand_implicit_axes, get_indexing_dispatch_code, get_oshape_of_gather_nd_op
import mxnet as mx, numpy as np, inspect
from mxnet import nd
f = nd.indexing_key_expand_implicit_axes
print(inspect.signature(f), inspect.signature(nd.get_indexing_dispatch_code), inspect.signature(nd.get_oshape_of_gather_nd_op))
shape = (3, 4, 5)
bool_array = np.array([[True, False, True, False], [False, True, False, True], [True, False, True, False]])
for key in [np.s_[2, 1, 1], np.s_[0], np.s_[0, ...], np.s_[:2, None, 0, ...], np.s_[bool_array, None, 0:2], np.s_[..., 1], np.s_[None], 2, slice(1, 2), np.s_[[0, 1], 2], np.s_[nd.array([0, 1]), 2], np.s_[..., ...], np.s_[0, 1, 2, 3], (np.int64(1),), np.s_[True], np.s_[1:2, [1, 2], ...], np.s_[np.array([1, 2]), :, np.array([0, 1])]]:
    try: r = f(key, shape); print(repr(key)[:60], '->', repr(r))
    except Exception as e: print(repr(key)[:60], 'EXC', type(e).__name__, e)
for key in [np.s_[2, 1, 1], np.s_[0], np.s_[:2, None, 0, ...], np.s_[[0, 1], 2], np.s_[nd.array([0, 1]), 2], (np.int64(1),), np.s_[1:2, [1, 2]], np.s_[np.array([1, 2]), :, np.array([0, 1])], np.s_[nd.array([1, 2], dtype='int32')], np.s_[1, ::2]]:
    try: r = nd.get_indexing_dispatch_code(key); print('code', repr(key)[:50], r)
    except Exception as e: print("code", repr(key)[:50], "EXC", type(e).__name__)
print(nd.get_oshape_of_gather_nd_op((3, 4, 5), (2, 6)), nd.get_oshape_of_gather_nd_op((3, 4, 5), (3, 2, 2)))


b2 = np.array([[True, False, True, False]] * 3)
for key in [True, False, np.bool_(True), (True,), (0, True), (True, 0), (None, True), np.s_[..., None], np.s_[None, ...], np.s_[1, None, None], np.s_[b2], np.s_[np.array([True, False, True])], np.s_[0, np.array([True, False, True, False])], (nd.array([1, 0, 1]),), np.s_[:, :, :, :], (0, 0, 0, 0), np.s_[..., 0, 0, 0, 0], np.s_[0, ..., 1, None], ([True, False, True],), (slice(None), [0, 1]), np.s_[::2, ..., ::-1], ((0, 1),), (1.5,)]:
    try: r = f(key, shape); print(repr(key)[:70].replace('\n', ' '), '->', repr(r).replace('\n', ' ')[:200])
    except Exception as e: print(repr(key)[:70].replace('\n', ' '), 'EXC', type(e).__name__, e)
