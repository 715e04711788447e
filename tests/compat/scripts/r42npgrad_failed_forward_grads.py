"""Gradients through mx.np ops whose forward kernel MXNet lacks for the dtype (float16 sort/argsort, bool ones): the forward's error reaches the gradient where MXNet's backward reads the failed outputs."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

CASES = [('sort', lambda x: np.sort(x)), ('sort_scaled', lambda x: np.sort(x) * 2), ('sort_axis0', lambda x: np.sort(x, axis=0)),
         ('sorted_sum', lambda x: np.sort(x).sum()), ('plus_sort', lambda x: x + np.sort(x))]
for name, f in CASES:
    for hd in (None, 'float16', 'float32'):
        for mode in ('bw', 'grad'):
            x = np.array([[3., 1., 2.], [0.5, -1., 4.]], dtype='float16')
            x.attach_grad()
            try:
                with autograd.record():
                    y = f(x)
                head = None if hd is None else np.ones(y.shape, dtype=hd)
                if mode == 'bw':
                    y.backward(head)
                    g = x.grad
                else:
                    g = autograd.grad(y, x, head_grads=head)[0]
                print(name, hd, mode, g.dtype, type(g).__name__, g.asnumpy().tolist())
            except Exception as e:
                print(name, hd, mode, type(e).__name__, [l for l in str(e).split('\n') if l.strip()][-1][:160])
