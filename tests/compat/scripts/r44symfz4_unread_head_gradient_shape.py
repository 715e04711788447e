"""An executor's backward takes a head gradient of any shape, or none, for an output whose gradient no step reads (behind MakeLoss, make_loss, SoftmaxOutput or BlockGrad), and refuses a wrong shape where one is read, as MXNet does."""
import mxnet as mx
import numpy as np

a = mx.sym.Variable('a')
cases = [('MakeLoss * 2', mx.sym.MakeLoss(a) * 2), ('make_loss * 2', mx.sym.make_loss(a) * 2),
         ('sum(SoftmaxOutput)', mx.sym.sum(mx.sym.SoftmaxOutput(a, name='so'))),
         ('relu(make_loss)', mx.sym.relu(mx.sym.make_loss(a))),
         ('two losses', mx.sym.Group([mx.sym.MakeLoss(a), mx.sym.MakeLoss(a) + 1])),
         ('BlockGrad * 2', mx.sym.BlockGrad(a) * 2),
         ('sign(make_loss)', mx.sym.sign(mx.sym.make_loss(a))),
         ('one_hot behind', mx.sym.max(mx.sym.one_hot(mx.sym.make_loss(a), depth=2), axis=0)),
         ('plain', a * 2)]
for name, y in cases:
    for head in ['none', 'wrong', 'right']:
        shapes = {'so_label': (2,)} if 'so_label' in y.list_arguments() else {}
        exe = y.simple_bind(mx.cpu(), a=(2,), **shapes)
        exe.arg_dict['a'][:] = np.array([0.3, -0.7])
        outs = exe.forward(is_train=True)
        try:
            if head == 'none':
                exe.backward()
            elif head == 'wrong':
                exe.backward([mx.nd.ones((3,)) for o in outs])
            else:
                exe.backward([mx.nd.ones(o.shape) * 3 for o in outs])
            print(name, head, exe.grad_dict['a'].asnumpy().round(5).tolist())
        except mx.base.MXNetError as e:
            print(name, head, 'MXNetError', str(e).split('\n')[-1])
