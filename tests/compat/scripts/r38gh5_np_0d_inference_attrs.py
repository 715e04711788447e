"""Without set_np, an mx.np op on a 0-d array fails shape inference and its message lists the attributes the call gave (around, clip, flip, diff, tril, expand_dims, repeat, tile, roll, broadcast_to, nan_to_num, swapaxes; linalg inv/det/slogdet with their hidden outputs)."""
import mxnet as mx

np = mx.np
z = np.array(2.567)
calls = [
    ('around', lambda: np.around(z, 2)), ('round', lambda: np.round(z)), ('round_builtin', lambda: round(z, 1)),
    ('clip', lambda: np.clip(z, 0, 1)), ('clip_lo', lambda: np.clip(z, None, 1.5)),
    ('clip_hi', lambda: np.clip(z, -2, None)), ('clip_method', lambda: z.clip(0.5, 3)),
    ('flip', lambda: np.flip(z, 0)), ('flip_none', lambda: np.flip(z)),
    ('diff', lambda: np.diff(z)), ('diff_n', lambda: np.diff(z, n=2, axis=0)),
    ('tril', lambda: np.tril(z, 1)), ('tril0', lambda: np.tril(z)),
    ('expand_dims', lambda: np.expand_dims(z, 0)), ('expand_dims_neg', lambda: np.expand_dims(z, -1)),
    ('repeat', lambda: np.repeat(z, 2)), ('repeat_ax', lambda: np.repeat(z, 3, axis=0)),
    ('tile', lambda: np.tile(z, 2)), ('tile_tuple', lambda: np.tile(z, (2, 3))),
    ('roll', lambda: np.roll(z, 1)), ('roll_neg', lambda: np.roll(z, -2)),
    ('broadcast_to', lambda: np.broadcast_to(z, (2, 2))),
    ('nan_to_num', lambda: np.nan_to_num(z)), ('nan_to_num_kw', lambda: np.nan_to_num(z, nan=1.5, posinf=9.0)),
    ('nan_to_num_nocopy', lambda: np.nan_to_num(z, copy=False)),
    ('exp', lambda: np.exp(z)), ('transpose', lambda: np.transpose(z)),
    ('swapaxes', lambda: np.swapaxes(z, 0, 0)), ('swapaxes_m', lambda: z.swapaxes(1, 0)),
    ('swapaxes_empty', lambda: np.swapaxes(np.array([[1.]])[:0], 0, 1)),
    ('inv', lambda: np.linalg.inv(z)), ('det', lambda: np.linalg.det(z)), ('slogdet', lambda: np.linalg.slogdet(z)),
]
for name, f in calls:
    try:
        print(name, f())
    except Exception as e:      # (the text from the operator's name on: the call site's lines differ)
        text = str(e)
        print(name, type(e).__name__, repr(text[text.find('Operator'):]))
