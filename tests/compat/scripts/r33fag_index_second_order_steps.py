"""Under create_graph the gradient of basic indexing (x[0], x[:, 1], ...) is the chain of its steps' backward ops (_backward_reshape then _backward_slice), numbered as MXNet's."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import nd, autograd
x = nd.array([[0.7, 2.0, 0.5],[1.5, 1.2, 0.9]])
x.attach_grad()
x3 = nd.arange(24).reshape((2, 3, 4)); x3.attach_grad()
for f, v in [(lambda: x[0] * x[1], x), (lambda: nd.sin(x[:, 1]), x), (lambda: nd.exp(x3[0, 1:2]), x3), (lambda: x[1:] * 2, x), (lambda: nd.sin(x[0][1:]), x)]:
    try:
        with autograd.record():
            y = f()
            g = autograd.grad(y, [v], create_graph=True, retain_graph=True)[0]
        print(g)
        print([(n['op'], n['name'], n.get('attrs', {}), n['inputs']) for n in json.loads(autograd.get_symbol(g).tojson())['nodes']])
        with autograd.record():
            y = f()
            g = autograd.grad(y, [v], create_graph=True, retain_graph=True)[0]
            z = nd.sum(nd.sin(g))
        z.backward()
        print(v.grad)
    except Exception as e: print("ERR", type(e).__name__, str(e).strip().splitlines()[-1][:200])
with autograd.record():
    w = nd.sin(x)
print(autograd.get_symbol(w).tojson()[-300:])
