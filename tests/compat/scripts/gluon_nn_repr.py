# Gluon nn layer reprs: every layer type with argument combinations, nested containers.
import mxnet as mx
from mxnet.gluon import nn

layers = [
    nn.Dense(5), nn.Dense(5, in_units=3), nn.Dense(4, activation="relu", use_bias=False, flatten=False),
    nn.Dense(2, dtype="float64", weight_initializer="ones"),
    nn.Dropout(0.5), nn.Dropout(0.3, axes=(1,)), nn.Dropout(rate=0.0),
    nn.BatchNorm(), nn.BatchNorm(axis=2, momentum=0.8, epsilon=1e-3, center=False, scale=False, in_channels=4),
    nn.BatchNorm(use_global_stats=True),
    nn.InstanceNorm(), nn.InstanceNorm(axis=2, epsilon=1e-3, center=False, in_channels=3),
    nn.LayerNorm(), nn.LayerNorm(axis=1, epsilon=1e-3, center=False, scale=False, in_channels=6),
    nn.GroupNorm(), nn.GroupNorm(num_groups=2, epsilon=1e-3, center=False),
    nn.Embedding(10, 4), nn.Embedding(10, 4, sparse_grad=True, dtype="float16"),
    nn.Flatten(), nn.Lambda(lambda x: x * 2), nn.HybridLambda("tanh"), nn.HybridLambda(lambda F, x: F.relu(x)),
    nn.Lambda("relu"),
    nn.Activation("relu"), nn.Activation("sigmoid"), nn.LeakyReLU(0.1), nn.PReLU(), nn.PReLU(in_channels=3),
    nn.ELU(), nn.ELU(alpha=0.5), nn.SELU(), nn.Swish(), nn.Swish(beta=2.0), nn.GELU(),
    nn.Conv1D(4, 3), nn.Conv1D(4, 3, strides=2, padding=1, dilation=2, groups=2, in_channels=4, activation="relu"),
    nn.Conv2D(8, 3), nn.Conv2D(8, (3, 5), strides=(2, 1), padding=(1, 2), dilation=(2, 2), groups=2, use_bias=False),
    nn.Conv2D(8, 3, layout="NHWC", in_channels=3),
    nn.Conv3D(2, (1, 2, 3)), nn.Conv3D(2, 3, strides=2, padding=1, layout="NDHWC", in_channels=2),
    nn.Conv1DTranspose(3, 2), nn.Conv2DTranspose(3, 2, strides=2, output_padding=1, in_channels=4),
    nn.Conv2DTranspose(3, (2, 3), padding=(1, 0), dilation=2, groups=1, use_bias=False),
    nn.Conv3DTranspose(3, 2),
    nn.MaxPool1D(), nn.MaxPool1D(3, 2, 1, ceil_mode=True), nn.MaxPool2D(), nn.MaxPool2D((3, 3), 1, (1, 1), layout="NHWC"),
    nn.MaxPool3D(), nn.AvgPool1D(), nn.AvgPool2D(count_include_pad=False), nn.AvgPool2D(3, ceil_mode=True),
    nn.AvgPool3D(2, 2, 0), nn.GlobalMaxPool1D(), nn.GlobalMaxPool2D(), nn.GlobalMaxPool3D(),
    nn.GlobalAvgPool1D(), nn.GlobalAvgPool2D(layout="NHWC"), nn.GlobalAvgPool3D(),
    nn.ReflectionPad2D(2), nn.ReflectionPad2D((1, 1, 2, 2, 0, 0, 0, 0)) if False else nn.ReflectionPad2D(1),
]
for layer in layers:
    print(layer)

net = nn.HybridSequential(prefix="model_")
with net.name_scope():
    net.add(nn.Conv2D(4, 3, padding=1), nn.BatchNorm(), nn.Activation("relu"))
    inner = nn.HybridSequential()
    with inner.name_scope():
        inner.add(nn.Dense(6, activation="tanh"), nn.Dropout(0.2))
    net.add(inner)
    seq = nn.Sequential()
    seq.add(nn.Dense(3), nn.Lambda(lambda x: x))
    net.add(nn.GlobalAvgPool2D(), nn.Flatten())
print(net)
print(seq)
outer = nn.Sequential()
outer.add(net, seq)
print(outer)
print(nn.Sequential())
print(nn.HybridSequential())
print(len(net), type(net[1]).__name__, net[1:3])
print(net[-1])
