"""mx.np einsum's gradient of a broadcast operand sums the broadcast axes in its kernel's double loop (no reducer after), optimized or not, to MXNet's last bit."""
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()
mx.random.seed(1)
cases = [((1, 50), (3, 50), '...i,...i->...'), ((1, 50), (3, 50), '...i,...j->...ij'),
         ((4, 1, 6), (3, 6), '...i,...i->...'), ((2, 3, 1), (1, 3, 5), 'i...,i...->...'),
         ((6, 1, 9), (1, 5, 9), '...i,...i->...i'), ((1, 20), (7, 20), '...i,...i'), ((2, 1), (1, 4), 'ij,jk->ik')]
for opt in (False, True):
    for dt in ('float32', 'float64', 'float16'):
        for sa, sb, eq in cases:
            a = np.random.uniform(-1, 1, size=sa).astype(dt)
            b = np.random.uniform(-1, 1, size=sb).astype(dt)
            a.attach_grad()
            b.attach_grad()
            with autograd.record():
                y = np.einsum(eq, a, b, optimize=opt)
            y.backward()
            print(eq, sa, sb, dt, opt, y.shape)
            print(' a', a.grad.asnumpy().tobytes().hex())
            print(' b', b.grad.asnumpy()[..., :4].tobytes().hex())
