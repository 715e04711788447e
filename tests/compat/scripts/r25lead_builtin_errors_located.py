# mx.np checks MXNet raises as builtin ValueError/TypeError, led by the C++ check's source line (not MXNetErrors).
# recorded on AVX2
import mxnet as mx
a = mx.np.ones((2, 3))
for label, f in [('isfinite', lambda: mx.np.isfinite(a, out=mx.np.zeros((2, 3)))), ('isnan', lambda: mx.np.isnan(a, out=mx.np.zeros((2, 3)))),
                 ('isinf', lambda: mx.np.isinf(a, out=mx.np.zeros((2, 3), dtype='int32'))),
                 ('diag_indices_from', lambda: mx.np.diag_indices_from(a)), ('diag r1', lambda: mx.np.diag_indices_from(mx.np.ones(3))),
                 ('diag r0', lambda: mx.np.diag_indices_from(mx.np.array(1))),
                 ('polyval', lambda: mx.np.polyval(a, mx.np.ones(3)))]:
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, isinstance(e, mx.base.MXNetError), repr(str(e)))
b = mx.np.ones((2, 3, 4))
for axes in [(0, 0, 1), (1, 1, 2)]:
    try:
        mx.np.transpose(b, axes)
    except Exception as e:
        print(type(e).__name__, isinstance(e, mx.base.MXNetError), repr(str(e)))
