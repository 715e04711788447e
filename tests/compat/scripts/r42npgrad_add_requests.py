"""mx.np backwards into variables with grad_req='add': which ops' kernels add and which overwrite (diff, trace), over repeated passes."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
fs = [('diff', lambda x: np.diff(x)), ('sum', lambda x: np.sum(x, axis=0)), ('mean', lambda x: np.mean(x, axis=0)), ('avg', lambda x: np.average(x, axis=0)),
      ('avgw', lambda x: np.average(x, axis=1, weights=np.array([1., 2., 3.]))), ('cumsum', lambda x: np.cumsum(x, axis=1)), ('std', lambda x: np.std(x, axis=0)),
      ('var', lambda x: np.var(x)), ('trace', lambda x: np.trace(x)), ('prod', lambda x: np.prod(x, axis=1)), ('max', lambda x: np.max(x, axis=0)),
      ('tril', lambda x: np.tril(x)), ('polyval', lambda x: np.polyval(x[0], np.array([1., 2.]))), ('where', lambda x: np.where(x > 4, x, 2 * x)),
      ('clip', lambda x: np.clip(x, 2, 5)), ('flip', lambda x: np.flip(x, 1)), ('roll', lambda x: np.roll(x, 1)), ('rot90', lambda x: np.rot90(x)),
      ('tile', lambda x: np.tile(x, 2)), ('repeat', lambda x: np.repeat(x, 2)), ('concat', lambda x: np.concatenate([x, x])), ('stack', lambda x: np.stack([x, x])),
      ('split', lambda x: np.split(x, 3, axis=1)[1]), ('take', lambda x: np.take(x, np.array([0, 2]), axis=1)), ('mask', lambda x: x[x > 3]),
      ('dot', lambda x: np.dot(x, x.T)), ('matmul', lambda x: np.matmul(x, x.T)), ('tensordot', lambda x: np.tensordot(x, x, axes=([1], [1]))),
      ('einsum', lambda x: np.einsum('ij,ij->i', x, x)), ('outer', lambda x: np.outer(x[0], x[1])), ('diag', lambda x: np.diag(x)), ('diagonal', lambda x: np.diagonal(x)),
      ('pad', lambda x: np.pad(x, 1)), ('hypot', lambda x: np.hypot(x, 3.)), ('ldexp', lambda x: np.ldexp(x, np.array(2.))), ('nan2num', lambda x: np.nan_to_num(x)),
      ('broadcast', lambda x: np.broadcast_to(x[0], (4, 3))), ('ediff', lambda x: np.ediff1d(x)), ('cross', lambda x: np.cross(x[0], x[1])),
      ('linalg_det', lambda x: np.linalg.det(x[:, :2])), ('inv', lambda x: np.linalg.inv(x[:, :2])), ('slogdet', lambda x: np.linalg.slogdet(x[:, :2])[1]),
      ('cholesky', lambda x: np.linalg.cholesky(np.dot(x, x.T))), ('sort', lambda x: np.sort(x)), ('interp', lambda x: np.interp(x, np.array([0., 10.]), np.array([0., 1.])))]
for name, f in fs:
    x = np.array([[1., 4., 2.], [3., 7., 5.]])
    x.attach_grad(grad_req='add')
    try:
        for _ in range(2):
            with autograd.record():
                y = f(x)
            y.backward()
        print(name, [round(v, 5) for v in x.grad.asnumpy().ravel().tolist()])
    except Exception as e:
        print(name, 'ERR', type(e).__name__, str(e).split('\n')[-1][:150])

fs = [('trace', lambda x: np.trace(x)), ('trace_off', lambda x: np.trace(x, offset=1)), ('trace_scaled', lambda x: np.trace(x) * 3),
      ('trace_plus_sum', lambda x: np.trace(x) + x.sum()), ('trace_3d', lambda x: np.trace(x.reshape(1, 2, 3), axis1=1, axis2=2)),
      ('trace_of_sq', lambda x: np.trace(x * x))]
for name, f in fs:
    x = np.array([[1., 4., 2.], [3., 7., 5.]])
    x.attach_grad(grad_req='add')
    for _ in range(3):
        with autograd.record():
            y = f(x)
        y.backward()
    print(name, x.grad.asnumpy().ravel().tolist())
