"""out= of np.matmul (and broadcasting binary ops): MXNet infers shapes (operands, then out's) before types, refuses an out of another dtype, and an integer product fails in out when read."""
import mxnet as mx

np = mx.np
mx.npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.dtype, r.asnumpy().ravel()[:2])
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1])


for da, db, sb, so, do in [('int32', 'float32', (2, 3), (2, 2), 'int32'), ('int32', 'float32', (2, 2), (2, 2), 'int32'),
                           ('float32', 'float32', (2, 3), (2, 2), 'float32'), ('int32', 'int32', (2, 3), (2, 2), 'float32'),
                           ('int32', 'int32', (2, 3), (2, 3), 'float32'), ('int32', 'int32', (2, 2), (2, 2), 'int32'),
                           ('float64', 'float64', (2, 2), (2, 2), 'float32'), ('bool', 'float32', (2,), (2,), 'bool')]:
    a, b, o = np.ones((2, 2), dtype=da), np.ones(sb, dtype=db), np.zeros(so, dtype=do)
    for fn in ('matmul', 'add', 'multiply', 'subtract'):
        show(f'{fn} {da} {db} {sb} out={so} {do}', lambda: getattr(np, fn)(a, b, out=o))
for sa, sb in [((3,), (3,)), ((3,), (3, 2)), ((2, 3), (3,)), ((4, 2, 3), (3,)), ((3,), (4, 3, 2)), ((5, 1, 2, 3), (4, 3, 2))]:
    for dt, odt in [('float32', 'float32'), ('int32', 'int32'), ('int32', 'float32')]:
        full = np.matmul(np.ones(sa), np.ones(sb)).shape
        for oshape in (full, full + (1,)):
            o = np.zeros(oshape, dtype=odt)
            show(f'matmul {sa} {sb} {dt} out={oshape} {odt}',
                 lambda: np.matmul(np.ones(sa, dtype=dt), np.ones(sb, dtype=dt), out=o))
