"""Legacy operators' refusals: the check MXNet reaches first (squeeze, depth_to_space, dot, khatri_rao, cumsum,
sort on a 0-d array) and the operator its shape inference names (scalar comparisons, identity, reshape)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


x, scalar, empty = nd.arange(6).reshape((2, 3)), nd.array(np.array(2.0)), nd.array(np.zeros((2, 0)))
attempt("squeeze (3,1) axis (0,5)", lambda: nd.squeeze(nd.ones((3, 1)), axis=(0, 5)))
attempt("squeeze (1,3) axis (5,1)", lambda: nd.squeeze(nd.ones((1, 3)), axis=(5, 1)))
attempt("squeeze (1,1) axis (0,-2)", lambda: nd.squeeze(nd.ones((1, 1)), axis=(0, -2)))
attempt("squeeze (1,3,1) axis (0,2)", lambda: nd.squeeze(nd.ones((1, 3, 1)), axis=(0, 2)))
for op in (nd.depth_to_space, nd.space_to_depth):
    attempt(f"{op.__name__} 2-d block 0", lambda: op(x, block_size=0))
    attempt(f"{op.__name__} 4-d block 0", lambda: op(nd.ones((1, 4, 2, 2)), block_size=0))
    attempt(f"{op.__name__} 4-d block 3", lambda: op(nd.ones((1, 4, 2, 2)), block_size=3))
attempt("dot vectors transpose_a", lambda: nd.dot(nd.ones((3,)), nd.ones((3,)), transpose_a=True))
attempt("dot vector, matrix transpose_a", lambda: nd.dot(nd.ones((3,)), nd.ones((3, 2)), transpose_a=True))
attempt("khatri_rao columns", lambda: nd.khatri_rao(x, nd.ones((2, 2))))
attempt("khatri_rao vector first", lambda: nd.khatri_rao(nd.ones((3,)), x))
attempt("khatri_rao none", lambda: nd.khatri_rao())
attempt("khatri_rao num_args=3", lambda: nd.khatri_rao(x, num_args=3))
attempt("khatri_rao signed zeros", lambda: nd.khatri_rao(nd.array([[-0.0, 2.0]]), nd.array([[1, 1], [3, -1]])))
attempt("khatri_rao three", lambda: nd.khatri_rao(x, nd.ones((1, 3)), nd.array([[1, 2, 3], [0, -1, 2]])))
for axis in (None, 0, 1, 2, -1, -3):
    attempt(f"cumsum axis {axis}", lambda: nd.cumsum(x, axis=axis))
    attempt(f"cumsum empty axis {axis}", lambda: nd.cumsum(empty, axis=axis))
    attempt(f"cumsum 0-d axis {axis}", lambda: nd.cumsum(scalar, axis=axis))
for name in ("sort", "argsort", "topk"):
    for axis in (None, -1, 0, 3):
        attempt(f"{name} 0-d axis {axis}", lambda: getattr(nd, name)(scalar, axis=axis))
for label, fn in [("greater(2.5, e)", lambda: nd.greater(2.5, empty)), ("lesser(1, e)", lambda: nd.lesser(1, empty)),
                  ("greater_equal(0, e)", lambda: nd.greater_equal(0, empty)),
                  ("lesser_equal(1, e)", lambda: nd.lesser_equal(1, empty)),
                  ("equal(1, e)", lambda: nd.equal(1, empty)), ("logical_and(e, 2)", lambda: nd.logical_and(empty, 2)),
                  ("logical_or(2, e)", lambda: nd.logical_or(2, empty)), ("logical_xor(e, 0)", lambda: nd.logical_xor(empty, 0)),
                  ("identity(e)", lambda: nd.identity(empty)), ("reshape(e)", lambda: nd.reshape(empty, shape=(-1,))),
                  ("2 > e", lambda: 2 > empty), ("e <= 1", lambda: empty <= 1)]:
    attempt(label, fn)
for shapes in [((1, 3), (2, 3), (3,)), ((2, 1), (3,)), ((2, 3), (3,), (3,)), ((1, 3), (2, 4)), ((2, 3), (2, 3, 1))]:
    for dim in (1, 0, -1, 2):
        attempt(f"concat {shapes} dim {dim}", lambda: nd.concat(*[nd.ones(s) for s in shapes], dim=dim))
y = nd.arange(6).reshape((2, 3))
for begin, end, step in [((None,), (None, None), None), ((0, 0), (1,), None), ((0,), (1, 1), None),
                         ((0, 0, 0), (1, 1), None), ((0,), (1,), (1, 1)), ((0,), (1,), (0,)), ((1,), (0,), None)]:
    for data in (nd.arange(6), y):
        attempt(f"slice {data.shape} {begin} {end} {step}",
                lambda: nd.slice(data, begin=begin, end=end, step=step) if step else nd.slice(data, begin=begin, end=end))
attempt("add_n shapes before types", lambda: nd.add_n(nd.ones((2, 1), dtype="float16"), nd.ones((2, 1), dtype="float64"),
                                                     nd.ones((3,), dtype="float16")))
attempt("add_n bool", lambda: nd.add_n(nd.ones((2, 3), dtype="float64"), nd.ones((2, 3), dtype="bool")))
attempt("ElementWiseSum int32", lambda: nd.ElementWiseSum(nd.ones((2,)), nd.ones((2,)), nd.ones((2,), dtype="int32")))
attempt("flip axis 0", lambda: nd.flip(x, axis=0))
# (last: after a kernel's failure MXNet's later allocations fail too)
attempt("reverse bool axis 3", lambda: nd.reverse(nd.ones((2, 3), dtype="bool"), axis=3))
