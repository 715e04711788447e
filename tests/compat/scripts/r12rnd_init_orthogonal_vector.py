"""Orthogonal on a vector asks its sampler for shape (n, 1.0), refused in MXNet's parser words; on matrices it draws as before."""
import mxnet as mx

for rand_type in ('uniform', 'normal'):
    for shape in [(3,), (1,), (2, 3), (3, 2, 1)]:
        arr = mx.nd.zeros(shape)
        mx.random.seed(2)
        try:
            mx.init.Orthogonal(scale=1.5, rand_type=rand_type)(mx.init.InitDesc('fc_weight'), arr)
            print(rand_type, shape, arr.asnumpy().round(5).tolist())
        except mx.base.MXNetError as e:
            print(rand_type, shape, str(e).split('\n')[0].replace('MXNetError: ', ''))
