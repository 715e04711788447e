# Refusals of the gradient pass name its source line, in a graph's bind and in an imperative backward.
# recorded on AVX2
import mxnet as mx

x = mx.sym.var('x')
graphs = [('allclose', mx.sym.contrib.allclose(x, x)), ('round_add', mx.sym.round(x) + mx.sym.contrib.allclose(x, x)),
          ('argmax', mx.sym.argmax(x))]
for name, s in graphs:
    try:
        s.simple_bind(mx.cpu(), x=(2, 3))
        print(name, 'bound')
    except Exception as e:
        print(name, type(e).__name__, str(e).replace('\n', ' | '))

a = mx.nd.ones((2, 3))
a.attach_grad()
for name, f in [('allclose', lambda: mx.nd.contrib.allclose(a, a)), ('argmax', lambda: mx.nd.argmax(a, axis=0))]:
    try:
        with mx.autograd.record():
            y = f()
        y.backward()
        print(name, a.grad.asnumpy().tolist())
    except Exception as e:
        print(name, str(e).replace('\n', ' | '))
