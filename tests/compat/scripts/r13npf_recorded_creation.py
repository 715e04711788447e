"""Under autograd: *_like and np.array(ndarray) are recorded, other pad modes fail backward, tril of a vector sums."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()


def grad_of(text, x):
    x = np.array(x)
    x.attach_grad()
    try:
        with autograd.record():
            y = eval(text, {'np': np, 'y': x})
        print(text, 'forward', y.shape, y.dtype)
        y.backward()
        print(text, 'grad', x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(text, 'MXNetError', str(e).strip().splitlines()[-1].replace('MXNetError: ', '')[:40])


m = [[1., -2.], [3., 4.]]
for text in ["np.full_like(y, 2.)", "np.zeros_like(y)", "np.ones_like(y, dtype='float64')",
             "np.full_like(y, 2, dtype='int32')",
             "np.array(y)", "np.array(y, dtype='float64') * 3", "np.array(y[0])", "np.pad(y, ((1, 1), (1, 2)))",
             "np.pad(y, ((1, 1), (1, 2)), mode='edge')", "np.pad(y, ((1, 1), (1, 1)), mode='reflect')",
             "np.pad(y, ((1, 1), (1, 1)), mode='symmetric')", "np.pad(y, ((1, 1), (1, 1)), mode='maximum')",
             "np.pad(y, ((1, 1), (1, 1)), mode='minimum')", "np.tril(y[0] * 2, -1)", "np.tril(y, 1) * 2"]:
    grad_of(text, m)
grad_of("np.tril(y, -1)", [3., -1., 2., 5.])
grad_of("np.tril(y, 1)", [3., -1., 2., 5.])
