# Executor.debug_str without gradients: MXNet's default MKLDNN subgraph backend fuses convolutions and fully
# connected layers with what follows them, and drops training-only Dropout.
import re
import mxnet as mx

S = mx.sym


def show(title, sym, **kwargs):
    print("##", title)
    print(sym.simple_bind(mx.cpu(), grad_req="null", **kwargs).debug_str())


def megabytes(sym, **kwargs):
    text = sym.simple_bind(mx.cpu(), grad_req="null", **kwargs).debug_str()
    return int(re.search(r"Total (\d+) MB allocated", text).group(1))


with mx.name.NameManager():
    d = S.Variable("data")

    def conv(x, name, filters=3):
        return S.Convolution(x, num_filter=filters, kernel=(3, 3), pad=(1, 1), name=name)

    block = S.Activation(conv(d, "c0", 4), act_type="relu", name="r0")
    block = S.BatchNorm(block, name="bn_after_act")
    res = S.Activation(S.BatchNorm(conv(block, "c1", 4), name="bn1"), act_type="relu", name="r1")
    res = S.Activation(S.BatchNorm(conv(res, "c2", 4), name="bn2") + block, act_type="relu", name="r2")
    pool = S.Pooling(res, kernel=(2, 2), stride=(2, 2), pool_type="max", name="pool")
    fc = S.Activation(S.FullyConnected(S.Dropout(pool, p=0.5, name="drop"), num_hidden=6, name="fc1"),
                      act_type="tanh", name="t")
    out = S.SoftmaxOutput(S.FullyConnected(fc, num_hidden=3, name="fc2"), name="softmax")
    show("residual net", out, data=(2, 3, 8, 8))
    show("sum on the right", S.sin(d, name="s") + conv(d, "c"), data=(1, 3, 8, 8))
    c = conv(d, "c")
    show("two readers", S.Group([S.Activation(c, act_type="relu", name="a"), S.sin(c, name="s")]),
         data=(1, 3, 8, 8))
    show("activations that do not fuse", S.Group([
        S.LeakyReLU(conv(d, "e"), act_type="elu", name="elu"), S.Activation(conv(d, "f"), act_type="softsign",
                                                                             name="ss"),
        S.relu(S.FullyConnected(d, num_hidden=2, name="fc"), name="r")]), data=(1, 3, 8, 8))
    show("clip and square", S.Group([S.clip(conv(d, "g"), 0, 6, name="clip"),
                                      S.square(S.FullyConnected(d, num_hidden=2, name="fcs"), name="sq")]),
         data=(1, 3, 8, 8))
    show("dropout kept when always on", S.Dropout(S.sin(d, name="s"), p=0.5, mode="always", name="da"),
         data=(2, 3))
    print("residual MB", megabytes(out, data=(32, 3, 64, 64)))
    big = S.Activation(S.BatchNorm(conv(d, "big", 32), name="bbn") + S.sin(d, name="bs"), act_type="relu",
                       name="br")
    print("conv sum MB", megabytes(big, data=(16, 32, 64, 64)))
