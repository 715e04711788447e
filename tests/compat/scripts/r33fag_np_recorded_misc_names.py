"""get_symbol of mx.np roll, rot90, diagonal, full_like/zeros_like/ones_like, argmax/argmin and atleast_Nd shows MXNet's operators and attributes (no function reprs)."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()

x = np.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]])
x.attach_grad()
cases = [lambda: np.roll(x, 1), lambda: np.roll(x, 1, axis=0), lambda: np.roll(x, (1, 2), axis=(0, 1)), lambda: np.rot90(x),
         lambda: np.rot90(x, 3, axes=(1, 0)), lambda: np.diagonal(x), lambda: np.diagonal(x, 1), lambda: np.diagonal(x, axis1=1, axis2=0),
         lambda: np.full_like(x, 2.0) + x, lambda: np.zeros_like(x) + x, lambda: np.ones_like(x) * x,
         lambda: np.full_like(x, 3, dtype='float64') + 1, lambda: np.argmax(x) * 1.0, lambda: np.argmin(x, axis=1) * 1.0,
         lambda: np.atleast_2d(x), lambda: np.atleast_3d(x), lambda: np.atleast_1d(x)]
for i, f in enumerate(cases):
    try:
        with autograd.record():
            y = f()
        nodes = json.loads(autograd.get_symbol(y).tojson())["nodes"]
        print(i, [(n["op"], n["name"], n.get("attrs", {})) for n in nodes if n["op"] != "null"])
    except Exception as e:
        print(i, "ERR", type(e).__name__, str(e).splitlines()[0][:100])
