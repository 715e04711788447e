"""get_symbol of graphs recorded from mx.np arrays names the ops as MXNet records them (_npi_sin, _npi_add, _npi_multiply_scalar, _np_reshape, _np_transpose, comparisons, ...) with the attributes given."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, np, npx
npx.set_np()

x = np.array([[0.7, 2.0, 0.5], [3.0, 1.5, 0.2]])
x.attach_grad()
cases = [
    ("sin", lambda: np.sin(x)), ("abs", lambda: np.abs(x)), ("exp-1", lambda: np.exp(x) - 1), ("log1p", lambda: np.log1p(x)),
    ("x+x", lambda: x + x), ("x*x", lambda: x * x), ("x-x", lambda: np.subtract(x, x)), ("x/x", lambda: x / x),
    ("x**x", lambda: x ** x), ("x%x", lambda: x % x), ("hypot", lambda: np.hypot(x, x)), ("x*2", lambda: x * 2),
    ("2-x", lambda: 2 - x), ("1/x", lambda: 1 / x), ("x/3", lambda: x / 3), ("2**x", lambda: 2 ** x),
    ("x%2", lambda: x % 2.0), ("2%x", lambda: 2.0 % x), ("-x", lambda: -x), ("hypot s", lambda: np.hypot(x, 2.0)),
    ("arctan2 s", lambda: np.arctan2(x, 2.0)), ("rarctan2 s", lambda: np.arctan2(2.0, x)), ("ldexp s", lambda: np.ldexp(x, 2.0)),
    ("x>1", lambda: x > 1), ("1>x", lambda: 1.0 > x), ("x<=x", lambda: x <= x), ("eq", lambda: np.equal(x, 2.0)),
    ("isnan", lambda: np.isnan(x)), ("where", lambda: np.where(x > 1, x, 0.0)),
    ("reshape m", lambda: x.reshape(3, 2)), ("reshape f", lambda: np.reshape(x, (3, -1))), ("reshape 6", lambda: np.reshape(x, 6)),
    ("flatten", lambda: x.flatten()), ("ravel", lambda: np.ravel(x)), ("T", lambda: x.T), ("transpose m", lambda: x.transpose(1, 0)),
    ("transpose f", lambda: np.transpose(x)), ("transpose fa", lambda: np.transpose(x, [1, 0])), ("swapaxes", lambda: np.swapaxes(x, 0, 1)),
    ("moveaxis", lambda: np.moveaxis(x, 0, -1)), ("expand_dims", lambda: np.expand_dims(x, -1)),
    ("squeeze f", lambda: np.squeeze(x.reshape(1, 6))), ("squeeze m", lambda: x.reshape(1, 6).squeeze()),
    ("squeeze a", lambda: np.squeeze(x.reshape(1, 6, 1), axis=(0, 2))), ("concatenate", lambda: np.concatenate([x, x])),
    ("concatenate 1", lambda: np.concatenate((x, x), axis=1)), ("stack", lambda: np.stack([x, x], axis=1)),
    ("vstack", lambda: np.vstack([x, x])), ("hstack", lambda: np.hstack([x, x])), ("append", lambda: np.append(x, x)),
    ("tile", lambda: np.tile(x, (2, 1))), ("repeat", lambda: np.repeat(x, 2, axis=1)), ("flip", lambda: np.flip(x)),
    ("flip 1", lambda: np.flip(x, (0, 1))), ("fliplr", lambda: np.fliplr(x)), ("broadcast_to", lambda: np.broadcast_to(x, [2, 2, 3])),
]
for name, f in cases:
    try:
        with autograd.record():
            y = f()
        nodes = json.loads(autograd.get_symbol(y).tojson())["nodes"]
        print(name, [(n["op"], n.get("attrs", {}), n["inputs"]) for n in nodes if n["op"] != "null"])
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0][:100])
with autograd.record():
    y = (x.T * 2).reshape(6)
    z = np.sin(y) + np.concatenate([y, y])[:6]
z.backward()
print(x.grad)
