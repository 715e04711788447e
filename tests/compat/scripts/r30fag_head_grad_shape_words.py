"""A head gradient of another shape: elementwise backwards refuse it at their shape check (the ndarray build's copy of elemwise_op_common.h), transpose's at its own shape rules; grad() hands it through identity and transpose unchecked."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd, autograd as ag


def words(e):
    return re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).strip().splitlines()[-1]


functions = {'exp': nd.exp, 'relu': nd.relu, 'sin': nd.sin, 'softmax': nd.softmax, 'log_softmax': nd.log_softmax,
             'identity': nd.identity, 'transpose': nd.transpose, 'abs': nd.abs, 'sqrt': nd.sqrt, 'tanh': nd.tanh}
for name, f in functions.items():
    x = nd.array([1., 2])
    x.attach_grad()
    for how in ['backward', 'grad', 'grad create_graph']:
        for head_grad in [nd.ones(3), nd.ones((2, 1)), nd.ones((1, 1))]:
            with ag.record():
                y = f(x)
            try:
                if how == 'backward':
                    y.backward(head_grad)
                    got = x.grad
                else:
                    got = ag.grad(y, [x], head_grads=head_grad, create_graph=how != 'grad')[0]
                print(name, how, head_grad.shape, got.shape, got.asnumpy().tolist())
            except mx.base.MXNetError as e:
                print(name, how, head_grad.shape, words(e))
