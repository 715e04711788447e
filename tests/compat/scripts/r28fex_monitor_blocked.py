"""What an executor's monitor sees in backward when a variable is read through BlockGrad (or stop_gradient)."""
# recorded on AVX2
import mxnet as mx

d = mx.sym.Variable("data")
CASES = {
    "BlockGrad, mean, SoftmaxOutput": lambda: mx.sym.SoftmaxOutput(
        mx.sym.mean(mx.sym.BlockGrad(d), axis=0, keepdims=True), name="sm"),
    "BlockGrad, SoftmaxOutput": lambda: mx.sym.SoftmaxOutput(mx.sym.BlockGrad(d), name="sm"),
    "BlockGrad, relu, SoftmaxOutput": lambda: mx.sym.SoftmaxOutput(mx.sym.relu(mx.sym.BlockGrad(d)), name="sm"),
    "BlockGrad, MakeLoss": lambda: mx.sym.MakeLoss(mx.sym.BlockGrad(d)),
    "BlockGrad + data": lambda: mx.sym.MakeLoss(mx.sym.BlockGrad(d) + d),
    "BlockGrad, relu, times 2": lambda: mx.sym.MakeLoss(mx.sym.relu(mx.sym.BlockGrad(d)) * 2),
    "stop_gradient, MakeLoss": lambda: mx.sym.MakeLoss(mx.sym.stop_gradient(d)),
    "group": lambda: mx.sym.Group([mx.sym.MakeLoss(mx.sym.BlockGrad(d)), mx.sym.MakeLoss(d * 3)]),
}
for label, make in CASES.items():
    for dtype in ("float32", "float64"):
        ex = make().simple_bind(mx.cpu(), type_dict={"data": dtype}, data=(2, 3))
        ex.arg_dict["data"][:] = mx.nd.array([[1, -2, 3], [-4, 5, -6]])
        names = []
        ex.set_monitor_callback(lambda n, arr: names.append(n.decode().split("_", 1)[-1]))    # (no counters)
        ex.forward(is_train=True)
        names.append("|")
        ex.backward()
        print(label, dtype, names, ex.grad_dict["data"].asnumpy().ravel())
