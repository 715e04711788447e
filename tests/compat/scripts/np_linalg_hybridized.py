"""A hybridized block calling F.np.linalg (svd, norm, det, slogdet, inv, solve, cholesky): outputs and gradients
equal to the same block run op by op."""
import numpy as np
import mxnet as mx

mx.npx.set_np()


class LinalgBlock(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        ut, l, v = F.np.linalg.svd(x)
        sq = x[:, :3]
        spd = F.np.matmul(sq, F.np.swapaxes(sq, 0, 1)) + F.np.eye(3)
        sign, logdet = F.np.linalg.slogdet(sq)
        return (F.np.linalg.norm(x, axis=1) + l.sum() + F.np.linalg.norm(x, 3, axis=1) + F.np.linalg.det(sq)
                + F.np.linalg.solve(sq, x[:, 0:1]).sum() + F.np.linalg.inv(sq).sum() + sign * logdet
                + F.np.linalg.cholesky(spd).sum() + F.np.linalg.norm(x) + ut.sum() * v.sum())


for hybridize in [False, True]:
    block = LinalgBlock()
    if hybridize:
        block.hybridize()
    x = mx.np.array(np.random.RandomState(0).randn(3, 4))
    x.attach_grad()
    with mx.autograd.record():
        y = block(x)
    y.backward()
    print('hybridized' if hybridize else 'imperative', np.round(y.asnumpy(), 8).tolist())
    print(np.round(x.grad.asnumpy(), 8).tolist())
