# Gluon layer corners found by differential fuzzing: argument checks MXNet runs when a layer is built or first
# traced, error classes of deferred and hybridized calls, exported graph details.
import json
import os
import tempfile

import mxnet as mx
from mxnet.gluon import nn, rnn
from mxnet.gluon.contrib import nn as cnn
from mxnet.gluon.contrib import rnn as crnn


def outcome(label, fn):
    """The result, or only the class of the exception (messages are distnet's own)."""
    try:
        result = fn()
        if isinstance(result, mx.nd.NDArray):
            result = (result.shape, result.dtype.__name__)
        print(label, "->", result)
    except Exception as e:
        print(label, "raises", type(e).__name__)


# Convolution attributes MXNet parses and checks while building the layer
for layer in ("Conv1D", "Conv2D", "Conv3DTranspose", "Conv1DTranspose"):
    for args in ("0, 3", "-2, 3", "4, 0", "4, 3, dilation=-1", "4, 3, strides=0", "4, 3, strides=-1",
                 "4, 3, strides=2.0", "4, 3, dilation=1.0", "True, 3", "4, True", "'a', 3", "4.5, 3",
                 "4, 3, strides=None", "4, 3, padding=None", "4, 3, groups=-1", "4, 3, padding=-1"):
        outcome(f"{layer}({args})", lambda: repr(eval(f"nn.{layer}({args})")))
outcome("Conv3DTranspose dilation 2", lambda: repr(nn.Conv3DTranspose(6, 3, dilation=2)))
outcome("Conv2DTranspose dilation 2", lambda: repr(nn.Conv2DTranspose(6, 3, dilation=2)))

# PixelShuffle factor counts
outcome("PixelShuffle2D 3 factors", lambda: cnn.PixelShuffle2D((2, 2, 2)))
outcome("PixelShuffle3D 2 factors", lambda: cnn.PixelShuffle3D((2, 2)))
outcome("PixelShuffle1D tuple", lambda: cnn.PixelShuffle1D((2, 2)))


def run(make, x, hybridize=False):
    net = make()
    net.initialize()
    if hybridize:
        net.hybridize()
    return net(x)


# attribute checks of an operator fail a deferred first call as ValueError, a hybridized one as MXNetError
x3 = mx.nd.ones((2, 4, 6))
for p in (-1, 1.5):
    outcome(f"GRU dropout={p}", lambda: run(lambda: rnn.GRU(3, dropout=p), x3))
    outcome(f"GRU dropout={p} hybridized", lambda: run(lambda: rnn.GRU(3, dropout=p), x3, True))
    outcome(f"GRU dropout={p} input_size", lambda: run(lambda: rnn.GRU(3, dropout=p, input_size=6), x3))
outcome("nd.RNN p=-1", lambda: mx.nd.RNN(mx.nd.ones((2, 1, 2)), mx.nd.ones((63,)), mx.nd.zeros((1, 1, 3)),
                                         state_size=3, num_layers=1, mode="gru", p=-1))
x2 = mx.nd.ones((2, 4))
outcome("Dense(0)", lambda: run(lambda: nn.Dense(0), x2))
outcome("Dense(0) hybridized", lambda: run(lambda: nn.Dense(0), x2, True))
outcome("Dense(0, in_units=4)", lambda: run(lambda: nn.Dense(0, in_units=4), x2))
dense = nn.Dense(0)
dense.initialize()
outcome("Dense(0) call", lambda: dense(x2))
print("Dense(0) weight shape after", dense.weight.shape)

# kernel refusals: shapes are inferred (parameters get them), the error comes on reading
bn = nn.BatchNormReLU()
bn.initialize()
outcome("BatchNormReLU 3-D", lambda: bn(mx.nd.ones((2, 3, 4))).asnumpy())
print("BatchNormReLU gamma shape", bn.gamma.shape)
sync = cnn.SyncBatchNorm()
sync.initialize()
sync.cast("float64")
outcome("SyncBatchNorm float64", lambda: sync(mx.nd.ones((2, 3, 4, 4), dtype="float64")).asnumpy())

