"""Under create_graph mx.np.where's gradient nodes are MXNet's _backward_np_where(_rscalar/_lscalar), reading the output gradient and the condition only."""
# recorded on AVX2
import mxnet as mx, json
from mxnet import autograd, np, npx
npx.set_np()
x = np.array([[0.7, 2.0, 0.5],[1.5, 1.2, 0.9]]); x.attach_grad()
for f in [lambda: np.where(x > 1, x, 0.0), lambda: np.where(x > 1, 2.0, x), lambda: np.where(x > 1, x, x * 2), lambda: np.where(x > 1, x * x, 1)]:
    with autograd.record():
        y = f()
        g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
    print(g, [(n['op'], n.get('attrs', {}), n['inputs']) for n in json.loads(autograd.get_symbol(g).tojson())['nodes'] if n['op'] != 'null'])
