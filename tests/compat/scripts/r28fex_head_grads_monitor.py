"""Executor backward without head gradients when every element is masked out, and monitors of graphs the
subgraph backend leaves alone (float64, float16)."""
# recorded on AVX2
import mxnet as mx
from _words import words

d = mx.sym.Variable("data")
NEG = mx.nd.array([[-1.0, -2.0], [-3.0, -0.5]])
OPS = {"relu": lambda F, x: F.relu(x), "Activation relu": lambda F, x: F.Activation(x, act_type="relu"),
       "clip": lambda F, x: F.clip(x, 0.0, 1.0), "maximum 5": lambda F, x: F.maximum(x, 5.0),
       "minimum -5": lambda F, x: F.minimum(x, -5.0), "floor": lambda F, x: F.floor(x), "sign": lambda F, x: F.sign(x),
       "x > 0": lambda F, x: x > 0, "BlockGrad": lambda F, x: F.BlockGrad(x), "MakeLoss": lambda F, x: F.MakeLoss(x),
       "SoftmaxOutput ignored": lambda F, x: F.SoftmaxOutput(x, F.ones((2,)) * 5, use_ignore=True, ignore_label=5),
       "LeakyReLU slope 0": lambda F, x: F.LeakyReLU(x, slope=0.0), "smooth_l1": lambda F, x: F.smooth_l1(x * 0),
       "relu relu": lambda F, x: F.relu(F.relu(x)), "zeros_like": lambda F, x: F.zeros_like(x),
       "x * 0": lambda F, x: x * 0, "argmax": lambda F, x: F.argmax(x, axis=1),
       "max of relu": lambda F, x: F.max(F.relu(x), axis=1), "round": lambda F, x: F.round(x),
       "slice of relu": lambda F, x: F.slice_axis(F.relu(x), axis=1, begin=0, end=1),
       "sum then clip": lambda F, x: F.clip(F.sum(x, axis=1, keepdims=True), 0.5, 1.0),
       "fc then clip": lambda F, x: F.clip(F.FullyConnected(x, F.ones((3, 2)), F.ones((3,)), num_hidden=3), 5, 6)}
for label, f in OPS.items():
    try:
        ex = f(mx.sym, d).simple_bind(mx.cpu(), data=(2, 2))
        ex.arg_dict["data"][:] = NEG
        ex.forward(is_train=True)
        ex.backward()
        print(label, "executor", ex.grad_dict["data"].asnumpy().ravel())
    except Exception as e:
        print(label, "executor", words(e))
    x = NEG.copy()
    x.attach_grad()
    with mx.autograd.record():
        y = f(mx.nd, x)
    y.backward()
    print(label, "autograd", x.grad.asnumpy().ravel())

for dtype in ("float32", "float64", "float16"):
    for graph in ("fc", "relu fc", "fc relu", "fc tanh"):
        for req in ("null", "write"):
            x = mx.sym.relu(d) if graph == "relu fc" else d
            y = mx.sym.FullyConnected(x, num_hidden=3, name="fc")
            y = {"fc relu": mx.sym.relu, "fc tanh": mx.sym.tanh}.get(graph, lambda v: v)(y)
            ex = y.simple_bind(mx.cpu(), grad_req=req, type_dict={"data": dtype}, data=(2, 4))
            names = []
            ex.set_monitor_callback(lambda n, a: names.append(n))
            for a in ex.arg_dict.values():
                a[:] = 0.25
            try:
                out = ex.forward(is_train=False)[0].asnumpy().ravel()[:3]
            except Exception as e:
                out = words(e)
            print(dtype, graph, req, out, [n.decode().split("_", 1)[1] if n[:4] in (b"relu", b"tanh") else n.decode()
                                           for n in names])
