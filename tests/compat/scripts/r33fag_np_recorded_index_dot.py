"""get_symbol of mx.np basic indexing shows MXNet's slice/Reshape steps (numbered as its nodes), an index array as gather_nd, np.dot and 2-D np.matmul as one _np_dot/_npi_matmul node; later nodes keep MXNet's numbers."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()


def nodes(a):
    return [(n["op"], n["name"], n.get("attrs", {}), n["inputs"]) for n in json.loads(autograd.get_symbol(a).tojson())["nodes"]]


x = np.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]])
x.attach_grad()
keys = [0, -1, (0, 1), slice(1, 2), slice(0, 2, 2), (slice(None), 1), (slice(None), slice(1, None)), (Ellipsis, 0),
        (None, 0), (0, None), (1, slice(0, 2)), (slice(None), slice(None, None, 2))]
for k in keys:
    with autograd.record():
        y = x[k]
    print(repr(k), nodes(y))
with autograd.record():
    y = x[np.array([0, 1])]
print(nodes(y))
with autograd.record():
    y = np.dot(x, x.T)
    z = np.matmul(x, x.T)
    w = np.sin(x)
print(nodes(y))
print(nodes(z))
print(nodes(w))
with autograd.record():
    y = np.sum(np.dot(x, x.T)) + np.sum(x[1] * x[0]) + np.sum(x[:, 1:])
y.backward()
print(x.grad)
with autograd.record():
    y = x[0]
    g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
print(nodes(g))
