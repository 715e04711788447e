"""mx.np.linalg.svd: MXNet's outputs, refusals and gradients (every output given a head gradient)."""
import numpy as np
import mxnet as mx

mx.npx.set_np()
rs = np.random.RandomState(0)


def loss(an, heads):
    outs = mx.np.linalg.svd(mx.np.array(an, dtype='float64'))
    return sum(float((o.asnumpy() * h).sum()) for o, h in zip(outs, heads))


for shape in [(3, 4), (2, 3, 3), (2, 5)]:
    for dt in ['float32', 'float64']:
        an = rs.randn(*shape)
        a = mx.np.array(an, dtype=dt)
        a.attach_grad()
        with mx.autograd.record():
            outs = mx.np.linalg.svd(a)
        heads = [rs.randn(*o.shape) for o in outs]
        mx.autograd.backward(list(outs), [mx.np.array(h, dtype=dt) for h in heads])
        print(shape, dt, [(o.shape, o.dtype) for o in outs], a.grad.dtype)
        print(np.round(a.grad.asnumpy(), 4 if dt == 'float32' else 10))
        if dt == 'float64':
            fd = np.zeros(shape)
            for idx in np.ndindex(*shape):
                p, m = an.copy(), an.copy()
                p[idx] += 1e-6
                m[idx] -= 1e-6
                fd[idx] = (loss(p, heads) - loss(m, heads)) / 2e-6
            print('matches finite differences:', np.allclose(a.grad.asnumpy(), fd, atol=1e-6))

# only the singular values' gradient: the outer product of the singular vectors
a = mx.np.array([[3., 1., 0.], [1., 2., 1.]], dtype='float64')
a.attach_grad()
with mx.autograd.record():
    l = mx.np.linalg.svd(a)[1]
l.backward()
print(np.round(a.grad.asnumpy(), 10))

for shape, dt in [((4, 3), 'float32'), ((2, 3), 'int32'), ((2, 3), 'float16'), ((3,), 'float32')]:
    try:
        [o.asnumpy() for o in mx.np.linalg.svd(mx.np.ones(shape, dtype=dt))]
        print(shape, dt, 'computed')
    except mx.base.MXNetError:
        print(shape, dt, 'MXNetError')
