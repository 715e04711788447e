"""An inference executor fuses a FullyConnected with a LeakyReLU of act_type elu after it (a convolution keeps it apart), as MXNet's subgraph backend does."""
import hashlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(3)
data = mx.sym.var('data')
producers = {'fc': lambda: mx.sym.FullyConnected(data, num_hidden=8, name='fc'),
             'conv': lambda: mx.sym.Convolution(data, kernel=(3, 3), pad=(1, 1), num_filter=16, name='conv')}
for act_type in ['elu', 'leaky', 'selu']:
    for label, make in producers.items():
        out = mx.sym.LeakyReLU(make(), act_type=act_type, name='act')
        ex = out.simple_bind(mx.cpu(), data=(2, 3, 4, 4), grad_req='null')
        for name, arr in sorted(ex.arg_dict.items()):
            arr[:] = rng.normal(size=arr.shape)
        y = ex.forward(is_train=False)[0].asnumpy()
        print(act_type, label, hashlib.md5(y.tobytes()).hexdigest()[:12])
        print(ex.get_optimized_symbol().debug_str())
