"""BatchNorm's moving statistics after a training backward where only a gradient stop (BlockGrad, a comparison)
connects it to the outputs: MXNet's backward still runs BatchNorm's backward (zero gradients) and updates them."""
# recorded on AVX2
import numpy as np

import mxnet as mx

S = mx.sym
x = S.Variable('data')
HEADS = [('plain', lambda b: b), ('blockgrad', S.BlockGrad), ('stop_gradient', S.stop_gradient),
         ('relu_of_blockgrad', lambda b: S.relu(S.BlockGrad(b))),
         ('blockgrad_of_relu', lambda b: S.BlockGrad(S.relu(b))),
         ('loss_of_blockgrad', lambda b: S.make_loss(S.mean(S.BlockGrad(b)))),
         ('comparison', lambda b: S.make_loss(S.sum(b > 0))),
         ('group', lambda b: S.Group([S.BlockGrad(b), x * 2])),
         ('two_paths', lambda b: S.BlockGrad(b) + b * 0.5)]


def stats(ex):
    mx.nd.waitall()
    return [np.round(ex.aux_dict[k].asnumpy().astype('float64'), 4).tolist() for k in sorted(ex.aux_dict)]


for shape in [(4, 3), (2, 3, 2, 2)]:
    for fix_gamma in [False, True]:
        for label, head in HEADS:
            y = head(S.BatchNorm(x, fix_gamma=fix_gamma, name='bn'))
            ex = y.simple_bind(mx.cpu(), data=shape)
            ex.arg_dict['data'][:] = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) ** 1.5)
            ex.arg_dict['bn_gamma'][:] = 1.5
            ex.aux_dict['bn_moving_var'][:] = 1
            ex.forward(is_train=True)
            ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
            print(shape, fix_gamma, label, 'backward', stats(ex))
            ex.forward(is_train=True)
            ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
            print(shape, fix_gamma, label, 'again', stats(ex))
            ex.forward(is_train=False)
            ex.backward([mx.nd.ones(o.shape) for o in ex.outputs], is_train=False)
            print(shape, fix_gamma, label, 'predict mode', stats(ex))

# recorded imperatively: the operator's own aux arrays
for label, head in [('blockgrad', mx.nd.BlockGrad), ('relu', mx.nd.relu)]:
    gamma, beta, mean, var = mx.nd.ones(3), mx.nd.zeros(3), mx.nd.zeros(3), mx.nd.ones(3)
    v = mx.nd.array([[1., -2, 3], [4, 5, -6]])
    v.attach_grad()
    with mx.autograd.record():
        r = head(mx.nd.BatchNorm(v, gamma, beta, mean, var, fix_gamma=False)) * 2
    r.backward()
    mx.nd.waitall()
    print('imperative', label, np.round(mean.asnumpy(), 5).tolist(), np.round(var.asnumpy(), 5).tolist(),
          v.grad.asnumpy().tolist())
