# a hybridized layer used under both array semantics: a parameter's graph variable keeps the kind of the semantics it
# was first traced under (a legacy trace then refuses it), and a graph traced under npx.set_np() keeps returning
# mx.np arrays after npx.reset_np()
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

LAYERS = [("layernorm", lambda: nn.LayerNorm(), (2, 4)),
          ("layernorm in_channels", lambda: nn.LayerNorm(in_channels=4), (2, 4)),
          ("dense", lambda: nn.Dense(3), (2, 4)),
          ("batchnorm", lambda: nn.BatchNorm(), (2, 4)),
          ("sequential", lambda: nn.HybridSequential(), (2, 4))]
SEQUENCES = ["np call, legacy call, hybridize, legacy call", "np call, hybridize, legacy call",
             "hybridize, np call, legacy call", "np call, hybridize, np call, legacy call",
             "hybridize, legacy call, np call", "legacy call, hybridize, np call, legacy call",
             "hybridize, legacy call, np call, legacy call"]


def call(net, under_np, shape):
    if under_np:
        mx.npx.set_np()
    try:
        out = net(mx.np.ones(shape) if under_np else nd.ones(shape))
        return f"{type(out).__name__}{out.shape}"
    except Exception as e:
        return words(e)[:90]
    finally:
        mx.npx.reset_np()


for label, make, shape in LAYERS:
    for steps in SEQUENCES:
        with mx.name.NameManager():
            net = make()
            if label == "sequential":
                net.add(nn.Dense(3), nn.Activation("relu"))
        net.initialize(mx.init.One())
        seen = []
        for step in steps.split(", "):
            if step == "hybridize":
                net.hybridize()
            else:
                seen.append(call(net, step == "np call", shape))
        print(f"{label:22s} {steps:45s}", " | ".join(seen))
