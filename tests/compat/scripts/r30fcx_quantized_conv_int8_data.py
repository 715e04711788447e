"""quantized_conv over int8 data (MXNet's oneDNN kernel takes uint8 only): the call returns outputs of the right shapes, reading them fails with MXNet's check, imperatively and in a quantize_model network."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.contrib import quantization


def err(e):
    print("ERR", type(e).__name__, " | ".join(str(e).strip().splitlines()))


one, minus = nd.array([1]), nd.array([-1])
for shape, kw in [((1, 2, 4, 4), dict(kernel=(3, 3), num_filter=3)),
                  ((2, 3, 5, 6), dict(kernel=(2, 3), num_filter=4, stride=(2, 1), pad=(1, 0))),
                  ((1, 2, 7, 7), dict(kernel=(3, 3), num_filter=2, dilate=(2, 2)))]:
    x = nd.ones(shape, dtype="int8")
    w = nd.ones((kw["num_filter"], shape[1]) + kw["kernel"], dtype="int8")
    try:
        y = nd.contrib.quantized_conv(x, w, minus, one, minus, one, no_bias=True, **kw)
        print("made", [(o.shape, o.dtype.__name__) for o in y])
        y[0].asnumpy()
    except Exception as e:
        err(e)

data = mx.sym.var("data")
net = mx.sym.Convolution(data, num_filter=4, kernel=(3, 3), pad=(1, 1), name="conv0")
net = mx.sym.FullyConnected(mx.sym.Flatten(mx.sym.Activation(net, act_type="relu")), num_hidden=3, name="fc0")
np.random.seed(0)
args = {"conv0_weight": nd.array(np.random.uniform(-0.5, 0.5, (4, 2, 3, 3))), "conv0_bias": nd.zeros(4),
        "fc0_weight": nd.array(np.random.uniform(-0.5, 0.5, (3, 64))), "fc0_bias": nd.zeros(3)}
for dtype in ["int8", "auto"]:
    qsym, qargs, qaux = quantization.quantize_model(net, args, {}, ctx=mx.cpu(), calib_mode="none",
                                                    quantized_dtype=dtype, label_names=None)
    mod = mx.mod.Module(qsym, label_names=None)
    mod.bind([("data", (2, 2, 4, 4))], for_training=False)
    mod.set_params(qargs, qaux)
    try:
        mod.forward(mx.io.DataBatch([nd.ones((2, 2, 4, 4))]), is_train=False)
        print("forward", [o.shape for o in mod.get_outputs()])
        print(mod.get_outputs()[0].asnumpy())
    except Exception as e:
        err(e)
