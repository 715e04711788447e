"""Under create_graph batch_dot's gradients are batch_dot nodes stating both transpositions as MXNet's ('true'/'false'); grads of grads."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import nd, autograd
A = nd.array([[[0.7, 2.0, 0.5],[1.5, 1.2, 0.9]]]); A.attach_grad()
B = nd.array([[[0.3, 1.0], [0.5, 1.5], [1.2, 0.9]]]); B.attach_grad()
for ta in (False, True):
    for tb in (False, True):
        a = A if not ta else A.reshape((1, 3, 2)).copy()
        b = B if not tb else B.reshape((1, 2, 3)).copy()
        a.attach_grad(); b.attach_grad()
        with autograd.record():
            y = nd.batch_dot(a, b, transpose_a=ta, transpose_b=tb)
            ga, gb = autograd.grad(y, [a, b], create_graph=True, retain_graph=True)
            print(ga, gb)
            z = nd.sum(nd.elemwise_mul(ga, nd.sin(ga))) + nd.sum(nd.elemwise_mul(gb, nd.cos(gb)))
        print([(n['op'], n.get('attrs', {})) for n in json.loads(autograd.get_symbol(ga).tojson())['nodes'] if n['op'] != 'null'])
        print([(n['op'], n.get('attrs', {})) for n in json.loads(autograd.get_symbol(gb).tojson())['nodes'] if n['op'] != 'null'])
        z.backward()
        print(a.grad, b.grad)
