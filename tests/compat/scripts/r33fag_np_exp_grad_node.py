"""Under create_graph mx.np.exp's gradient is MXNet's elemwise_mul(dy, exp(x)) node, as for legacy arrays; values of grads of grads."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()

for dt in ('float32', 'float64'):
    x = np.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]], dtype=dt)
    x.attach_grad()
    with autograd.record():
        y = np.exp(np.sin(x))
        g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
        z = (g.as_np_ndarray() * np.sin(x)).sum()
    print([(n["op"], n["inputs"]) for n in json.loads(autograd.get_symbol(g).tojson())["nodes"] if n["op"] != "null"])
    z.backward()
    print(g, x.grad)
