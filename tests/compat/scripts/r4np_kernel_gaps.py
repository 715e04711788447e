"""mx.np corners where MXNet's kernels or checks decide: scalar dot of integers, polyval of mixed or bool dtypes,
integer histograms counted against truncated edges, empty bool arrays that run no transpose/flip kernel, sort's
axis, linalg fallbacks giving int8, index arrays on 0-d arrays, masks and None in writes. (Failing results are
read at once: MXNet raises an unread failure at a later call.)"""
import numpy as onp
import mxnet as mx
np = mx.np
npx = mx.npx
npx.set_np()


def run(label, fn):
    try:
        r = fn()
        parts = r if isinstance(r, (list, tuple)) else [r]
        print(label, [(p.dtype, p.shape, p.asnumpy().tolist()) for p in parts])
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for a, b in [('int32', 'int32'), ('bool', 'bool'), ('int8', 'int8'), ('float32', 'float64'), ('int64', 'int64'),
             ('float32', 'float32'), ('float64', 'float64')]:
    for sa, sb in [((), (3,)), ((3,), ()), ((), ())]:
        run("dot %s%s %s%s" % (a, sa, b, sb), lambda: np.dot(np.ones(sa, dtype=a) * 2, np.ones(sb, dtype=b)))
for a in ['bool', 'int8', 'int32', 'float16', 'float32', 'float64']:
    for b in ['bool', 'int8', 'int32', 'float32', 'float64']:
        run("polyval %s %s" % (a, b), lambda: np.polyval(np.array([1, 2, 3], dtype=a), np.array([[1, 0], [2, 1]], dtype=b)))
rs = onp.random.RandomState(0)
for dt in ['int8', 'uint8', 'int32', 'int64', 'float32', 'bool']:
    x = np.array(rs.randint(-3, 12, 40), dtype=dt)
    for bins, rng in [(4, (0, 3)), (3, (0, 3)), (4, (0, 8)), (5, (0, 3)), (4, (1, 3)), (7, (-2, 9)), (3, (2.5, 7.7)),
                      (6, (0, 0)), (10, (-3, 12)), (4, (5, 1))]:
        run("histogram %s %s %s" % (dt, bins, rng), lambda: np.histogram(x, bins=bins, range=rng))
X = np.ones((0, 2), dtype='bool')
for name, fn in [("transpose", lambda: np.transpose(X)), ("T", lambda: X.T), ("method", lambda: X.transpose()),
                 ("flip", lambda: np.flip(X)), ("fliplr", lambda: np.fliplr(X)), ("flipud", lambda: np.flipud(X)),
                 ("rot90", lambda: np.rot90(X)),
                 ("transpose 2x3", lambda: np.ones((2, 3), dtype='bool').T)]:
    run("empty bool " + name, fn)
for axis in [(0, 1), 1.0, -1, None]:
    run("sort axis=%s" % (axis,), lambda: np.sort(np.array([[3., 1, 2], [0, 5, 4]]), axis=axis))
for dt in ['int8', 'uint8', 'int32', 'float32']:
    run("matrix_power %s" % dt, lambda: np.linalg.matrix_power(np.array([[1, 2], [0, 1]], dtype=dt), 2))
    run("multi_dot %s" % dt, lambda: np.linalg.multi_dot([np.ones((2, 2), dtype=dt), np.ones((2, 2), dtype=dt)]))
for key in [np.array(1.), np.array(0, dtype='int32'), np.array(True, dtype='bool'), np.array([0], dtype='int32'), True]:
    run("0-d[%r]" % (key,), lambda: np.array(2.)[key])


def write(key, value):
    x = np.zeros((2, 3))
    x[key] = value
    return x


S = slice(None)
for key, value in [(([0], S, None), np.arange(3.)), (([0], None), np.arange(3.)), ((None, [0, 1], slice(1, None)), np.arange(2.)),
                   (([0, 1], None, [0, 2]), np.arange(2.).reshape(2, 1)), ((S, None, [1]), np.arange(2.).reshape(2, 1, 1)),
                   (np.array([True, False, True], dtype='bool'), 7), (np.array([True, False], dtype='bool'), 7),
                   (np.array([[True, False, True]], dtype='bool'), 7), (np.array([True, False, False], dtype='bool'), np.array(9.))]:
    run("x[%r] = %r" % (key, value), lambda: write(key, value))
for dt in ['bool', 'int32', 'float32']:
    run("sequence_mask %s" % dt, lambda: npx.sequence_mask(np.ones((3, 2, 2), dtype=dt), np.array([1., 2.]),
                                                            use_sequence_length=True))
for key, value in [((np.array([True, False, True], dtype='bool')), [1, 2, 3]),
                   ((np.array([True, False], dtype='bool')), [1, 2, 3])]:
    run("x[%r] = %r" % (key, value), lambda: write(key, value))


def write0(key, value):
    x = np.array(2.)
    x[key] = value
    return x


for key in [slice(None), Ellipsis, None, (), 0, True]:
    for value in [5, np.array(7.)]:
        run("0-d[%r] = %r" % (key, value), lambda: write0(key, value))
