"""Gradients through sum/mean/norm of csr/row_sparse inputs: MXNet's backward nodes (_backward_sum, _backward_mean, _backward_norm) report their storage fallback into sparse gradient buffers (norm's also into a dense one); values as MXNet's."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of

x0 = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [0.2, 0, -0.3]])
for f in ["sum", "mean", "norm"]:
    for st in ["csr", "row_sparse"]:
        for grad_stype in [None, "default"]:
            x = x0.tostype(st)
            x.attach_grad(stype=grad_stype)

            def step():
                with mx.autograd.record():
                    y = getattr(mx.nd, f)(x)
                y.backward()
            res, lines = stderr_of(step)
            print("==", f, st, grad_stype, type(res).__name__ if isinstance(res, Exception) else "")
            for line in lines:
                if line.startswith(("operator", "input storage", "output storage")):
                    print("  ", line)
            print("  ", x.grad.stype, x.grad.asnumpy().round(5).tolist())
