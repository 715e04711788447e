"""simple_bind with a stype_dict: arguments left out stay of unknown storage where only sparse-aware ops read them."""
import mxnet as mx


def bind(sym, **kwargs):
    try:
        sym.simple_bind(mx.cpu(), grad_req="null", **kwargs)
        print("bound")
    except RuntimeError as e:
        print("RuntimeError", str(e).partition("inputs:\n")[2].strip())


with mx.name.NameManager():
    x = mx.sym.var("data")
    fc = mx.sym.FullyConnected(x, num_hidden=3, name="fc")
    bind(fc, data=(2, 4), stype_dict={"fc_weight": "row_sparse"})
    bind(fc, data=(2, 4), stype_dict={})
    bind(fc, data=(2, 4))
    bind(fc, data=(2, 4), stype_dict={"fc_weight": "default", "data": "default", "fc_bias": "default", "zz": "csr"})
    w = mx.sym.var("w", stype="default")
    bind(mx.sym.FullyConnected(x, w, num_hidden=3, no_bias=True), data=(2, 4), stype_dict={"data": "default"})
    bind(x + mx.sym.var("b"), data=(2, 2), b=(2, 2), stype_dict={"data": "default"})
    for sym in [mx.sym.relu(x), mx.sym.exp(x), x * 2, 2 / x, mx.sym.sum(x), mx.sym.make_loss(x), mx.sym.MakeLoss(x),
                mx.sym.Activation(x, act_type="relu"), mx.sym.Convolution(x, kernel=(1, 1), num_filter=2),
                mx.sym.BatchNorm(x), mx.sym.reshape(x, shape=(-1,)), mx.sym.identity(x),
                mx.sym.Concat(x, x), mx.sym.dot(x, x), mx.sym.where(x, x, x)]:
        bind(sym, data=(2, 2, 2, 2), stype_dict={"zz": "default"})
