"""get_symbol of mx.np reductions shows the attributes MXNet records: the function's given ones, the method's axis and keepdims, var/std as _npi_var/_npi_std, round as _npi_around."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()

x = np.array([[0.7, 2.0, 0.5], [3.0, 1.5, 0.2]])
x.attach_grad()
cases = [lambda: np.sum(x), lambda: np.sum(x, axis=1), lambda: np.sum(x, axis=(0, 1), keepdims=True),
         lambda: np.sum(x, dtype='float64'), lambda: np.sum(x, axis=-1, dtype=np.float32), lambda: x.sum(),
         lambda: x.sum(axis=1), lambda: x.sum(1, keepdims=True), lambda: x.sum(dtype='float64'),
         lambda: np.mean(x), lambda: np.mean(x, axis=0, keepdims=True), lambda: x.mean(), lambda: x.mean(axis=1),
         lambda: np.mean(x, dtype='float64'), lambda: np.prod(x), lambda: np.prod(x, axis=0), lambda: x.prod(),
         lambda: x.prod(axis=1, keepdims=True), lambda: np.max(x), lambda: np.max(x, axis=1, keepdims=True),
         lambda: x.max(), lambda: x.max(axis=0), lambda: np.min(x, 0), lambda: x.min(), lambda: np.cumsum(x),
         lambda: np.cumsum(x, axis=1), lambda: np.cumsum(x, dtype='float64'), lambda: x.cumsum(),
         lambda: np.var(x), lambda: np.std(x, axis=0), lambda: x.var(), lambda: x.std(ddof=1),
         lambda: np.var(x, axis=1, keepdims=True, ddof=1), lambda: np.round(x), lambda: np.round(x, 2),
         lambda: np.around(x, decimals=1)]
for i, f in enumerate(cases):
    with autograd.record():
        y = f()
    nodes = json.loads(autograd.get_symbol(y).tojson())["nodes"]
    print(i, [(n["op"], n.get("attrs", {})) for n in nodes if n["op"] != "null"])
with autograd.record():
    z = np.sum(np.std(x, axis=0) * np.mean(x, axis=0)) + x.max()
z.backward()
print(x.grad)
