"""mx.np with arguments that are not mx.np arrays, and a few kernels' exact numbers: NumPy's own functions
(Python data in, NumPy's results out; mx.np arrays in, mx.np arrays out), MXNet's argument checks (the class of
the exception), percentile's kernel, std/var/sum/prod/mean with dtype, power's and choice's random streams,
multivariate_normal's batch shapes. (MXNet runs unravel_index on arrays as a custom operator, whose thread can
hang its exit: those calls are left out.)"""
import numpy as onp

import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        if isinstance(r, float):        # a NumPy scalar: its last bits are the CPU's (SIMD loops)
            r = round(r, 12)
        if label == "linalg.lstsq":     # LAPACK's results: their last bits are the CPU's
            r = tuple(onp.round(v.asnumpy(), 8) + 0.0 if hasattr(v, "asnumpy") and v.dtype.kind == "f" else v
                      for v in r)
        text = "%s %s" % (type(r).__name__, repr(r).replace("\n", ""))
    except Exception as e:  # noqa: BLE001
        text = "raised %s" % type(e).__name__
    print(label, text)


a = np.array([[1., 2.], [3., 4.]])
L = [[1., 2.], [3., 4.]]

# NumPy's own functions: Python data gives NumPy's results, mx.np arrays give mx.np arrays
for name, args in [("choose", ([0, 1], [[1, 2], [3, 4]])), ("heaviside", ([-1.5, 0, 2.0], 0.5)),
                   ("heaviside", (np.array([-1.5, 0, 2.0]), 0.5)), ("polyadd", ([1, 2], [9, 5, 4])),
                   ("polyadd", (np.array([1, 2]), [9, 5, 4])), ("i0", (0.,)), ("searchsorted", ([1, 2, 3], 2)),
                   ("searchsorted", ([1, 2, 3], [2, 3])), ("modf", ([0, 3.5],)), ("nancumsum", ([1, 2],)),
                   ("interp", (np.array([0, 1.5]), [1, 2], [3, 4])), ("lexsort", (([1, 2], [3, 4]),)),
                   ("cov", ([1., 2, 3],)), ("count_nonzero", ([1, 0],)), ("count_nonzero", (a,)),
                   ("signbit", ([1., -1.],)), ("positive", ([1, -1],)), ("rollaxis", (a, 1)),
                   ("intersect1d", ([1, 3, 4, 3], [3, 1, 2, 1])), ("ptp", (np.array([1, 2], dtype="int8"),)),
                   ("frexp", (a,)), ("min_scalar_type", (np.arange(4, dtype="f8"),)),
                   ("result_type", (3, np.arange(7, dtype="i1"))), ("float_power", (a, 1.5)),
                   ("float_power", (np.array([-1., -4.]), 1.5)), ("ndim", (L,)), ("real", (L,)),
                   ("tile", (2, 3)), ("tile", (2.5, (2, 2))), ("shape", (L,)), ("shape", (a,))]:
    show(name, lambda: getattr(np, name)(*args))
show("ptp_axis_int8", lambda: np.ptp(np.array([[1, 2]], dtype="int8"), axis=1))
show("count_nonzero_keepdims", lambda: np.count_nonzero(a, axis=1, keepdims=True))
show("bitwise_not_is_invert", lambda: np.bitwise_not is np.invert)
x = np.array([1., 2.])
x.attach_grad()
with mx.autograd.record():
    show("fallback_recording", lambda: np.cov(x))

# MXNet's own wrappers of NumPy functions
for name, args in [("diag_indices_from", (onp.ones((2, 2)),)), ("insert", ([1, 2], 1, 5)), ("insert", (a, 1, 5)),
                   ("may_share_memory", ([1], [1])), ("resize", ([1, 2], (3,))), ("resize", (a, (3,))),
                   ("unravel_index", ([22, 41], (7, 6))), ("insert", ([1, 2],))]:
    show(name, lambda: getattr(np, name)(*args))

# binary functions: beside a scalar the other operand must be an array
for name in ["add", "subtract", "multiply", "divide", "mod", "power", "maximum", "hypot", "arctan2", "copysign",
             "lcm", "equal", "less", "bitwise_and", "ldexp"]:
    for args in [([1., 2.], 2), (2, [1., 2.]), (a, [1., 2.]), ([1., 2.], a), (onp.array([1., 2.]), a), (2, 3)]:
        show(name, lambda: getattr(np, name)(*args))

