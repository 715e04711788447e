# gluon.nn activations, BatchNormReLU (4-D only, as MXNet), lambdas under hybridize.
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
import numpy as np
x = nd.array(np.arange(12).reshape(2, 3, 2) - 5.0)
x4 = nd.array(np.arange(24).reshape(2, 3, 2, 2) - 5.0)
b = nn.BatchNormReLU()
b.initialize()
print(b)
print(b(x4).asnumpy().round(4).tolist())
try:
    b(x).asnumpy()
except Exception as e:
    print(type(e).__name__)
with autograd.record():
    y = b(x4)
y.backward()
print(b.gamma.grad().asnumpy().round(4).tolist(), b.running_mean.data().asnumpy().round(4).tolist())
for blk in (nn.HybridLambda("tanh"), nn.HybridLambda(lambda F, x: F.relu(x) * 2), nn.Lambda(lambda x: x.sum(axis=1)), nn.Activation("tanh"), nn.LeakyReLU(0.3), nn.PReLU(), nn.ELU(), nn.SELU(), nn.GELU(), nn.Swish()):
    if hasattr(blk, "hybridize"):
        blk.hybridize()
    blk.initialize()
    try: print(type(blk).__name__, blk(x).asnumpy().round(4).ravel()[:4].tolist())
    except Exception as e: print(type(blk).__name__, type(e).__name__)
seq = nn.HybridSequential()
seq.add(nn.HybridLambda("relu"), nn.Dense(2))
seq.initialize(mx.init.One())
seq.hybridize()
print(seq(x).asnumpy().tolist())
print(seq)
