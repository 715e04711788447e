# Executor backward into gradient arrays of another dtype than their argument: refused unless every op
# reading the argument has a converting backward (sum, copy, zeros_like, np std/var...), as MXNet's kernels
import mxnet as mx, numpy as onp
x = mx.nd.array([[1, 2], [3, 4]], dtype="float64")
a = mx.sym.var("a")
cases = {"mul2": a * 2, "sum": mx.sym.sum(a), "relu": mx.sym.relu(a), "exp": mx.sym.exp(a), "copy": mx.sym.identity(a),
         "zeros_like": mx.sym.zeros_like(a), "blockgrad": mx.sym.BlockGrad(a) + a * 0, "std": mx.sym.np.std(a.as_np_ndarray()).as_nd_ndarray(),
         "plus": a + a, "square": mx.sym.square(a), "fc": mx.sym.FullyConnected(a, num_hidden=2, no_bias=True, name="fc")}
for name, sym in cases.items():
    args = {"a": x}
    grads = {"a": mx.nd.ones((2, 2), dtype="float32")}
    if name == "fc":
        args["fc_weight"] = mx.nd.ones((2, 2), dtype="float64"); grads["fc_weight"] = mx.nd.ones((2, 2), dtype="float64")
    try:
        exe = sym.bind(mx.cpu(), args, args_grad=grads)
        exe.forward(is_train=True)
        exe.backward([mx.nd.ones(o.shape, dtype=o.dtype) for o in exe.outputs])
        print(name, exe.grad_dict["a"].asnumpy().tolist())
    except Exception as e:
        print(name, "ERR", type(e).__name__)

S = mx.sym.np
x = mx.nd.array(onp.random.RandomState(0).uniform(-1, 1, (4, 3)), dtype="float64")
for gdt in ("float32", "float64"):
    a = mx.sym.var("a").as_np_ndarray()
    sym = (S.std(a, axis=0) + S.var(a, axis=1).sum()).as_nd_ndarray()
    try:
        exe = sym.bind(mx.cpu(), {"a": x}, args_grad={"a": mx.nd.ones((4, 3), dtype=gdt)})
        exe.forward(is_train=True)
        exe.backward(mx.nd.ones((3,), dtype="float64"))
        print(gdt, exe.grad_dict["a"].asnumpy().tolist())
    except Exception as e:
        print(gdt, "ERR", type(e).__name__)