# functions taking arrays: lists, NumPy arrays and scalars are refused (or are NumPy's for scalars)
for name in ["argsort", "around", "round", "atleast_1d", "atleast_3d", "bincount", "copy", "diag", "diagflat",
             "diagonal", "diff", "ediff1d", "empty_like", "flip", "fliplr", "flipud", "moveaxis", "nan_to_num",
             "ones_like", "ravel", "repeat", "reshape", "roll", "rot90", "sort", "squeeze", "trace", "transpose",
             "tril", "unique", "zeros_like", "isnan", "logical_not", "stack", "vstack", "hstack", "concatenate",
             "linalg.cholesky", "linalg.det", "linalg.inv", "linalg.norm", "linalg.pinv", "linalg.svd",
             "linalg.tensorinv", "linalg.cond", "linalg.matrix_rank", "linalg.multi_dot", "random.shuffle"]:
    f = np
    for part in name.split("."):
        f = getattr(f, part)
    for arg in (L, 1.5, onp.ones(2)):
        show(name, lambda: f(arg))
for name, args in [("matmul", (a, [[1., 2.]])), ("matmul", ([[1., 2.]], a)), ("linalg.solve", (a, [1., 2.])),
                   ("linalg.lstsq", (a, [1., 2.])), ("where", ([True, False], a, a)), ("clip", ([1., 2.], 0, 1)),
                   ("expand_dims", ([1.], 0)), ("broadcast_to", ([1.], (2,))), ("take", ([1., 2.], np.array([0]))),
                   ("swapaxes", ([[1.]], 0, 1)), ("argmax", ([1.],)), ("full_like", ([1.], 2)),
                   ("append", ([1.], a)), ("delete", ([1.], 0)), ("nonzero", ([1.],)),
                   ("percentile", ([1.], 50)), ("array_split", ([1.], 1)), ("zeros", (1.5,)), ("zeros", ([2, 3],)),
                   ("ones", (1.5,)), ("ones", ((2, None),)), ("full", (1.5, 2)), ("empty", (1.5,))]:
    f = np
    for part in name.split("."):
        f = getattr(f, part)
    show(name, lambda: f(*args))

# split, pad, bincount, argmax out
t = np.arange(16.).reshape(2, 2, 4)
for args in [(t, np.array([1])), (t, onp.array([1])), (t, (1,)), (t, {1}), (t, 2.0)]:
    show("split", lambda: np.split(*args))
show("dsplit", lambda: np.dsplit(t, np.array([1, 2])))
v = np.array([1., 2.])
for args in [(v, (1, 1), "mean"), (v, (1, 1), "wrap"), (v, (1, 1), "bogus"), ([1., 2.], (1, 1), "mean"),
             ([1., 2.], (1, 1), "edge"), (v, 1, "edge"), (v, (1, 1), "edge"), (v, (1, 1), "maximum")]:
    show("pad", lambda: np.pad(*args))
show("bincount", lambda: np.bincount(np.array([0, 1, 1], dtype="int32")))
show("bincount_w", lambda: np.bincount(np.array([0, 1, 1], dtype="int64"), weights=np.array([1., 2., 3.])))
show("bincount_float", lambda: np.bincount(np.arange(5)))
show("histogram_auto", lambda: np.histogram(np.array([1., 2.]), bins="auto"))
show("argmax_out", lambda: np.argmax(a, axis=1, out=np.zeros(2)))
show("argmax_out64", lambda: np.argmax(a, axis=1, out=np.zeros(2, dtype="int64")))
show("einsum_ellipsis", lambda: np.einsum("...j,j", np.arange(25.).reshape(5, 5), np.arange(5.)))
show("einsum_ellipsis2", lambda: np.einsum("..., ...", np.array(3.), np.arange(6.).reshape(2, 3)))
show("einsum_ellipsis3", lambda: np.einsum("k...,jk", np.arange(6.).reshape(3, 2), np.arange(12.).reshape(4, 3)))

# std / var / sum / prod / mean with dtype
big = np.zeros((2, 512 * 512), dtype=np.float32)
big[0, :] = 1.0
big[1, :] = 0.1
ints = np.array([[1, 2], [3, 4]], dtype="int32")
c = np.array([0.5, 0.7, 0.2, 1.5])
for f in (np.std, np.var):
    for data, dt in [(big, None), (big, "float64"), (big, "float16"), (ints, None), (ints, "float64"),
                     (ints, "float32"), (c, "int32"), (c, "float64"), (ints, "int64")]:
        show(f.__name__, lambda: f(data, dtype=dt))