# Convolution/Deconvolution want one type for data, weight and bias
xc = mx.nd.ones((2, 3, 5))
w64 = mx.nd.ones((3, 3, 3), dtype="float64")
outcome("Convolution f32 data f64 weight", lambda: mx.nd.Convolution(xc, w64, mx.nd.ones((3,)), kernel=(3,),
                                                                     num_filter=3).asnumpy())
outcome("Convolution f64 bias", lambda: mx.nd.Convolution(xc, mx.nd.ones((3, 3, 3)), mx.nd.ones((3,), dtype="float64"),
                                                          kernel=(3,), num_filter=3).asnumpy())
outcome("Deconvolution f64 weight", lambda: mx.nd.Deconvolution(xc, w64, kernel=(3,), num_filter=3).asnumpy())
cell = crnn.Conv1DRNNCell((4, 5), 3, 3, 3)
cell.initialize()
cell.cast("float64")
outcome("Conv1DRNNCell float64 with float32 states",
        lambda: cell(mx.nd.ones((2, 4, 5), dtype="float64"), cell.begin_state(2))[0].asnumpy())

# exported graphs
tmp = tempfile.mkdtemp()


def exported(net, x, name):
    net.export(os.path.join(tmp, name))
    with open(os.path.join(tmp, name + "-symbol.json")) as f:
        return json.load(f)


# a BatchNorm traced twice (deferred first call, then hybridize()) mutates its running statistics twice
mx.random.seed(0)
with mx.name.NameManager():
    net = nn.HybridSequential()
    net.add(nn.Dense(3), nn.BatchNorm(), cnn.SyncBatchNorm())
    net.initialize()
    net(x2)
    net.hybridize()
    net(x2)
    graph = exported(net, x2, "bn")
print("BatchNorm inputs after re-trace", [n["inputs"] for n in graph["nodes"] if n["op"] != "null"])
net.hybridize()
net(x2)
graph = exported(net, x2, "bn")
print("BatchNorm inputs after third trace", [n["inputs"] for n in graph["nodes"] if n["op"] != "null"])
with mx.name.NameManager():
    bn4 = nn.BatchNorm(in_channels=3)
    bn4.initialize()
    bn4.hybridize()
    bn4(mx.nd.ones((2, 3)))
    graph = exported(bn4, None, "bn4")
print("BatchNorm traced once", [n["inputs"] for n in graph["nodes"] if n["op"] != "null"])
# BatchNormWithReLU has four outputs in MXNet's graph
with mx.name.NameManager():
    bnr = nn.BatchNormReLU(in_channels=3)
    bnr.initialize()
    bnr.hybridize()
    bnr(mx.nd.ones((1, 3, 2, 2)))
    print("BatchNormReLU node_row_ptr", exported(bnr, None, "bnr")["node_row_ptr"])
# convolutional recurrent cells give their convolutions an explicit stride
with mx.name.NameManager():
    cell = crnn.Conv2DGRUCell((4, 5, 5), 3, 3, 3)
    cell.initialize()
    cell.hybridize()
    cell(mx.nd.ones((2, 4, 5, 5)), cell.begin_state(2))
    graph = exported(cell, None, "cell")
print("Conv cell convolutions", [sorted(n["attrs"].items()) for n in graph["nodes"] if n["op"] == "Convolution"])

# a HybridBlock class made by exec() without __name__ (its functions have no module) runs imperatively
scope = {"nn": nn}
exec("class Twice(nn.HybridBlock):\n    def hybrid_forward(self, F, x, y=None):\n        return x * 2 if y is None else x + y",
     scope)
twice = scope["Twice"]()
twice.initialize()
outcome("exec-made block", lambda: twice(mx.nd.ones((2,))).asnumpy().tolist())
outcome("exec-made block two inputs", lambda: twice(mx.nd.ones((2,)), mx.nd.ones((2,))).asnumpy().tolist())
twice.hybridize()
outcome("exec-made block hybridized", lambda: twice(mx.nd.ones((2,))).asnumpy().tolist())

