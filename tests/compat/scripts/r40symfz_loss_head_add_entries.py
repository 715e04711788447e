"""Loss outputs (SoftmaxOutput, SVMOutput, the regression outputs) behind elemwise_add chains write the gradient entry MXNet shares with an 'add' variable's buffer (a BlockGrad reader beside them adds nothing), over repeated backwards."""
# recorded on AVX2
import mxnet as mx
import numpy as np

a, b, c = mx.sym.Variable('a'), mx.sym.Variable('b'), mx.sym.Variable('c')
heads = {
    'softmax': lambda x: mx.sym.SoftmaxOutput(x, name='loss'),
    'softmax_batch': lambda x: mx.sym.SoftmaxOutput(x, name='loss', normalization='batch', grad_scale=0.5),
    'linear': lambda x: mx.sym.LinearRegressionOutput(x, name='loss', grad_scale=2),
    'logistic': lambda x: mx.sym.LogisticRegressionOutput(x, name='loss'),
    'mae': lambda x: mx.sym.MAERegressionOutput(x, name='loss'),
    'svm': lambda x: mx.sym.SVMOutput(x, name='loss'),
    'softmax_and_blockgrad': lambda x: mx.sym.Group([mx.sym.SoftmaxOutput(x, name='loss'), mx.sym.BlockGrad(x)]),
    'plain': lambda x: x,
}
bodies = {
    'a+b': lambda: a + b,
    'a+b+c': lambda: a + b + c,
    'a+(b+c)': lambda: a + (b + c),
    'relu(a)+b': lambda: mx.sym.relu(a) + b,
    '(a+b)*2': lambda: (a + b) * 2,
}
for head, make_head in heads.items():
    for body, make_body in bodies.items():
        s = make_head(make_body())
        args = s.list_arguments()
        for reqs in (('add', 'write', 'add'), ('write', 'add', 'write'), ('add', 'add', 'add'), ('null', 'add', 'add')):
            req = {k: r for k, r in zip('abc', reqs) if k in args}
            shapes = {k: (2, 3) for k in req}
            if 'loss_label' in args:
                req['loss_label'] = 'null'
                shapes['loss_label'] = (2,) if head.startswith(('softmax', 'svm')) else (2, 3)
            ex = s.simple_bind(mx.cpu(), grad_req=req, **shapes)
            for i, k in enumerate('abc'):
                if k in args:
                    ex.arg_dict[k][:] = np.arange(6).reshape(2, 3) / 10 * (i + 1)
            if 'loss_label' in args:
                label = ex.arg_dict['loss_label']
                label[:] = np.arange(label.size).reshape(label.shape) % 3
            for _ in range(3):
                outs = ex.forward(is_train=True)
                ex.backward([mx.nd.ones(o.shape) for o in outs] if head in ('plain', 'softmax_and_blockgrad') else None)
            print(head, body, reqs, [(k, ex.grad_dict[k].asnumpy().round(4).ravel().tolist())
                                     for k in 'abc' if ex.grad_dict.get(k) is not None])
