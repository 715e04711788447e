"""mx.np reductions of a 0-d array take axis 0 or -1 (max and min -1 only) and refuse others with MXNet's shape checks."""
from mxnet import np, npx
npx.set_np()
a = np.array(3.)
for name in ('sum', 'mean', 'prod', 'max', 'min', 'var', 'std', 'all', 'any'):
    for axis in (0, -1, 5, -2, (0, 1), (0,), (-1, 0), (1, 2)):
        try:
            r = getattr(np, name)(a, axis=axis); r.wait_to_read(); print(name, axis, 'ok', r.shape)
        except Exception as e:
            m = [l for l in str(e).splitlines() if 'Check failed' in l] or str(e).splitlines()
            print(name, axis, type(e).__name__, m[0].replace('MXNetError: ', '').rstrip())