# channel-last transposed convolutions keep the kernel before the output channels in the weight shape
for make in (lambda: nn.Conv2DTranspose(6, 3, layout="NHWC"), lambda: nn.Conv2DTranspose(6, 3, layout="NHWC", in_channels=4),
             lambda: nn.Conv3DTranspose(6, (1, 2, 3), layout="NDHWC", in_channels=4, groups=2)):
    layer = make()
    print("channel-last transposed", layer.weight.shape, layer)
# groups that do not divide the input channels fail a deferred first call as ValueError
for hybridize in (False, True):
    outcome(f"Conv2D groups=3 on 4 channels hybridize={hybridize}",
            lambda: run(lambda: nn.Conv2D(6, 3, groups=3), mx.nd.ones((1, 4, 5, 5)), hybridize))

# outside numpy shape semantics a 0 in the first call's input is an unknown size: deferred inference fails
for make in ("nn.Dense(3)", "nn.BatchNorm()", "nn.Conv1D(2, 1)", "nn.LayerNorm()", "nn.Dense(3, in_units=4)"):
    for shape in ((0, 4), (2, 0, 3)):
        for hybridize in (False, True):
            layer = eval(make)
            layer.initialize()
            if hybridize:
                layer.hybridize()
            outcome(f"{make} on {shape} hybridize={hybridize}", lambda: layer(mx.nd.ones(shape)))
            print("  parameter shapes", [p.shape for p in layer.collect_params().values()])

# creation shapes: the operators (zeros/ones) parse whole numbers only, empty/full take sizes through ctypes
for shape in ((3.5,), (3.0,), (2, 2.0), ("3",), (True,), (None,)):
    for name, make in (("zeros", mx.nd.zeros), ("ones", mx.nd.ones), ("empty", mx.nd.empty),
                       ("full", lambda s: mx.nd.full(s, 2))):
        outcome(f"nd.{name}{shape}", lambda: make(shape).shape)
outcome("Dense(2.5) initialize", lambda: nn.Dense(2.5).initialize())

# SyncBatchNorm's and BatchNormWithReLU's CPU kernels take float32 data only (other types pass type inference)
for dtype in ("float16", "float64", "int32", "uint8"):
    data = mx.nd.ones((2, 3, 4, 4), dtype=dtype)
    same = mx.nd.ones((3,), dtype=dtype)
    f32 = mx.nd.ones((3,))
    outcome(f"SyncBatchNorm {dtype} data {dtype} params",
            lambda: mx.nd.contrib.SyncBatchNorm(data, same, same, same, same, key="k").asnumpy())
    outcome(f"SyncBatchNorm {dtype} data float32 params",
            lambda: mx.nd.contrib.SyncBatchNorm(data, f32, f32, f32, f32, key="k").asnumpy())
    outcome(f"BatchNormWithReLU {dtype} data {dtype} params",
            lambda: mx.nd.contrib.BatchNormWithReLU(data, same, same, same, same).asnumpy())
    outcome(f"BatchNormWithReLU {dtype} data float32 params",
            lambda: mx.nd.contrib.BatchNormWithReLU(data, f32, f32, f32, f32).asnumpy())

# channel-last convolutions: shapes are inferred and parameters shaped, the CPU primitive fails on reading
for make, shape in (("nn.Conv2D(6, 3, layout='NHWC')", (2, 7, 6, 4)), ("nn.Conv2DTranspose(6, 3, layout='NHWC')", (2, 7, 6, 4)),
                    ("nn.Conv3D(2, 3, layout='NDHWC')", (2, 5, 4, 3, 4))):
    for hybridize in (False, True):
        layer = eval(make)
        layer.initialize()
        if hybridize:
            layer.hybridize()
        out = layer(mx.nd.ones(shape))
        print(make, hybridize, out.shape, [p.shape for p in layer.collect_params().values()])
        outcome("  read", lambda: out.asnumpy())

