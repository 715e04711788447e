"""An executor bound without gradients fuses Convolution (+ BatchNorm) + LeakyReLU(gelu) as MXNet's MKLDNN
backend does: the gelu a convolution's gemm applies is oneDNN's reference 0.5 * x * (1 + erff(x * 0.70710677))."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx

S = mx.sym
x = S.Variable('data')


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:10]


CONVS = [((2, 3, 4, 4), dict(kernel=(3, 3), pad=(1, 1), num_filter=3)),
         ((2, 3, 4, 4), dict(kernel=(1, 1), num_filter=2)),
         ((1, 8, 5, 5), dict(kernel=(3, 3), num_filter=8)),
         ((2, 4, 6, 6), dict(kernel=(3, 3), stride=(2, 2), num_filter=5)),
         ((1, 16, 4, 4), dict(kernel=(1, 1), num_filter=16)),
         ((2, 2, 7, 7), dict(kernel=(5, 5), pad=(2, 2), num_filter=4))]
for shape, conv in CONVS:
    for with_bn in [False, True]:
        for act in ['gelu', 'leaky', 'elu']:
            rs = np.random.RandomState(shape[1] * 7 + conv['num_filter'])
            y = S.Convolution(x, name='c', **conv)
            y = S.BatchNorm(y, fix_gamma=False, name='bn') if with_bn else y
            y = S.LeakyReLU(y, act_type=act, slope=0.2)
            probe = y.simple_bind(mx.cpu(), data=shape)
            args = {k: mx.nd.array(rs.uniform(-1, 1, v.shape).astype('float32')) for k, v in probe.arg_dict.items()}
            aux = {k: mx.nd.array(rs.uniform(0.5, 1.5, v.shape).astype('float32')) for k, v in probe.aux_dict.items()}
            fused = y.bind(mx.cpu(), args, aux_states=aux).forward()[0]
            plain = y.bind(mx.cpu(), args, args_grad={k: mx.nd.zeros(v.shape) for k, v in args.items()},
                           aux_states=aux).forward()[0]
            print(shape, sorted(conv.items()), 'bn' if with_bn else '-', act, fused.shape, digest(fused), digest(plain))
