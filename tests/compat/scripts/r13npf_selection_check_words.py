"""mx.np pad, unique, sort, percentile, histogram and where check arguments in MXNet's words (histogram's when read)."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

B = np.ones((2, 3))
V = np.arange(3.)
S = np.array(1.)


def message(e):
    lines = str(e).strip().splitlines()
    return next((ln[len('MXNetError: '):] for ln in lines if ln.startswith('MXNetError: ')), lines[0])


for case in ["np.unique(B, axis=2)", "np.unique(B, axis=-3)", "np.unique(S, axis=1)", "np.unique(S, axis=-1)",
             "np.sort(B, axis=3)", "np.sort(B, axis=-3)", "np.argsort(S, axis=1)", "np.pad(V, ((1,),))",
             "np.pad(B, ((1, 2),))", "np.pad(S, ((1, 2),))", "np.pad(V, ((1, 2), (3, 4)))",
             "np.pad(V, ((2, 3), (4, 5), (6, 7)), mode='edge')", "np.pad(B, ((1,), (2, 3)))",
             "np.pad(B, (1,))", "np.pad(B, 1.5)", "np.pad(B)", "np.pad(B, [[1, 1], [2, 2]])",
             "np.percentile(S, 50)", "np.percentile(S, 50, axis=0)", "np.percentile(S, 50, axis=-1)",
             "np.percentile(S, 50, axis=1)", "np.where(B > 0, B, np.ones(5))", "np.where(B > 0, 2., np.ones(5))",
             "np.where(B > 0, np.ones((3, 2)), 0)", "np.where(np.ones(5) > 0, B, B)", "np.where(V > 0, 1., 2.)"]:
    try:
        r = eval(case)
        print(case, '->', [x.shape for x in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(case, '->', type(e).__name__, message(e))
counts, edges = np.histogram(V, 3, (5, 0))
print(counts.shape, counts.dtype, edges.shape, edges.dtype)
try:
    counts.asnumpy()
except mx.base.MXNetError as e:
    print('read:', message(e))