for data, dt in [(c, "int32"), (c, "int64"), (c, "float64"), (ints, "float32"), (ints, "int8"),
                 (np.array([0.6, 0.7], dtype="float16"), "int32"), (np.array([1.9, -0.7, -0.5]), "int32"),
                 (np.array([100, 100], dtype="int8"), "int8"), (np.array([2.5e9, 2.5e9]), "int32")]:
    for f in (np.sum, np.prod, np.mean):
        show(f.__name__, lambda: f(data, dtype=dt))

# percentile / quantile as MXNet's kernel computes them
rs = onp.random.RandomState(0)
d = np.array(rs.randn(7, 13).astype("float32"))
for method in ["linear", "lower", "higher", "midpoint", "nearest"]:
    for axis in [None, 0, 1]:
        for q in [0, 3, 10, 33.3, 50, 66.7, 99, 100, np.array([10., 90.])]:
            show("percentile", lambda: np.percentile(d, q, axis=axis, interpolation=method))
show("quantile", lambda: np.quantile(d, 0.3, axis=1, keepdims=True))
nan_data = np.array([[10., 7., 4.], [3., 2., 1.]])
nan_data[0, 1] = np.nan
show("percentile_nan", lambda: np.percentile(nan_data, 50))
show("percentile_nan_rows", lambda: np.percentile(nan_data, 30, axis=1))
show("quantile_nan", lambda: np.quantile(nan_data, 0.5))

# random streams: power draws a spare uniform per call, choice checks p first
for n in [1, 3, 1000]:
    mx.random.seed(0)
    first = np.random.power(5., size=n)
    show("power", lambda: (first[-1], np.random.power(5., size=2)))
mx.random.seed(0)
show("power_scalar", lambda: (np.random.power(5.), np.random.power(np.array([5., 4.])), np.random.power(5., size=3)))
mx.random.seed(0)
for args, kw in [((5, 3), {"p": [0.1, 0, 0.3, 0.6, 0]}), ((5, 3), {"p": onp.ones(5) / 5}),
                 ((np.array([1., 2.]), 2), {"p": [0.5, 0.5]}), ((5.5, 2), {}), ((5, 3), {"replace": False}),
                 ((5, 3), {"p": np.array([0.1, 0, 0.3, 0.6, 0])})]:
    show("choice", lambda: np.random.choice(*args, **kw))
mean = np.zeros((3, 2))
cov = np.array([[1., 0], [0, 100]])
show("mvn_batch", lambda: np.random.multivariate_normal(mean, cov).shape)      # (MXNet's own stream: shapes)
show("mvn_size", lambda: np.random.multivariate_normal(np.zeros(2), cov, (2,)).shape)
show("mvn_broadcast", lambda: np.random.multivariate_normal(
    np.zeros((2, 1, 2)), np.array([[[1., 0], [0, 100]], [[1., 0], [0, 4]]]), (3,)).shape)

# names: other names of a function are objects of their own; NumPy 1.23's removed financial functions
show("aliases", lambda: [np.abs is np.absolute, np.fabs is np.abs, np.max is np.amax, np.min is np.amin,
                         np.round is np.around, np.round_ is np.round, np.vstack is np.row_stack,
                         np.divide is np.true_divide, np.mod is np.remainder, np.bitwise_not is np.invert])
for name in ("mirr", "npv", "ppmt", "pv", "rate"):
    show(name, lambda: getattr(np, name)(0.1, [1, 2]))

# parameters MXNet parses as numbers or shapes; calls missing arguments
for f, args, kw in [(np.random.multivariate_normal, ([0., 0.], np.eye(2)), {}), (np.random.normal, (onp.zeros(2),), {}),
                    (np.random.normal, ((0., 1.),), {}), (np.random.uniform, (0, [1, 2]), {}),
                    (np.random.normal, (0, 1), {"size": 2.0}), (np.random.normal, (0, 1), {"size": (2, 1.0)}),
                    (np.random.rand, (2, 1.5), {}), (np.random.gamma, ([1.],), {}), (np.random.beta, ([1.], 1.), {}),
                    (np.random.exponential, (), {"scale": [1.]}), (np.blackman, (3.0,), {}), (np.hamming, ([3],), {}),
                    (np.eye, (2.0,), {}), (np.eye, (2, 1.5), {}), (np.eye, (2, 2, 0.5), {}), (np.indices, (2,), {}),
                    (np.indices, ([2.5],), {}), (np.arange, ([2],), {}), (np.arange, (0, [2]), {}),
                    (np.identity, (2.0,), {}), (np.dot, (L,), {}), (np.moveaxis, (L,), {}), (np.reshape, (1.5,), {}),
                    (np.append, (L,), {}), (np.clip, (L,), {}), (np.take, (L,), {}), (np.matmul, (L,), {}),
                    (np.linalg.solve, (L,), {}), (np.percentile, (1.5,), {})]:
    show(f.__name__, lambda: f(*args, **kw))