# RNN/GRU layers with use_sequence_length and no lengths given: the graph builds, the operator misses its input
xs3 = mx.nd.ones((2, 3, 4))
for make in ("rnn.GRU(3, use_sequence_length=True)", "rnn.RNN(3, use_sequence_length=True)",
             "rnn.LSTM(3, use_sequence_length=True)", "rnn.GRU(3, use_sequence_length=True, input_size=4)"):
    for call in ("layer(xs3)", "layer(xs3, layer.begin_state(3))", "layer(xs3, sequence_length=mx.nd.array([1, 2, 3]))"):
        layer = eval(make)
        layer.initialize()
        outcome(f"{make} {call}", lambda: eval(call)[0].shape)

# symbol level: each BatchNorm made with the same running-statistics variables raises their version
with mx.name.NameManager():
    d, g, b, mm, mv = (mx.sym.var(n) for n in ("d", "g", "b", "mm", "mv"))
    first = mx.sym.BatchNorm(d, g, b, mm, mv, name="bn1")
    second = mx.sym.BatchNorm(first, g, b, mm, mv, name="bn2")
    other = mx.sym.BatchNorm(d, g, b, mx.sym.var("m2"), mx.sym.var("v2"), name="bn3")
    for sym in (first, second, mx.sym.Group([second, other]), mx.sym.load_json(second.tojson()),
                mx.sym.BatchNorm(d, g, b, mm, mv, name="bn4")):
        print("versions", [n["inputs"] for n in json.loads(sym.tojson())["nodes"] if n["op"] != "null"])

# InstanceNorm: 2-D data passes shape inference and fails in the kernel (on reading); 1-D fails at once
for shape in ((2, 4), (4,)):
    def instance_norm():
        channels = shape[1] if len(shape) > 1 else 1
        out = mx.nd.InstanceNorm(mx.nd.ones(shape), mx.nd.ones((channels,)), mx.nd.ones((channels,)))
        print("  InstanceNorm call returns", out.shape)
        return out.asnumpy()
    outcome(f"InstanceNorm {shape}", instance_norm)

# global pooling whose kernel rank does not match the data: the call returns, MXNet's kernel fails on reading
for shape, kernel in (((2, 4, 2, 2), (1,)), ((2, 4, 2), (1, 1)), ((2, 4, 2, 2), (1, 1, 1)), ((2, 4, 2, 2), (1, 1))):
    def pooled():
        out = mx.nd.Pooling(mx.nd.ones(shape), kernel=kernel, global_pool=True, pool_type="avg")
        print("  global Pooling call returns", out.shape)
        return out.asnumpy().shape
    outcome(f"global Pooling {shape} kernel {kernel}", pooled)
layer = nn.GlobalAvgPool1D()
outcome("GlobalAvgPool1D on 4-D", lambda: layer(mx.nd.ones((2, 4, 2, 2))).asnumpy())

# deformable convolutions export as MXNet's: open shapes from the first trace, cudnn_off on the offset convolution,
# the deformable node named fwd
for make in ("ccnn.DeformableConvolution(4, kernel_size=(3, 3), padding=(1, 1))",
             "ccnn.ModulatedDeformableConvolution(4, kernel_size=(3, 3), padding=(1, 1))"):
    from mxnet.gluon.contrib import cnn as ccnn
    with mx.name.NameManager():
        layer = eval(make)
        layer.initialize()
        layer(mx.nd.ones((1, 3, 5, 5)))
        layer.hybridize()
        layer(mx.nd.ones((1, 3, 5, 5)))
        graph = exported(layer, None, "deform")
    print(make, [(n["op"], n["name"], n.get("attrs", {}).get("__shape__"), n.get("attrs", {}).get("cudnn_off"))
                 for n in graph["nodes"]])
for name, shape in (("GlobalAvgPool1D", (2, 4, 2, 2)), ("GlobalMaxPool2D", (2, 4, 2)), ("GlobalAvgPool3D", (2, 4, 2, 2))):
    for hybridize in (False, True):
        layer = getattr(nn, name)()
        if hybridize:
            layer.hybridize()
        out = layer(mx.nd.ones(shape))
        print(name, shape, hybridize, "call returns", out.shape)
        outcome("  read", lambda: out.asnumpy())
