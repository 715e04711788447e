"""mx.np creation shape checks in MXNet's words: -1 is an unknown size, below it refused; fills; tril of a scalar."""
from mxnet import np, npx
npx.set_np()

for case in ["np.zeros(-1)", "np.ones((2, -1))", "np.full(-1, 2)", "np.zeros(-2)", "np.ones((2, -3))",
             "np.full((-2,), 1)", "np.zeros((2, -1), dtype='int32')", "np.indices((-1, 2))", "np.indices((-2, 2))",
             "np.full((2, 3), np.array([1, 2]))", "np.full((2, 3), np.array([1, 2, 3, 4]), dtype='float64')",
             "np.tril(np.array(1.))", "np.tril(np.array(1.), 2)", "np.zeros((2, 0))", "np.full((0, 2), 7)",
             "np.zeros(2.0)", "np.zeros('a')", "np.zeros(np.array([2, 3]))"]:
    try:
        r = eval(case)
        print(case, '->', r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        lines = str(e).strip().splitlines()
        line = next((ln[len('MXNetError: '):] for ln in lines if ln.startswith('MXNetError: ')), lines[0])
        print(case, '->', type(e).__name__, line)
