"""bfloat16 parameters (AMP's cast_optional_params) and arrays: astype to bfloat16 truncates, amp's conversion rounds, both print, save, load and widen back, as MXNet does."""
import hashlib
import os
import tempfile

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn, SymbolBlock
from mxnet.contrib import amp
from mxnet.contrib.amp.amp import bfloat16

folder = tempfile.mkdtemp()

values = nd.array([1.0, 2.5, -3.1415926, 1e-3, 65504, 3.4e38])
low = values.astype(bfloat16)
print(low.dtype, low.shape, low.context)
print(low.asnumpy())
print(low)
print(low.astype("float32"), low.astype("float16"), low.astype("float64").dtype)
print(nd.Cast(low, dtype="float32"), nd.amp_cast(low, dtype="float32"))
print(low.copy().astype("float32"), low[1:3].astype("float32"), low[0].asscalar())
print(nd.zeros((2,), dtype=bfloat16).astype("float32"))
path = os.path.join(folder, "low.nd")
nd.save(path, {"low": low, "plain": values})
with open(path, "rb") as f:
    print(hashlib.md5(f.read()).hexdigest())
back = nd.load(path)
print(sorted((k, v.dtype) for k, v in back.items()), back["low"].astype("float32"))

mx.random.seed(3)
net = nn.HybridSequential()
net.add(nn.Conv2D(4, 3), nn.BatchNorm(), nn.Activation("relu"), nn.Flatten(), nn.Dense(2))
net.initialize(mx.init.Xavier())
net.hybridize()
x = nd.random.uniform(shape=(2, 3, 5, 5))
print(net(x))
block = amp.convert_hybrid_block(net, target_dtype="bfloat16", ctx=mx.cpu(), cast_optional_params=True)
print(block(x))
print(block.collect_params())
print(sorted((k, str(v.data().dtype)) for k, v in block.collect_params().items()))
print(block.collect_params()["conv0_weight"].data().astype("float32")[0, 0])
block.hybridize()
block(x)
block.export(os.path.join(folder, "low"))
print(sorted((k, v.dtype) for k, v in nd.load(os.path.join(folder, "low-0000.params")).items()))
# the exported graph has lost its casts: float32 data meets the bfloat16 weights
imported = SymbolBlock.imports(os.path.join(folder, "low-symbol.json"), ["data"],
                               os.path.join(folder, "low-0000.params"))
print(sorted((k, v.dtype) for k, v in imported.collect_params().items()))
try:
    imported(x)
except mx.base.MXNetError as e:
    print(str(e).splitlines()[0].split("] ")[-1])
block.save_parameters(os.path.join(folder, "low.params"))
block.load_parameters(os.path.join(folder, "low.params"))
print(block(x))

data = mx.sym.var("data")
model = mx.sym.softmax(mx.sym.FullyConnected(mx.sym.relu(mx.sym.FullyConnected(data, num_hidden=6, name="fc1")),
                                             num_hidden=3, name="fc2"))
mx.random.seed(5)
params = {"fc1_weight": nd.random.normal(shape=(6, 4)), "fc1_bias": nd.random.normal(shape=(6,)),
          "fc2_weight": nd.random.normal(shape=(3, 6)), "fc2_bias": nd.zeros(3)}
x = nd.random.normal(shape=(2, 4))
low_sym, low_args, _ = amp.convert_model(model, params, {}, target_dtype="bfloat16", cast_optional_params=True)
print(sorted((k, v.dtype) for k, v in low_args.items()))
print(low_args["fc2_weight"].astype("float32"))
print(low_sym.eval(data=x, **low_args)[0])
