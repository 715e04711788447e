"""Outputs whose gradient the op's backward never reads (topk's indices, BatchNorm's mean and variance) get no head-gradient node: a monitor sees none, and backward needs no head gradient for them."""
# recorded on AVX2
import mxnet as mx
from _words import words

S, nd = mx.sym, mx.nd
x = S.var("x")
GRAPHS = {
    "BatchNorm output_mean_var": lambda: S.BatchNorm(x, name="bn", output_mean_var=True),
    "its mean": lambda: S.BatchNorm(x, name="bn", output_mean_var=True)[1],
    "topk both": lambda: S.topk(x, k=1, ret_typ="both", name="tk"),
    "its indices": lambda: S.topk(x, k=1, ret_typ="both", name="tk")[1],
    "moments": lambda: S.Group(list(S.moments(x, axes=(0,), name="mo"))),
    "moments mean": lambda: S.moments(x, axes=(0,), name="mo")[0],
    "moments variance": lambda: S.moments(x, axes=(0,), name="mo")[1],
}
for label, make in GRAPHS.items():
    for monitor_all in (False, True):
        ex = make().simple_bind(mx.cpu(), x=(2, 3))
        names = []
        ex.set_monitor_callback(lambda name, arr: names.append(name.decode()), monitor_all=monitor_all)
        ex.forward(is_train=True, x=nd.array([[1, -2, 3], [3, 4, 0]]))
        ex.backward([nd.ones(o.shape) for o in ex.outputs])
        print(label, monitor_all, names)
    for given in ("none", "first only"):
        ex = make().simple_bind(mx.cpu(), x=(2, 3))
        ex.forward(is_train=True, x=nd.array([[1, -2, 3], [3, 4, 0]]))
        try:
            ex.backward() if given == "none" else ex.backward([nd.ones(ex.outputs[0].shape)])
            print("  ", given, ex.grad_dict["x"].asnumpy().ravel().tolist())
        except Exception as e:
            print("  ", given, words(e))
