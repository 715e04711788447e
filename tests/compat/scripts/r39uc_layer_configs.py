"""Gluon layers with random hyper-parameters (convolutions 1-3-D and transposed, pooling modes, norms, activations, padding, pixel shuffle) forward and backward as MXNet does, imperatively and hybridized."""
# recorded on AVX2
import mxnet as mx, numpy as np, random, re
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
rng = random.Random(2)
def mk(kind):
    if kind == 'conv2d': return nn.Conv2D(rng.choice([1, 3, 4]), rng.choice([1, 2, 3]), strides=rng.choice([1, 2]), padding=rng.choice([0, 1]), dilation=rng.choice([1, 2]), groups=rng.choice([1, 2]) if False else 1, use_bias=rng.random() < 0.5, activation=rng.choice([None, 'relu', 'tanh'])), (2, 2, 7, 7)
    if kind == 'conv1d': return nn.Conv1D(rng.choice([2, 3]), rng.choice([1, 3]), strides=rng.choice([1, 2]), padding=rng.choice([0, 1])), (2, 3, 9)
    if kind == 'conv3d': return nn.Conv3D(2, rng.choice([1, 2]), padding=rng.choice([0, 1])), (1, 2, 4, 4, 4)
    if kind == 'deconv2d': return nn.Conv2DTranspose(rng.choice([1, 3]), rng.choice([2, 3]), strides=rng.choice([1, 2]), padding=rng.choice([0, 1]), output_padding=0), (2, 2, 4, 4)
    if kind == 'maxpool': return nn.MaxPool2D(rng.choice([2, 3]), strides=rng.choice([1, 2]), padding=rng.choice([0, 1]), ceil_mode=rng.random() < 0.5), (2, 2, 7, 7)
    if kind == 'avgpool': return nn.AvgPool2D(rng.choice([2, 3]), strides=rng.choice([1, 2]), padding=rng.choice([0, 1]), ceil_mode=rng.random() < 0.5, count_include_pad=rng.random() < 0.5), (2, 2, 7, 7)
    if kind == 'avgpool1d': return nn.AvgPool1D(rng.choice([2, 3]), padding=1), (2, 2, 7)
    if kind == 'bn': return nn.BatchNorm(axis=rng.choice([1, -1]), momentum=0.8, center=rng.random() < 0.5, scale=rng.random() < 0.5, use_global_stats=rng.random() < 0.3), (3, 4, 5)
    if kind == 'ln': return nn.LayerNorm(axis=rng.choice([-1, 1]), epsilon=1e-3), (3, 4, 5)
    if kind == 'gn': return nn.GroupNorm(num_groups=2), (3, 4, 5)
    if kind == 'in': return nn.InstanceNorm(axis=1), (3, 4, 5)
    if kind == 'dense': return nn.Dense(rng.choice([2, 5]), flatten=rng.random() < 0.5, activation=rng.choice([None, 'sigmoid', 'softrelu'])), (3, 4, 5)
    if kind == 'prelu': return nn.PReLU(), (3, 4)
    if kind == 'elu': return nn.ELU(alpha=0.7), (3, 4)
    if kind == 'selu': return nn.SELU(), (3, 4)
    if kind == 'gelu': return nn.GELU(), (3, 4)
    if kind == 'swish': return nn.Swish(beta=1.5), (3, 4)
    if kind == 'refpad': return nn.ReflectionPad2D(1), (1, 2, 3, 3)
    if kind == 'gmax': return nn.GlobalMaxPool2D(), (2, 3, 4, 4)
    if kind == 'gavg1': return nn.GlobalAvgPool1D(), (2, 3, 4)
    if kind == 'pixshuf': return gluon.contrib.nn.PixelShuffle2D(2), (1, 8, 2, 3)
kinds = ['conv2d', 'conv1d', 'conv3d', 'deconv2d', 'maxpool', 'avgpool', 'avgpool1d', 'bn', 'ln', 'gn', 'in', 'dense', 'prelu', 'elu', 'selu', 'gelu', 'swish', 'refpad', 'gmax', 'gavg1', 'pixshuf']
for trial in range(60):
    kind = kinds[trial % len(kinds)]
    st = rng.getstate()
    res = []
    for hyb in [False, True]:
        rng.setstate(st)
        layer, shp = mk(kind)
        mx.random.seed(trial)
        layer.initialize(mx.init.Xavier())
        if hyb: layer.hybridize()
        x = nd.array(np.random.RandomState(trial).uniform(-1, 1, shp)); x.attach_grad()
        try:
            with autograd.record():
                y = layer(x)
                l = (y * y).sum()
            l.backward()
            res.append((y.shape, repr(float(y.sum().asscalar())), repr(float(x.grad.sum().asscalar()))))
        except Exception as e:
            res.append((type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[0])[:120]))
    print(trial, kind, res[0], res[1] == res[0] or res[1])
