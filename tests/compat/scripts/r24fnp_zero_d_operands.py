"""0-d and short operands met in chained mx.np programs: einsum holds a 0-d operand after a leading ellipsis to the
letters (others to at most its axes) before it compares dtypes; pick refuses axis=None first, then a 0-d data's
axis, then fails its shape inference listing the output shape found; sequence_mask checks bool data's rank and
lengths before its type; a 0-d array's mask selection has a gradient."""
# recorded on AVX2
from mxnet import autograd, np, npx

from _words import words

npx.set_np()


def show(label, make):
    try:
        r = make()
        print(label, r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines())


for sub, shapes in [("...i,...i->...", [(), ()]), ("...ij->...", [(2,)]), ("...ij->...", [()]), ("...i->...", [(3,)]),
                    ("ij...,j->i", [(2,), (2,)]), ("...ijk->...", [(2, 2)]), ("...i,...i->...", [(2,), ()]),
                    ("a...b->...", [(3,)]), ("...,...->...", [(), ()]), ("...i,...i->...", [(2, 3), (3,)])]:
    for dts in [('float32', 'float32'), ('int32', 'int32'), ('uint8', 'float32')]:
        show('einsum %s %s %s' % (sub, shapes, dts[0]),
             lambda: np.einsum(sub, *[np.ones(s, dtype=d) for s, d in zip(shapes, dts)]))
for d, i, kw in [((2, 3), (), dict(axis=0)), ((2, 3), (), dict(axis=1, keepdims=True)), ((2, 3), (), {}), ((), (), {}),
                 ((), (), dict(axis=1)), ((), (), dict(axis=-2)), ((), (2,), dict(axis=0, mode='wrap')),
                 ((3,), (), dict(axis=0, keepdims=True)), ((2,), (), dict(axis=None)), ((), (1,), dict(axis=None)),
                 ((2,), (1,), dict(axis=0)), ((2, 3), (2,), dict(axis=1))]:
    show('pick %s %s %s' % (d, i, sorted(kw.items())), lambda: npx.pick(np.ones(d), np.zeros(i), **kw))
for dt in ['bool', 'int32', 'float32']:
    for sh in [(2,), (2, 2), (2, 3, 1), ()]:
        for ldt in [dt, 'float32', 'bool']:
            show('sequence_mask %s %s %s' % (dt, sh, ldt),
                 lambda: npx.sequence_mask(np.ones(sh, dtype=dt), np.array([1, 2], dtype=ldt),
                                           use_sequence_length=True, value=2.0))
for value in [0.5, -0.5]:
    x = np.array(value)
    x.attach_grad()
    with autograd.record():
        y = x[x > 0] * 3
    y.backward()
    print('0-d mask', value, y.shape, y.tolist(), x.grad.tolist())
