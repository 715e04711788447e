"""Graphs converted by AMP to bfloat16 (convert_hybrid_block, convert_model) run on CPU with bfloat16 values between their steps, rounded as MXNet's kernels round them."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from mxnet.contrib import amp


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:          # noqa: BLE001 -- the error is the behaviour shown
        print(label, type(e).__name__, str(e).splitlines()[0][:160])


class Gated(nn.HybridBlock):
    """A residual unit whose two branches meet in an elementwise product."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.conv = nn.Conv2D(6, 3, padding=1)
        self.norm = nn.BatchNorm()
        self.skip = nn.Conv2D(6, 1)

    def hybrid_forward(self, F, x):
        y = F.relu(self.norm(self.conv(x)))
        return (y + self.skip(x)) * F.sigmoid(y)


def network(kind):
    net = nn.HybridSequential()
    if kind == "cnn":
        net.add(nn.Conv2D(8, 3, padding=1, activation="relu"), nn.MaxPool2D(), nn.Conv2D(4, 3, use_bias=False),
                nn.BatchNorm(), nn.Activation("tanh"), nn.AvgPool2D(2), nn.Flatten(),
                nn.Dense(16, activation="relu"), nn.Dropout(0.5), nn.Dense(5))
    elif kind == "gated":
        net.add(Gated(), nn.GlobalAvgPool2D(), nn.Dense(3))
    elif kind == "mlp":
        net.add(nn.Dense(32, activation="sigmoid"), nn.LayerNorm(), nn.Dense(10, activation="softrelu"), nn.Dense(4))
    else:
        net.add(nn.Conv2D(4, 3, strides=2), nn.LeakyReLU(0.1), nn.GlobalMaxPool2D(), nn.Flatten(), nn.Dense(2))
    return net


for kind in ("cnn", "gated", "mlp", "leaky"):
    mx.random.seed(3)
    net = network(kind)
    net.initialize(mx.init.Xavier())
    x = nd.random.normal(shape=(3, 12)) if kind == "mlp" else nd.random.uniform(-1, 1, shape=(3, 3, 8, 8))
    net.hybridize()
    print(kind, "float32", net(x).asnumpy().ravel()[:6].tolist())
    low = amp.convert_hybrid_block(net, target_dtype="bfloat16", ctx=mx.cpu())
    out = low(x)
    print(kind, "bfloat16", out.dtype, out.asnumpy().ravel()[:6].tolist())
    low.hybridize()
    print(kind, "hybridized", low(x[:2]).asnumpy().ravel()[:6].tolist())

data = mx.sym.var("data")
fc1 = mx.sym.FullyConnected(data, num_hidden=8, name="fc1")
fc2 = mx.sym.FullyConnected(mx.sym.Activation(fc1, act_type="relu"), num_hidden=3, name="fc2")
model = mx.sym.softmax(fc2)
mx.random.seed(5)
params = {"fc1_weight": nd.random.normal(shape=(8, 5)), "fc1_bias": nd.random.normal(shape=(8,)),
          "fc2_weight": nd.random.normal(shape=(3, 8)), "fc2_bias": nd.zeros(3)}
x = nd.random.normal(shape=(2, 5))
print(model.eval(data=x, **params)[0])
low_sym, low_args, low_aux = amp.convert_model(model, params, {}, target_dtype="bfloat16")
print(low_sym.eval(data=x, **low_args)[0])
mod = mx.mod.Module(low_sym, label_names=None)
mod.bind(data_shapes=[("data", (2, 5))], for_training=False)
mod.set_params(low_args, low_aux)
mod.forward(mx.io.DataBatch([x]))
print(mod.get_outputs()[0])
exe = low_sym.bind(mx.cpu(), dict(data=x, **low_args))
exe.forward()
print(exe.outputs[0])
# the float32 result of a graph that ends on a bfloat16 step's values
tail = amp.convert_symbol(mx.sym.FullyConnected(data, num_hidden=4, name="fc"), target_dtype="bfloat16")
attempt("tail", lambda: tail.eval(data=x, fc_weight=nd.random.normal(shape=(4, 5)), fc_bias=nd.ones(4))[0].dtype)
