"""bind with per-argument grad_req (list, dict, one word) and gradient arrays as a list, a dict or none: which
backward calls need a head gradient (a bias alone asking for one still does), and the gradients written."""
# (the bias gradient of a frozen weight is not shown: MXNet's oneDNN kernel leaves it unwritten)
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
d = S.Variable('data')
GRAPHS = [('fc', S.FullyConnected(d, num_hidden=3, name='fc')),
          ('fc_relu', S.relu(S.FullyConnected(d, num_hidden=3, name='fc'))),
          ('fc_loss', S.MakeLoss(S.sum(S.FullyConnected(d, num_hidden=3, name='fc')))),
          ('fc_compare', S.FullyConnected(d, num_hidden=3, name='fc') > 0)]
REQS = [['null', 'null', 'write'], ['write', 'null', 'null'], ['null', 'write', 'null'], 'write', 'add', 'null',
        {'fc_bias': 'write'}, {'fc_weight': 'add', 'data': 'write'}]
BIAS_ONLY = (['null', 'null', 'write'], {'fc_bias': 'write'})
for label, y in GRAPHS:
    for req in REQS:
        for grads in ('list', 'dict', 'none'):
            try:
                args = [mx.nd.array([[1, -2, 3, 0.5], [0.25, 1, -1, 2]]), mx.nd.ones((3, 4)) * 0.5, mx.nd.ones((3,))]
                g = None if grads == 'none' else [mx.nd.ones(a.shape) for a in args]
                if grads == 'dict':
                    g = dict(zip(y.list_arguments(), g))
                ex = y.bind(mx.cpu(), args, args_grad=g, grad_req=req)
                ex.forward(is_train=True)
                for head in (None, mx.nd.array([[1, 2, 3], [4, 5, 6]])):
                    try:
                        ex.backward(head if head is None or label != 'fc_loss' else mx.nd.ones((1,)))
                        shown = ex.grad_arrays[:2] if req in BIAS_ONLY else ex.grad_arrays
                        print(label, req, grads, head is not None, [None if x is None else x.asnumpy().tolist()
                                                                    for x in shown])
                    except Exception as e:
                        print(label, req, grads, head is not None, words(e)[:100])
            except Exception as e:
                print(label, req, grads, words(e)[:100])
