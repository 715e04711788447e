"""mx.contrib.amp.convert_hybrid_block / convert_model on the CPU: the parameters' dtypes after conversion
(with and without cast_optional_params) and the float16 convolution MXNet's CPU build refuses to run."""
import logging
import warnings

import numpy as np

import mxnet as mx
from mxnet import gluon, nd
from mxnet.contrib import amp

logging.disable(logging.CRITICAL)
warnings.simplefilter('ignore')
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Conv2D(2, 3), gluon.nn.BatchNorm(), gluon.nn.Activation('relu'), gluon.nn.Flatten(), gluon.nn.Dense(3))
net.initialize(mx.init.One())
net.hybridize()
x = nd.array(np.arange(32).reshape(1, 2, 4, 4) / 10)
print(net(x))
for kwargs in [{}, {'cast_optional_params': True}, {'target_dtype_ops': ['Convolution']},
               {'target_dtype_ops': ['Convolution'], 'cast_optional_params': True}, {'excluded_sym_names': ['conv0_fwd']}]:
    block = amp.convert_hybrid_block(net, ctx=mx.cpu(), **kwargs)
    print(type(block).__name__, sorted((k, np.dtype(v.dtype).name) for k, v in block.collect_params().items()))
    try:
        print(block(x))
    except mx.base.MXNetError:
        print('MXNetError running it')
sym = net._cached_graph[1]
params = {k: v.data() for k, v in net.collect_params().items()}
args = {k: v for k, v in params.items() if 'running' not in k}
auxs = {k: v for k, v in params.items() if 'running' in k}
for kwargs in [{}, {'cast_optional_params': True}, {'target_dtype_ops': ['Convolution'], 'cast_optional_params': True}]:
    converted, new_args, new_auxs = amp.convert_model(sym, args, auxs, **kwargs)
    print(sorted((k, np.dtype(v.dtype).name) for k, v in new_args.items()),
          sorted((k, np.dtype(v.dtype).name) for k, v in new_auxs.items()),
          converted.tojson(remove_amp_cast=False).count('amp_cast'), converted.tojson().count('amp_cast'))
