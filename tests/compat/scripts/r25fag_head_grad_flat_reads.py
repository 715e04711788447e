# head gradients larger than their head: binary broadcast backwards (legacy and mx.np) read the first elements as
# flat memory; a reduction's kernel meeting one of another size and dtype refuses the size first
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, nd, np, npx
from _words import words

for head in ["nd.max(x)", "nd.sum(x)", "nd.norm(x)", "nd.prod(x)", "nd.mean(x)"]:
    for dt in ['float64', 'float32']:
        for hdt, shape in [('float32', (2, 1)), ('float64', (2, 1)), ('float16', (1,)), ('int32', (3,))]:
            x = nd.array([[0.7, 1.3], [2.0, 0.6]], dtype=dt)
            x.attach_grad()
            with autograd.record():
                out = eval(head)
            try:
                out.backward(nd.ones(shape, dtype=hdt))
                print(head, dt, hdt, shape, x.grad.asnumpy().tolist())
            except Exception as e:
                print(head, dt, hdt, shape, re.sub(r'node_\d+', 'node_N', words(e)))

BINARY = ["x / y", "x * y", "x + y", "x - y", "x ** y", "x % y", "{m}.maximum(x, y)", "{m}.minimum(x, y)"]


def flat(mod, name, extra):
    for e in BINARY + extra:
        e = e.format(m=name)
        for shape in [(8,), (2, 3), (3, 3)]:
            x = mod.array([1., 2., 3., 4.])
            y = mod.array([5., 6., 7., 8.])
            x.attach_grad()
            y.attach_grad()
            with autograd.record():
                out = eval(e)
            hg = mod.arange(1, 1 + int(mod.ones(shape).size)).reshape(shape)
            try:
                out.backward(hg)
                print(name, e, shape, x.grad.asnumpy().tolist(), y.grad.asnumpy().tolist())
            except Exception as ex:
                print(name, e, shape, re.sub(r'node_\d+', 'node_N', words(ex)))


flat(nd, 'nd', ["nd.broadcast_hypot(x, y)", "nd.elemwise_sub(x, y)", "nd.elemwise_mul(x, y)"])
npx.set_np()
flat(np, 'np', ["np.hypot(x, y)", "np.true_divide(x, y)"])
