"""Without NumPy shape semantics, mx.np rearrangements (transpose/.T, reshape, expand_dims, flip, repeat, roll, rot90, moveaxis, concatenate and the joins) of arrays with unknown (zero) sizes fail shape inference under their own operator's name, listing the output shape they inferred (a size computed from an unknown one unknown; a reshape's target as given; a flat repeat needs known sizes, and repeat checks its axis first); stack, squeeze, tile and broadcast_to infer nothing."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
l = np.zeros((2, 0))
c = np.zeros((0, 3))
t = np.zeros((2, 0, 3))
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
    ('T', lambda: l.T), ('T_t', lambda: t.T), ('transpose', lambda: np.transpose(t, (2, 0, 1))),
    ('transpose_neg', lambda: t.transpose(-1, 0, 1)), ('T_0d', lambda: z.T), ('swapaxes', lambda: np.swapaxes(t, 0, 2)),
    ('reshape', lambda: l.reshape(-1)), ('reshape_t', lambda: t.reshape(2, -1)), ('reshape_t2', lambda: t.reshape((-1, 3))),
    ('reshape_bad', lambda: t.reshape((5, -1))), ('reshape_fn', lambda: np.reshape(l, (1, 2, -1))),
    ('reshape_known', lambda: t.reshape((3, 0, 2))), ('flatten', lambda: l.flatten()),
    ('expand', lambda: np.expand_dims(l, 1)), ('expand0', lambda: np.expand_dims(l, 0)), ('expand_neg', lambda: np.expand_dims(l, -1)),
    ('expand_t', lambda: np.expand_dims(t, 2)), ('expand_0d', lambda: np.expand_dims(z, 0)),
    ('flip', lambda: np.flip(l, 0)), ('flipud', lambda: np.flipud(t)), ('repeat', lambda: np.repeat(l, 2, axis=0)),
    ('repeat_flat', lambda: np.repeat(l, 2)), ('repeat_method', lambda: l.repeat(2)), ('repeat_0', lambda: np.repeat(l, 0)),
    ('repeat_bad_axis', lambda: np.repeat(l, 2, axis=5)), ('repeat_0d', lambda: np.repeat(z, 2, axis=0)), ('roll', lambda: np.roll(l, 1)), ('rot90', lambda: np.rot90(l)),
    ('moveaxis', lambda: np.moveaxis(t, 0, -1)), ('rollaxis', lambda: np.rollaxis(t, 2)),
    ('concat', lambda: np.concatenate([l, l])), ('concat1', lambda: np.concatenate([l, l], axis=1)),
    ('concat_t', lambda: np.concatenate([t, t], axis=2)), ('concat_neg', lambda: np.concatenate([t, t], axis=-3)),
    ('concat_mix', lambda: np.concatenate([l, m], axis=1)), ('concat_mix0', lambda: np.concatenate([c, m])),
    ('append', lambda: np.append(l, l, axis=0)), ('hstack', lambda: np.hstack([l, l])), ('column_stack', lambda: np.column_stack([l, l])),
    ('stack', lambda: np.stack([l, l])), ('stack1', lambda: np.stack([l, l], axis=1)), ('squeeze', lambda: np.squeeze(l)),
    ('tile', lambda: np.tile(l, 2)), ('broadcast_to', lambda: np.broadcast_to(l, (3, 2, 0))),
]
for n, f in cases:
    run(n, f)
