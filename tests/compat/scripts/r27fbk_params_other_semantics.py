# a layer initialised under one array semantics and run under the other: its parameters keep their kind, so under
# npx.set_np() its npx operator refuses legacy parameters, and outside it its legacy operator refuses mx.np ones
# (a hybridized layer's graph takes either); a convolution looks up the operator name it chose when made
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn, rnn
from _words import words

LAYERS = [
    ("dense", lambda: nn.Dense(3, in_units=4), (2, 4)),
    ("dense deferred", lambda: nn.Dense(3), (2, 4)),
    ("dense no bias", lambda: nn.Dense(3, use_bias=False, in_units=4), (2, 4)),
    ("dense relu", lambda: nn.Dense(3, activation="relu", in_units=4), (2, 4)),
    ("batchnorm", lambda: nn.BatchNorm(in_channels=4), (2, 4)),
    ("layernorm", lambda: nn.LayerNorm(in_channels=4), (2, 4)),
    ("instancenorm", lambda: nn.InstanceNorm(in_channels=4), (2, 4, 3)),
    ("groupnorm", lambda: nn.GroupNorm(), (2, 4, 3)),
    ("embedding", lambda: nn.Embedding(5, 3), (2, 4)),
    ("conv1d", lambda: nn.Conv1D(2, 3, in_channels=4), (2, 4, 5)),
    ("conv2d deferred", lambda: nn.Conv2D(2, 3), (2, 4, 5, 5)),
    ("conv2d transpose", lambda: nn.Conv2DTranspose(2, 3, in_channels=4), (2, 4, 5, 5)),
    ("prelu", lambda: nn.PReLU(), (2, 4)),
    ("rnn cell", lambda: rnn.RNNCell(3, input_size=4), (2, 4)),
    ("sequential", lambda: nn.HybridSequential(), (2, 4)),
]


def run(name, make, shape, made_under_np, hybridize):
    with mx.name.NameManager():
        if made_under_np:
            mx.npx.set_np()
        net = make()
        if name == "sequential":
            net.add(nn.Dense(3, in_units=4), nn.Activation("relu"), nn.Dense(2))
        net.initialize(mx.init.One())
        if hybridize:
            net.hybridize()
    if made_under_np:
        mx.npx.reset_np()
        x = nd.ones(shape)
    else:
        mx.npx.set_np()
        x = mx.np.ones(shape)
    try:
        out = net(x, net.begin_state(2)) if name.endswith("cell") else net(x)
        out = out[0] if isinstance(out, (list, tuple)) else out
        return f"{type(out).__name__} {out.shape} {float(out.asnumpy().sum()):.4f}"
    except Exception as e:
        return words(e)[:140]
    finally:
        mx.npx.reset_np()


for name, make, shape in LAYERS:
    for made_under_np in [False, True]:
        for hybridize in [False, True]:
            made = "made under np" if made_under_np else "made legacy"
            print(f"{name:16s} {made:13s} hybridized={hybridize!s:5s}", run(name, make, shape, made_under_np, hybridize))
