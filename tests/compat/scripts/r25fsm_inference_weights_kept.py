"""An executor bound without gradients runs MXNet's MKLDNN fused nodes, which keep the weight their first
forward read: a later set_params, a write into the executor's arrays, or the update of a training module
whose parameters it shares goes unseen by a FullyConnected's or Convolution's weight (their bias is read
afresh; a Convolution + BatchNorm folds again when its weight or bias changes, not its BatchNorm's), until
a batch of another size rebinds the executor. An executor with gradients, and data of 6 axes (not fused),
see every write."""
# recorded on AVX2
import numpy as np
import mxnet as mx

d = mx.sym.Variable("data")
r4 = mx.sym.reshape(d, shape=(0, 1, 2, 2))


def conv(x, **kw):
    return mx.sym.Convolution(x, num_filter=2, kernel=(1, 1), name="fc1", **kw)


NETS = {
    "fc": mx.sym.FullyConnected(d, num_hidden=2, name="fc1"),
    "fc_nobias": mx.sym.FullyConnected(d, num_hidden=2, no_bias=True, name="fc1"),
    "fc_relu": mx.sym.relu(mx.sym.FullyConnected(d, num_hidden=2, name="fc1")),
    "fc_fc": mx.sym.FullyConnected(mx.sym.FullyConnected(d, num_hidden=3, name="fc0"), num_hidden=2, name="fc1"),
    "fc_noflat": mx.sym.FullyConnected(d, num_hidden=2, flatten=False, name="fc1"),
    "fc_bn": mx.sym.BatchNorm(mx.sym.FullyConnected(d, num_hidden=2, name="fc1"), name="bn"),
    "fc5d": mx.sym.FullyConnected(mx.sym.reshape(d, shape=(0, 1, 1, 2, 2)), num_hidden=2, name="fc1"),
    "fc6d": mx.sym.FullyConnected(mx.sym.reshape(d, shape=(0, 1, 1, 1, 2, 2)), num_hidden=2, name="fc1"),
    "conv": conv(r4),
    "conv_relu": mx.sym.relu(conv(r4)),
    "conv_bn": mx.sym.BatchNorm(conv(r4), name="bn"),
    "conv_bn_relu": mx.sym.relu(mx.sym.BatchNorm(conv(r4), fix_gamma=False, name="bn")),
    "conv_add": conv(r4) + mx.sym.concat(r4, r4, dim=1),
    "conv_bn_add": mx.sym.BatchNorm(conv(r4), name="bn") + mx.sym.concat(r4, r4, dim=1),
    "deconv": mx.sym.Deconvolution(r4, num_filter=2, kernel=(1, 1), name="fc1"),
}
x = mx.nd.array(np.arange(8).reshape(2, 4) / 8.0)
x3 = mx.nd.array(np.arange(12).reshape(3, 4) / 8.0)


def out(mod, batch, is_train=False):
    mod.forward(mx.io.DataBatch([batch]), is_train=is_train)
    return mod.get_outputs()[0].asnumpy().ravel()[:4].tolist()


def write(mod, how):
    arg, aux = mod.get_params()
    if how == "weight":
        mod._exec_group.execs[0].arg_dict["fc1_weight"][:] = 1.0
    elif how == "bias":
        mod._exec_group.execs[0].arg_dict["fc1_bias"][:] = 1.0
    elif how == "set_params":
        mod.set_params({k: v * 2 for k, v in arg.items()}, aux)
    elif how == "force_init":
        mod.init_params(mx.init.Constant(1.0), force_init=True)
    elif how == "batchnorm":
        mod._exec_group.execs[0].arg_dict["bn_gamma"][:] = 2.0
        mod._exec_group.execs[0].aux_dict["bn_moving_mean"][:] = 1.0


for name, net in NETS.items():
    args = net.list_arguments()
    for how in ["weight", "bias", "set_params", "force_init", "batchnorm", "is_train", "reshape", "trained"]:
        if (how == "bias" and "fc1_bias" not in args) or (how == "batchnorm" and "bn_gamma" not in args):
            continue
        mod = mx.mod.Module(net, label_names=None)
        mod.bind([("data", (2, 4))], None, for_training=how == "trained")
        mod.init_params(mx.init.Constant(0.5))
        first = out(mod, x)
        write(mod, "weight" if how in ("is_train", "reshape", "trained") else how)
        if how == "reshape":
            print(name, how, first, out(mod, x3), out(mod, x))
        else:
            print(name, how, first, out(mod, x, is_train=how == "is_train"))

# a predictor sharing a training module's parameters, and the same network through simple_bind
train = mx.mod.Module(mx.sym.SoftmaxOutput(NETS["fc_relu"], name="softmax"))
train.bind([("data", (2, 4))], [("softmax_label", (2,))])
train.init_params(mx.init.Constant(0.3))
train.init_optimizer(optimizer_params={"learning_rate": 0.5})
predictor = mx.mod.Module(train.symbol)
predictor.bind([("data", (2, 4))], [("softmax_label", (2,))], for_training=False, shared_module=train)
for step in range(3):
    print("shared", step, out(predictor, x), out(train, x, is_train=True))
    train.backward()
    train.update()
for name in ("fc", "conv_bn", "fc6d"):
    ex = NETS[name].simple_bind(mx.cpu(), grad_req="null", data=(2, 4))
    for k, v in sorted(ex.arg_dict.items()):
        v[:] = 0.5 if k != "data" else x
    for k, v in ex.aux_dict.items():
        v[:] = 1.0 if "var" in k else 0.0
    before = ex.forward(is_train=False)[0].asnumpy().ravel()[:4].tolist()
    ex.arg_dict["fc1_weight"][:] = 1.0
    print("simple_bind", name, before, ex.forward(is_train=False)[0].asnumpy().ravel()[:4].tolist())
