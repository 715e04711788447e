"""np.linalg.norm of vectors holding NaN, infinities, zeros and magnitudes whose ratio underflows: ord 0 counts as
MXNet's scaled reducer does; a NaN alone gives NaN for every order (float16/32/64, axis None / one axis)."""
from mxnet import np, npx
npx.set_np()

nan, inf = float('nan'), float('inf')
rows = [[nan], [inf], [-inf], [-1.], [-2., 3.], [0.5], [0., -0.], [nan, 1.], [inf, 1.], [1., inf], [inf, nan], [nan, inf],
        [nan, 0., 2.], [2., nan], [0., nan], [nan, nan, 2.], [1e-30, 1e30], [1e30, 1e-30], [1e-4, 6e4], [6e4, 1e-4, 2.],
        [1e-45, 1.], [3., -inf, 2., nan], [0., 0., 5.]]
for v in rows:
    for dt in ('float32', 'float16', 'float64'):
        x = np.array(v, dtype=dt)
        r = [np.linalg.norm(x, ord=0).item(), np.linalg.norm(x.reshape(1, -1), ord=0, axis=1).tolist(),
             np.linalg.norm(x.reshape(-1, 1), ord=0, axis=0, keepdims=True).tolist()]
        for o in (1, 3, 0.5):
            r.append(np.linalg.norm(x, ord=o).item())
        r.append(np.linalg.norm(x).item())
        print(v, dt, r)
m = np.array([[nan, 1., 0.], [0., 2., inf], [1e-30, 1e30, 3.]], dtype='float32')
for axis in (0, 1, -1):
    print("matrix ord 0 axis", axis, np.linalg.norm(m, ord=0, axis=axis).tolist(),
          np.linalg.norm(m, ord=1, axis=axis).tolist(), np.linalg.norm(m, ord=3, axis=axis).tolist())
