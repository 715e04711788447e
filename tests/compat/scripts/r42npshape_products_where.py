"""Without NumPy shape semantics, mx.np dot, matmul, tensordot (int axes) and where of arrays with unknown (zero) sizes fail shape inference listing the output shape they inferred (where under the operator its branches pick), and squeeze fails it before checking its axes."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
l = np.zeros((2, 0))
c = np.zeros((0, 3))
v = np.zeros((0,))
t = np.zeros((2, 0, 3))
b = np.zeros((2, 0), dtype='bool')
mx.npx.reset_np()
z = np.array(3.0)
m = np.ones((2, 3))
m4 = np.ones((4, 3, 2))


def run(name, f):
    try:
        r = f()
        print(name, 'ok', r.shape)
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


cases = [
    ('dot', lambda: np.dot(l, c)), ('dot_vv', lambda: np.dot(v, v)), ('dot_mv', lambda: np.dot(l, v)),
    ('dot_vm', lambda: np.dot(v, c)), ('dot_t', lambda: np.dot(t, m4)), ('dot_0d', lambda: np.dot(z, l)),
    ('matmul', lambda: np.matmul(l, c)), ('matmul_v', lambda: np.matmul(v, c)), ('matmul_t', lambda: np.matmul(t, np.ones((3, 4)))),
    ('matmul_mv', lambda: np.matmul(l, v)), ('matmul_op', lambda: l @ c),
    ('tensordot1', lambda: np.tensordot(l, c, 1)), ('tensordot0', lambda: np.tensordot(l, c, 0)),
    ('where', lambda: np.where(l, l, l)), ('where_s', lambda: np.where(l, 1, 2)), ('where_l', lambda: np.where(l, 1, m[:, :1])),
    ('where_r', lambda: np.where(b, m[:, :1], 2.0)), ('where_0d', lambda: np.where(z, 1, 2)), ('where_bad', lambda: np.where(l, m, l)),
    ('squeeze', lambda: np.squeeze(l)), ('squeeze0', lambda: np.squeeze(l, 0)), ('squeeze1', lambda: np.squeeze(l, 1)),
    ('squeeze_method', lambda: t.squeeze(axis=(0, 1))), ('squeeze_bad_axis', lambda: np.squeeze(l, 4)),
]
for n, f in cases:
    run(n, f)
