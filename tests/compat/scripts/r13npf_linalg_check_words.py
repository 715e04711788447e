"""np.linalg functions refuse too few axes, non-square matrices and unsupported types in each operator's words."""
from mxnet import np, npx
npx.set_np()

inputs = {"V": np.ones(3), "S": np.array(1.), "R": np.ones((2, 3)), "H": np.eye(2, dtype='float16'),
          "I": np.eye(2, dtype='int32'), "B": np.ones((2, 2)) > 0, "Z": np.zeros((0, 0))}
for name in ["inv", "det", "slogdet", "cholesky", "eigh", "eig", "eigvals", "eigvalsh", "svd", "pinv"]:
    for key, x in inputs.items():
        try:
            r = getattr(np.linalg, name)(x)
            r = r if isinstance(r, (list, tuple)) else [r]
            print(name, key, [(t.shape, str(t.dtype), t.asnumpy().size) for t in r])    # (some fail when read)
        except Exception as e:      # noqa: BLE001
            lines = str(e).strip().splitlines()
            line = next((ln[12:] for ln in lines if ln.startswith('MXNetError: ')), lines[0])
            print(name, key, type(e).__name__, line)
for case in ["np.linalg.solve(np.ones(2), np.ones(2))", "np.linalg.solve(np.ones((2, 3)), np.ones(2))",
             "np.linalg.tensorinv(np.ones((2, 3)), 1)", "np.linalg.tensorinv(np.eye(2, dtype='float16'), 1)"]:
    try:
        eval(case)
    except Exception as e:      # noqa: BLE001
        lines = str(e).strip().splitlines()
        print(case, next((ln[12:] for ln in lines if ln.startswith('MXNetError: ')), lines[0]))
