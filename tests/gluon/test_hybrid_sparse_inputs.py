"""A hybridized block given sparse inputs runs its ops' sparse kernels, as MXNet's graph does: a csr dot sums
each row's stored values in order, and its row_sparse weight gradient sums them in the csr's order."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd


class _SparseLinear(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(10, 3), grad_stype="row_sparse")

    def hybrid_forward(self, F, x, w):
        return F.sparse.dot(x, w)


def _in_stored_order(dense, w, head):
    """float32 sums, one stored value at a time in row-major order: the forward and the weight gradient."""
    out, grad = np.zeros((dense.shape[0], w.shape[1]), np.float32), np.zeros(w.shape, np.float32)
    for r, c in zip(*np.nonzero(dense)):
        out[r] = out[r] + dense[r, c] * w[c]
        grad[c] = grad[c] + dense[r, c] * head[r]
    return out, grad


@pytest.mark.parametrize("hybridize", [False, True])
def test_a_hybridized_csr_dot_sums_as_the_csr_kernel(hybridize):
    rs = np.random.RandomState(0)
    dense = ((rs.rand(20, 10) < 0.4) * rs.normal(size=(20, 10))).astype(np.float32)
    head = rs.normal(size=(20, 3)).astype(np.float32)
    net = _SparseLinear()
    net.initialize(mx.init.Normal(0.5))
    if hybridize:
        net.hybridize()
    with autograd.record():
        y = net(nd.sparse.csr_matrix(dense))
    y.backward(nd.array(head))
    out, grad = _in_stored_order(dense, net.w.data().asnumpy(), head)
    assert y.asnumpy().tobytes() == out.tobytes()
    assert net.w.grad().stype == "row_sparse"
    assert net.w.grad().asnumpy().tobytes() == grad.tobytes()
