"""Embedding with a gradient attached to its indices: backward returns, the gradients carry the kernel's error."""
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


for sparse_grad in (False,):      # (a row_sparse gradient does not carry the error yet)
    for hybridize in (False, True):
        net = mx.gluon.nn.Embedding(5, 3, sparse_grad=sparse_grad)
        net.initialize(mx.init.One())
        if hybridize:
            net.hybridize()
        x = mx.nd.array([[0, 4], [2, 2]])
        x.attach_grad()
        with mx.autograd.record():
            y = net(x)
        attempt(f"sparse_grad={sparse_grad} hybridized={hybridize} backward", lambda: y.backward())
        attempt("  output", lambda: y.sum().asscalar())
        attempt("  weight gradient", lambda: net.weight.grad().asnumpy().sum())
        attempt("  index gradient", lambda: x.grad.asnumpy().sum())
        attempt("  waitall", mx.nd.waitall)

w = mx.nd.ones((5, 3))
w.attach_grad()
x = mx.nd.array([1, 3])
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.Embedding(x, w, input_dim=5, output_dim=3)
attempt("nd.Embedding backward", lambda: y.backward())
attempt("  waitall", mx.nd.waitall)
attempt("  waitall again", mx.nd.waitall)
