"""get_symbol of mx.np split/array_split/hsplit/vsplit, diag, einsum, nan_to_num and copy shows MXNet's operators and attributes, also on their create_graph backward nodes."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()


def nodes(a):
    return [(n["op"], n["name"], n.get("attrs", {})) for n in json.loads(autograd.get_symbol(a).tojson())["nodes"]
            if n["op"] != "null"]


x = np.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]])
x.attach_grad()
v = np.array([0.7, 2.0, 0.5])
v.attach_grad()
cases = [(lambda: np.diag(x), x), (lambda: np.diag(x, 1), x), (lambda: np.diag(v), v), (lambda: np.diag(v, k=-1), v),
         (lambda: np.split(x, 3, axis=1)[0], x), (lambda: np.split(x, [1], axis=1)[1], x),
         (lambda: np.array_split(x, 2, axis=1)[0], x), (lambda: np.array_split(x, [1, 2], axis=1)[0], x),
         (lambda: np.vsplit(x, 2)[0], x), (lambda: np.einsum('ij->j', x), x),
         (lambda: np.einsum('ij,ij->i', x, x, optimize=True), x), (lambda: np.nan_to_num(x), x),
         (lambda: np.nan_to_num(x, nan=1.0, posinf=2.0), x)]
for i, (f, var) in enumerate(cases):
    with autograd.record():
        y = f()
    print(i, nodes(y))
    with autograd.record():
        y = f()
        g = autograd.grad(y, [var], create_graph=True, retain_graph=True)[0]
    print(i, g.asnumpy().tolist(), nodes(g))
for f in (lambda: np.hsplit(x, 3)[0], lambda: np.copy(x), lambda: x.copy()):
    with autograd.record():
        y = f()
    print(nodes(y))
