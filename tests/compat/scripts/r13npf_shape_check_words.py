"""Shape and type checks of mx.np joins, splits, roll, rot90, average, bincount, insert and delete in MXNet's words."""
import re

from mxnet import np, npx
npx.set_np()


def message(e):
    """The check's line of an error (MXNet's text may also hold a trace, a time stamp and attributes)."""
    lines = str(e).strip().splitlines()
    line = next((ln[len('MXNetError: '):] for ln in lines if ln.startswith('MXNetError: ')), lines[0])
    return re.sub(r"^\[[0-9:]+\] \S+: ", "", line).split('(name="')[0]


B = np.arange(6.).reshape(2, 3)
V = np.arange(5.)
cases = [
    "np.concatenate([B, np.ones((2, 2))])", "np.concatenate([B, np.ones((1, 3))], 1)", "np.concatenate([V, V], 1)",
    "np.concatenate([B, B], -3)", "np.concatenate([B, B.astype('int32')])", "np.concatenate([B, B > 1])",
    "np.concatenate([])", "np.concatenate([B, B], 1.5)", "np.concatenate([np.array(1.), np.array(2.)])",
    "np.append(B, np.ones(3, dtype='int32'), 0)", "np.append(B, np.ones(3, dtype='int32'), 1)",
    "np.append(B, np.ones(3, dtype='int32'))", "np.stack([B, B.astype('int8')])", "np.stack([B, B], 3)",
    "np.stack([V, V], -3)", "np.stack([B, B], None)", "np.stack([])", "np.vstack([B, np.ones((2, 2))])",
    "np.vstack([V, np.ones(3)])", "np.vstack([B, B.astype('int32')])", "np.hstack([B, np.ones((1, 3))])",
    "np.hstack([B, B.astype('float64')])", "np.dstack([B, np.ones((2, 2))])", "np.dstack([V, np.ones(3)])",
    "np.dstack([B, B > 0])", "np.column_stack([B, np.ones((1, 3))])", "np.column_stack([V, np.ones(3)])",
    "np.row_stack([V, np.ones(3)])", "np.split(B, 2, 2)", "np.array_split(B, [3, 1], 1)",
    "np.roll(B, 1, -3)", "np.roll(B, 1, (0, -3))", "np.roll(B, 1, (1, -1))", "np.roll(B, (1, 1), (2, 0))",
    "np.roll(np.array(1.), 1, 0)", "np.rot90(B, 1, (0, 5))", "np.rot90(B, 1, (1, -1))", "np.rot90(B, 1, (0,))",
    "np.rot90(V, 1, (0, 1))", "np.average(B, 5)", "np.average(B, -3)", "np.average(B, (0, 0))",
    "np.average(B, (1, -1))", "np.average(B, 1, np.ones(2, dtype='int32'))", "np.average(B, None, np.ones((2, 2)))",
    "np.average(B, 1, np.ones((2, 3, 1)))", "np.average(B, (0, 1), np.ones(3))", "np.average(B, (1,), np.ones(3))",
    "np.average(B, 1, np.ones(3, dtype='float64'))", "np.sum(B, (0, 0))", "np.mean(B, (1, -1))",
    "np.bincount(np.ones((1, 2), dtype='int32'), np.ones(4))", "np.bincount(V)",
    "np.bincount(np.ones(2, dtype='int32'), np.ones(3))", "np.insert(B, 1, 9, axis=0)",
    "np.insert(B, 5, 9, axis=1)", "np.insert(B, 1, 9, axis=2)", "np.insert(V, slice(0, 2), 9)",
    "np.insert(V.astype('int32'), np.array([1], dtype='int64'), 9)",
    "np.insert(V, np.array([1], dtype='int32'), np.array([2.]))", "np.insert(V, slice(None), np.array([7., 8.]))",
    "np.delete(B, 3, axis=-1)", "np.delete(B, -4, axis=1)",
]
for case in cases:
    try:
        r = eval(case)
        shown = [x.shape for x in r] if isinstance(r, (list, tuple)) else (r.shape, r.asnumpy().ravel().tolist())
    except Exception as e:      # noqa: BLE001
        shown = (type(e).__name__, message(e))
    print(case, '->', shown)