# npx functions given a list, a number or an array alone
for name in ["activation", "arange_like", "batch_dot", "batch_flatten", "batch_norm", "cast", "constraint_check",
             "convolution", "dropout", "embedding", "erf", "erfinv", "fully_connected", "gamma", "gammaln",
             "gather_nd", "layer_norm", "leaky_relu", "log_softmax", "nonzero", "one_hot", "pick", "pooling", "relu",
             "reshape", "reshape_like", "sequence_mask", "shape_array", "sigmoid", "slice", "smooth_l1", "softmax",
             "topk"]:
    for arg in (L, 1.5, onp.ones(2), a):
        mx.random.seed(0)
        show("npx." + name, lambda: getattr(npx, name)(arg))
show("npx.constraint_check", lambda: npx.constraint_check(a > 0))
show("npx.constraint_check", lambda: npx.constraint_check(a < 0))

# clip: float32 bounds compared with the data as C compares them
for data in (np.array([[1, 0], [3, 4]], dtype="int32"), np.array([[1.5, -2.], [3., 4.]]),
             np.array([1, 200], dtype="uint8"), np.array([2 ** 40, 5], dtype="int64"),
             np.array([16777217, 5], dtype="int32"), np.array([0., 5., onp.nan], dtype="float64")):
    for lo, hi in [(0, None), (None, 2), (0.5, 2.5), (-1e10, 1e10), (2, 1), (None, 3.7), (0.1, 2 ** 35),
                   (0, 16777216.5)]:
        show("clip", lambda: np.clip(data, lo, hi))
show("nd.clip", lambda: mx.nd.clip(mx.nd.array([0, 5], dtype="float64"), 0.1, 1.3).asnumpy().tolist())

# ndarray methods' own checks
m = np.ones((2, 2))
for label, f in [("flatten0", lambda: m.flatten(0)), ("flattenF", lambda: m.flatten("F")), ("flatten", m.flatten),
                 ("reshape", lambda: m.reshape()), ("reshape_view", lambda: m.reshape_view()),
                 ("reshape_view4", lambda: m.reshape_view(4))]:
    show(label, f)

# operators with lists, NumPy arrays, None, strings, tuples and scalars
import operator  # noqa: E402

ints = np.array([1, 2], dtype="int32")
for op in [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod,
           operator.pow, operator.eq, operator.ne, operator.lt, operator.ge, operator.matmul, operator.and_,
           operator.xor, operator.lshift]:
    for lhs, rhs in [(v, [1., 2.]), ([1., 2.], v), (v, onp.array([1., 2.])), (onp.array([1., 2.]), v), (v, None),
                     (v, "x"), (v, (1., 2.)), (ints, 2), (ints, 2.5), (2.5, ints), (v, True), (ints, ints),
                     (v, np.array(2.)), (v, onp.float64(2.))]:
        show(op.__name__, lambda: op(lhs, rhs))

# second arguments
for label, f in [("may_share_memory", lambda: np.may_share_memory(a, [1])), ("shares_memory", lambda: np.shares_memory(a, 1.0)),
                 ("bincount_weights", lambda: np.bincount(np.array([1, 2], dtype="int32"), [1., 2.])),
                 ("bincount_float_weights", lambda: np.bincount(a, [1.])), ("ravel_order", lambda: np.ravel(a, "A")),
                 ("ravel_F", lambda: np.ravel(a, "F")), ("logspace_list", lambda: np.logspace([1., 2.], 3.)),
                 ("logspace_array", lambda: np.logspace(np.array(1.), 3.))]:
    show(label, f)

# parameters that are operator attributes (axis, decimals, k, n, shape, fill value)
for name in ["all", "any", "mean", "prod", "argsort", "around", "round", "diag", "diagflat", "diff", "moveaxis",
             "broadcast_to", "reshape", "full_like"]:
    for arg in ([[1., 0.], [0., 1.]], onp.array([1, 0]), 1.0, np.array([[1., 0.], [0., 1.]]), None, (0,), 1,
                np.array(1.)):
        show(name, lambda: getattr(np, name)(a, arg))
