"""Gradients through unary math ops of csr/row_sparse inputs: MXNet's backward node runs its dense kernel and reports the storage fallback (inputs as its rule reads them, outputs the gradient buffers' storage types); values as MXNet's."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of

x0 = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]])
for st in ["csr", "row_sparse"]:
    for grad_stype in [None, "default"]:
        for f in ["abs", "sqrt", "square", "sign", "relu", "sigmoid", "exp", "log1p", "negative", "tanh", "make_loss"]:
            x = x0.tostype(st)
            if grad_stype is None:
                x.attach_grad()
            else:
                x.attach_grad(stype=grad_stype)

            def step():
                with mx.autograd.record():
                    y = getattr(mx.nd.sparse, f)(x)
                y.backward()
            res, lines = stderr_of(step)
            print("==", st, grad_stype, f, type(res).__name__ if isinstance(res, Exception) else "")
            for line in lines:
                if line.startswith(("operator", "input storage", "output storage")):
                    print("  ", line)
            print("  ", x.grad.stype, x.grad.asnumpy().round(5).tolist())
