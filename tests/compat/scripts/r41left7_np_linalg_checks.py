"""mx.np.linalg: solve/tensorsolve check shapes before float16 (a's then b's words), eig/eigvals refuse the NaN eigenvalues of inputs with infinities, eigh/eigvalsh on non-finite input; cumsum's argument checks."""
from mxnet import np, npx
npx.set_np()
inf, nan = float('inf'), float('nan')


def short(e):
    return type(e).__name__ + ': ' + ' | '.join(str(e).strip().split('\n'))[-150:]


def show(label, fn):
    try:
        r = fn()
        print(label, [x.asnumpy().tolist() for x in r] if isinstance(r, (tuple, list)) else r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(label, short(e))


for name in ['eig', 'eigvals']:
    for m in [[[inf, 1.], [1., 2.]], [[1., 2.], [2., inf]], [[-inf, 0.], [0., 1.]], [[1., 2.], [3., 4.]]]:
        show(f'{name} {m}', lambda: getattr(np.linalg, name)(np.array(m)))
for name in ['eigh', 'eigvalsh']:
    for m in [[[1., nan], [0., 2.]], [[inf, 1.], [1., 2.]], [[nan, nan], [nan, nan]], [[-inf, 0.], [0., 1.]]]:
        show(f'{name} {m}', lambda: getattr(np.linalg, name)(np.array(m)))
for name in ['solve', 'tensorsolve']:
    for da, db in [('float16', 'float32'), ('float32', 'float16'), ('float16', 'float16'), ('int32', 'float16'),
                   ('float16', 'int32'), ('float32', 'int32')]:
        a = np.array([[2., 1.], [1., 3.]], dtype=da)
        b = np.array([1., 2.], dtype=db)
        show(f'{name} {da} {db}', lambda: getattr(np.linalg, name)(a, b))
    show(f'{name} shape', lambda: getattr(np.linalg, name)(np.ones((2, 3), dtype='float16'), np.ones(2, dtype='float16')))
    show(f'{name} b shape', lambda: getattr(np.linalg, name)(np.ones((2, 2)), np.ones(3, dtype='float16')))
for kw in [dict(dtype='float16', axis=5), dict(dtype='int8', axis=5), dict(dtype='foo', axis=5),
           dict(dtype='float16', out=np.zeros(2)), dict(axis=5, dtype='bogus'), dict(axis='x', dtype='bogus')]:
    show(f'cumsum {kw}', lambda: np.cumsum(np.ones((2, 3)), **kw))
