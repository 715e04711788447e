"""contrib.nn containers and layers: Concurrent/HybridConcurrent along each axis (values, reprs, gradients,
refusals), Identity, PixelShuffle1D/2D/3D factors and shapes, SparseEmbedding's row_sparse gradient."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from mxnet.gluon.contrib import nn as cnn
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def arr(shape, dtype="float32"):
    n = int(np.prod(shape))
    return nd.array(np.sin(np.arange(n) * 0.7).reshape(shape), dtype=dtype)


def show(a):
    return f"{a.shape} " + " ".join("%.4f" % v for v in a.asnumpy().ravel()[:12])


for cls in (cnn.Concurrent, cnn.HybridConcurrent):
    for axis in (-1, 0, 1, 2, 3):
        for hybrid in (False, True):
            def run():
                block = cls(axis=axis)
                with block.name_scope():
                    block.add(nn.Dense(2, flatten=False, weight_initializer=mx.init.Constant(0.2)),
                              nn.Dense(3, flatten=False, weight_initializer=mx.init.Constant(-0.1)), cnn.Identity())
                block.initialize()
                if hybrid:
                    block.hybridize()
                return show(block(arr((2, 3, 3))))
            attempt(f"{cls.__name__} axis {axis} hybrid {hybrid}", run)
    block = cls(axis=1)
    block.add(nn.Dense(2, in_units=3), nn.Dense(3, in_units=3))
    block.initialize(mx.init.One())
    x = arr((2, 3))
    x.attach_grad()
    with autograd.record():
        y = block(x)
    y.backward()
    print(cls.__name__, "grad", show(x.grad), repr(block).replace(block.prefix, "P_"))
    attempt(f"{cls.__name__} children disagree", lambda: block(arr((2, 4))))
    attempt(f"{cls.__name__} empty", lambda: cls()(arr((2, 3))))
    attempt(f"{cls.__name__} float64", lambda: show(block(arr((2, 3), "float64"))))
identity = cnn.Identity()
attempt("Identity int32", lambda: show(identity(arr((2, 2), "int32"))))
attempt("Identity positional argument", lambda: cnn.Identity(3))
attempt("Identity symbol", lambda: identity(mx.sym.var("x")).list_arguments())

for d in (1, 2, 3):
    cls = getattr(cnn, f"PixelShuffle{d}D")
    for factor in (1, 2, 3, 2.7, "2", [2] * d, (2, 1, 3)[:d], (2,), (1, 2, 3, 4)):
        def run():
            layer = cls(factor)
            try:
                blocks = int(factor) ** d
            except TypeError:
                blocks = int(np.prod([int(f) for f in factor]))
            y = layer(arr((1, blocks * 2) + (2, 3, 2)[:d]))
            layer.hybridize()
            return repr(layer), show(y), float((layer(arr((1, blocks * 2) + (2, 3, 2)[:d])) - y).abs().sum().asscalar())
        attempt(f"PixelShuffle{d}D {factor!r}", run)
    for shape in ((1, 5, 3, 3, 3), (2, 8, 2, 2, 2), (1, 0, 2, 2, 2)):
        attempt(f"PixelShuffle{d}D(2) on {shape[:d + 2]}", lambda: cls(2)(arr(shape[:d + 2])).shape)
    attempt(f"PixelShuffle{d}D()", lambda: cls())

for dtype in ("float32", "float64", "float16"):
    embedding = cnn.SparseEmbedding(6, 3, dtype=dtype, weight_initializer=mx.init.Constant(0.5))
    embedding.initialize()
    attempt(f"SparseEmbedding {dtype} without a Trainer", lambda: embedding(nd.array([1])))
    gluon.Trainer(embedding.collect_params(), "sgd")
    with autograd.record():
        y = embedding(nd.array([[1, 2], [0, 4]]))
    y.backward()
    grad = embedding.weight.grad()
    print("SparseEmbedding", dtype, repr(embedding), show(y), grad.stype)
    attempt("  gradient rows", lambda: grad.indices.asnumpy().tolist())
embedding = cnn.SparseEmbedding(6, 2, weight_initializer=mx.init.One())
embedding.initialize()
trainer = gluon.Trainer(embedding.collect_params(), "sgd", {"learning_rate": 0.5})
with autograd.record():
    y = embedding(nd.array([1, 4])).sum()
y.backward()
trainer.step(1)
print("after a step", show(embedding.weight.row_sparse_data(nd.arange(6))))
attempt("SparseEmbedding dense data", lambda: embedding.weight.data())
attempt("SparseEmbedding one argument", lambda: cnn.SparseEmbedding(4))
