"""get_symbol of create_graph gradients of mx.np ops: backward nodes carry the forward's MXNet attributes (reshape, tile, repeat, flip, swapaxes, ...), read what MXNet's read (sum, mean, cumsum, concat, flip, broadcast_to), transpose's gradient is _np_transpose; repeat's method records its axis."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()


def nodes(a):
    return [(n["op"], n.get("attrs", {}), n["inputs"]) for n in json.loads(autograd.get_symbol(a).tojson())["nodes"]
            if n["op"] != "null"]


x = np.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]])
x.attach_grad()
cases = [lambda: np.sum(x), lambda: np.mean(x, axis=0), lambda: x.sum(axis=1), lambda: x.T, lambda: x.reshape(3, 2),
         lambda: np.expand_dims(x, 0), lambda: np.concatenate([x, x]), lambda: np.stack([x, x]), lambda: np.cumsum(x),
         lambda: np.tile(x, 2), lambda: np.repeat(x, 2), lambda: x.repeat(2), lambda: np.repeat(x, 2, axis=1),
         lambda: np.flip(x, 0), lambda: np.swapaxes(x, 0, 1), lambda: np.squeeze(x.reshape(1, 6)),
         lambda: np.broadcast_to(x, (2, 2, 3)), lambda: np.sin(x), lambda: np.tanh(x), lambda: x * 2, lambda: x ** 2]
for i, f in enumerate(cases):
    with autograd.record():
        y = f()
        g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
    print(i, nodes(y))
    print(i, g.asnumpy().tolist(), nodes(g))
