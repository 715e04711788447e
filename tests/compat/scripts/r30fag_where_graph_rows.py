"""where in a bound graph (executor, hybridized block) with a condition shaped unlike x: its elements pick equal runs of x (rows for (N,1)/(1,N)), forward and gradients; the imperative call refuses."""
# recorded on AVX2
import numpy as np
import mxnet as mx


def show_error(e):
    print("ERR", type(e).__name__, next(line for line in str(e).splitlines() if "Operator" in line))


def bound(cond, xshape):
    c, x, y = mx.sym.var('c'), mx.sym.var('x'), mx.sym.var('y')
    cv = mx.nd.array(np.array(cond, dtype=np.float32).reshape(cond.shape if hasattr(cond, 'shape') else (-1,)))
    xs = mx.nd.arange(int(np.prod(xshape))).reshape(xshape)
    grads = {'c': mx.nd.ones(cv.shape) * 7, 'x': mx.nd.zeros(xshape), 'y': mx.nd.zeros(xshape)}
    ex = mx.sym.where(c, x, y).bind(mx.cpu(), {'c': cv, 'x': xs, 'y': -mx.nd.ones(xshape)}, args_grad=grads)
    out = ex.forward(is_train=True)[0]
    print(cv.shape, xshape, out.shape, out.asnumpy().ravel().tolist())
    ex.backward(mx.nd.ones(xshape) * 2)
    print("  grads", [g.asnumpy().ravel().tolist() for g in ex.grad_arrays])


class Where(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, c, x, y):
        return F.where(c, x, y) * 3


cases = [(np.array([[0], [1], [0]]), (3, 4)), (np.array([[1, 0, 1]]), (3, 4)), (np.array([[[1]], [[0]], [[1]]]), (3, 4)),
         (np.array([[0, 1, 1]]), (3, 4, 2)), (np.array([[1], [0], [1]]), (3, 2, 2)), (np.array([[1, 0], [0, 1]]), (4, 3)),
         (np.array([[1], [0], [1], [0]]), (1, 4)), (np.array([[0, 1, 0, 1]]), (3, 4)), (np.array([[0]]), (1, 5)),
         (np.array([[1, 0, 1]]), (3,)), (np.array([[1], [0], [1]]), (3,))]
for cond, xshape in cases:
    bound(cond, xshape)

for cond in (np.array([[0], [1], [0]]), np.array([[1, 0, 1]]), np.array([1, 1, 0])):
    block = Where()
    block.hybridize()
    x = mx.nd.arange(12).reshape((3, 4))
    x.attach_grad()
    with mx.autograd.record():
        out = block(mx.nd.array(cond), x, -mx.nd.ones((3, 4)))
    out.backward()
    print("hybridized", cond.shape, out.asnumpy().tolist(), x.grad.asnumpy().tolist())
    try:
        mx.nd.where(mx.nd.array(cond), x, -mx.nd.ones((3, 4))).wait_to_read()
        print("imperative ran")
    except mx.base.MXNetError as e:
        show_error(e)
