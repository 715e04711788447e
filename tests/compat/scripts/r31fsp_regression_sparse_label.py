"""Regression outputs with a sparse label: Linear/Logistic have MXNet's csr-label kernel (no fallback report forward or backward); other combinations report the forward and the backward node's storage fallback. Gradients as MXNet's."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of


def run(op, stype):
    x = mx.nd.ones((3, 3))
    x.attach_grad()
    label = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]]).tostype(stype)

    def step():
        with mx.autograd.record():
            y = getattr(mx.nd, op)(x, label)
        y.backward()
        return y
    y, lines = stderr_of(step)
    print("==", op, stype)
    for line in lines:
        if line.startswith(("operator", "input storage", "output storage")):
            print("  ", line)
    print("  ", y.asnumpy().round(5).tolist(), x.grad.asnumpy().round(5).tolist())


for stype in ["csr", "row_sparse"]:
    for op in ["LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"]:
        run(op, stype)
