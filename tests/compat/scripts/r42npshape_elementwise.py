"""Without NumPy shape semantics, mx.np elementwise operators (unary, scalar, broadcasting binary, clip, copy, *_like, nan_to_num) of arrays (or into out= arrays) with unknown (zero) sizes fail shape inference listing the output shape they inferred: the input's (merged with out='s for a unary one), or the broadcast one (a 0-d operand: nothing inferred; shapes that cannot broadcast: the broadcast check's error)."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
l = np.zeros((2, 0))
t = np.zeros((2, 0, 3))
o = np.zeros((2, 0))
b = np.zeros((2, 0), dtype='bool')
i = np.zeros((2, 0), dtype='int32')
mx.npx.reset_np()
z = np.array(3.0)
m = np.ones((2, 3))


def run(name, f):
    try:
        r = f()
        print(name, 'ok', r.shape)
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))


cases = [
    ('exp', lambda: np.exp(l)), ('sin_t', lambda: np.sin(t)), ('sqrt_b', lambda: np.sqrt(b)), ('abs_i', lambda: np.abs(i)),
    ('negative', lambda: -l), ('absolute', lambda: abs(l)), ('around', lambda: np.around(l, 2)),
    ('logical_not', lambda: np.logical_not(l)), ('invert', lambda: ~b), ('exp_0d', lambda: np.exp(z)),
    ('exp_out', lambda: np.exp(l, out=o)), ('exp_0d_out', lambda: np.exp(z, out=o)), ('exp_out_0d', lambda: np.exp(l, out=z)),
    ('sqrt_out_list', lambda: np.sqrt(z, out=[o])),
    ('add_scalar', lambda: l + 1), ('radd', lambda: 1 + l), ('rdiv', lambda: 2 / l), ('power', lambda: l ** 2),
    ('maximum', lambda: np.maximum(l, 1)), ('eq_scalar', lambda: l == 1), ('iadd', lambda: o.__iadd__(1)),
    ('add', lambda: l + l), ('add_col', lambda: l + m[:, :1]), ('add_known', lambda: l + m), ('add_row', lambda: l + np.ones((3,))),
    ('sub_3d', lambda: np.ones((3, 1, 1)) - l), ('add_t', lambda: t + np.ones((2, 1, 1))), ('less', lambda: l < l),
    ('maximum_col', lambda: np.maximum(l, m[:, :1])), ('arctan2', lambda: np.arctan2(l, l)), ('lcm', lambda: np.lcm(i, i)),
    ('add_out', lambda: np.add(l, l, out=o)), ('add_out_known', lambda: np.add(l, l, out=m)), ('add_out_0d', lambda: np.add(l, 1, out=z)),
    ('add_0d', lambda: z + m), ('add_bad', lambda: l + np.ones((3, 3))),
    ('clip', lambda: np.clip(l, 0, 1)), ('clip_t', lambda: np.clip(t, None, 1)), ('clip_0d', lambda: np.clip(z, 0, 1)),
    ('copy', lambda: np.copy(l)), ('full_like', lambda: np.full_like(l, 2)), ('zeros_like', lambda: np.zeros_like(t)),
    ('nan_to_num', lambda: np.nan_to_num(l)), ('astype', lambda: l.astype('int32')),
]
for n, f in cases:
    run(n, f)
