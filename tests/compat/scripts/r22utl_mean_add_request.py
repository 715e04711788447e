"""mean's backward into an 'add' buffer divides the whole buffer, the earlier gradient too, rounding as MXNet's
kernel does; check_numeric_gradient's report of that, and its refusal of grad_nodes of another kind."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("\n", " | "))


np.random.seed(0)
shape = (3, 4, 5)
for kw in [{}, {"axis": 0}, {"axis": 1, "keepdims": True}, {"axis": (0, 2)}, {"axis": 1, "exclude": True}]:
    x = mx.nd.array(np.random.rand(*shape))
    x.attach_grad(grad_req="add")
    x.grad[:] = mx.nd.array(np.random.normal(size=shape))
    for _ in range(2):
        with mx.autograd.record():
            y = mx.nd.mean(x, **kw)
        y.backward(mx.nd.array(np.random.rand(*y.shape)))
    g = x.grad.asnumpy()
    print("autograd", kw, g.ravel()[:5].tolist(), g.astype(np.float64).sum().round(6))

xs = mx.sym.Variable("x")
for ax, shp in [(0, (3, 40)), (1, (40, 7))]:
    init = np.random.normal(0, 0.01, size=shp).astype(np.float32)
    head = (np.random.rand(40) + 0.1).astype(np.float32)
    ex = mx.sym.mean(xs, axis=ax).bind(mx.cpu(), {"x": mx.nd.ones(shp)}, args_grad={"x": mx.nd.array(init)},
                                       grad_req="add")
    ex.forward(is_train=True)
    ex.backward([mx.nd.array(head)])
    g = ex.grad_dict["x"].asnumpy()
    print("executor", ax, g.ravel()[:5].tolist(), "(buffer + head) / n exactly:",
          bool((g == (init + np.expand_dims(head, ax)) / np.float32(shp[ax])).all()))

for seed in range(3):
    np.random.seed(seed)
    attempt(f"check_numeric_gradient mean add seed {seed}", lambda: tu.check_numeric_gradient(
        mx.sym.mean(xs, axis=0), [np.random.rand(3, 3) + 0.5], grad_nodes={"x": "add"}))
attempt("grad_nodes as a str", lambda: tu.check_numeric_gradient(xs * 2, [np.ones(2)], grad_nodes="x"))
attempt("grad_nodes as a set", lambda: tu.check_numeric_gradient(xs * 2, [np.ones(2)], grad_nodes={"x"}))
