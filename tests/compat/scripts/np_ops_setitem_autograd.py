"""Assignments while autograd records, as MXNet 1.9.1: a recorded value written into a whole fresh array (by :,
..., 0:n, cast and broadcast) is a recorded copy; other in-place writes of recorded values are refused."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for code in ['y = np.zeros(3); y[:] = x', 'y = np.zeros(3); y[...] = x', 'y = np.zeros(3); y[0:3] = x',
             'y = np.zeros(3); y[::1] = x', 'y = np.zeros(3); y[::-1] = x', 'y = np.zeros(4); y[1:] = x',
             'y = np.zeros((2, 3)); y[0] = x', 'y = np.zeros(3); y[:] = x * 2', 'y = np.zeros(3); y[:] = 1.',
             'y = np.zeros(3, dtype="float64"); y[:] = x', 'y = np.zeros((1, 3)); y[:] = x',
             'y = np.zeros((3,)); y[:, ...] = x', 'y = np.zeros(3) * x; y[:] = x',
             'z = np.zeros(3); y = z * 1; z[:] = x; y = z * 3', 'y = x * 2; y += 1', 'y = x * 2; y[0] = 5']:
    x = np.array([1., 2., 3.])
    x.attach_grad()
    env = dict(np=np, x=x)
    try:
        with mx.autograd.record():
            exec(code, env)
        env['y'].backward()
        print(code, '->', env['y'], x.grad)
    except mx.MXNetError:
        print(code, '!! MXNetError')
