"""np.interp: left/right, period, scalar and 2-d x, int inputs, nan/inf x, float64 x, and its argument refusals."""
import mxnet as mx
import numpy as onp
np = mx.np
npx = mx.npx
npx.set_np()


def run(name, f):
    try:
        r = f()
        print(name, r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__, [l for l in str(e).split('\n') if l.strip()][-1][:160])


xp = np.array([1., 2., 4.])
fp = np.array([10., 0., 5.])
for xs in [np.array([-1., 1., 1.5, 3., 4., 9.]), np.array([[0.5, 2.5], [3.9, 4.1]])]:
    run('interp', lambda: np.interp(xs, xp, fp))
    run('interp_lr', lambda: np.interp(xs, xp, fp, left=-7., right=70.))
    run('interp_period', lambda: np.interp(xs, xp, fp, period=3.))
run('interp_scalar', lambda: np.interp(2.5, xp, fp))
run('interp_int', lambda: np.interp(np.array([1, 3]), np.array([0, 4]), np.array([0, 8])))
run('interp_nan', lambda: np.interp(np.array([onp.nan, onp.inf, -onp.inf]), xp, fp))
run('interp_f64', lambda: np.interp(np.array([1.1, 3.3], dtype='float64'), xp, fp))
run('interp_len_mismatch', lambda: np.interp(np.array([1.]), xp, np.array([1., 2.])))
run('interp_period0', lambda: np.interp(np.array([1.]), xp, fp, period=0))
