"""An executor bound without gradients fuses each FullyConnected (and an elementwise op after it) as MXNet's
MKLDNN subgraph backend does: data of up to 5 axes runs oneDNN's inner product (the lone op hands 5 axes to
MXNet's own kernel, so the bits differ there), data of 6 axes is not fused."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx

S = mx.sym
x = S.Variable('data')


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:10]


for shape in [(2, 6), (2, 3, 5), (2, 2, 3, 5), (2, 3, 4, 3, 5), (3, 2, 2, 2, 3), (2, 1, 3, 2, 2, 7)]:
    for flatten in [False, True]:
        for no_bias in [False, True]:
            for post in ['none', 'relu', 'exp', 'sqrt', 'square', 'tanh', 'sigmoid']:
                rs = np.random.RandomState(len(shape) * 10 + flatten)
                fc = S.FullyConnected(x, num_hidden=4, flatten=flatten, no_bias=no_bias, name='fc')
                y = fc if post == 'none' else getattr(S, post)(fc)
                args = {'data': mx.nd.array(rs.uniform(0, 1, shape).astype('float32'))}
                units = int(np.prod(shape[1:])) if flatten else shape[-1]
                args['fc_weight'] = mx.nd.array(rs.uniform(-1, 1, (4, units)).astype('float32'))
                if not no_bias:
                    args['fc_bias'] = mx.nd.array(rs.uniform(-1, 1, (4,)).astype('float32'))
                inference = y.bind(mx.cpu(), args).forward()[0]
                evaluated = y.eval(ctx=mx.cpu(), **args)[0]
                grads = {k: mx.nd.zeros(v.shape) for k, v in args.items()}
                training = y.bind(mx.cpu(), args, args_grad=grads).forward(is_train=False)[0]
                print(shape, 'flatten' if flatten else '-', 'no_bias' if no_bias else '-', post,
                      inference.shape, digest(inference), digest(evaluated), digest(training))
