"""dot of two dense arrays with a sparse forward_stype reports MXNet's storage fallback (nd.dot and nd.sparse.dot), gives that storage type, and its gradient stays dense."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of

a = mx.nd.array([[0, 1.5], [2, 0]])
b = mx.nd.array([[1, 0], [0, 3]])
for fs in ["default", "csr", "row_sparse"]:
    for ta in [False, True]:
        for space in ["nd", "sparse"]:
            f = mx.nd.dot if space == "nd" else mx.nd.sparse.dot
            r, lines = stderr_of(lambda: f(a, b, forward_stype=fs, transpose_a=ta))
            print("==", space, fs, ta, r.stype, r.asnumpy().tolist())
            for line in lines:
                if line.startswith(("operator", "output storage", "params")):
                    print("  ", line)
x = mx.nd.ones((2, 2))
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.dot(x, b, forward_stype="csr")
y.backward()
print(x.grad.stype, x.grad.asnumpy().tolist())
