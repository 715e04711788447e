"""A float64 sparse variable given a float32 gradient buffer by attach_grad(stype=...): the backward of an
elementwise reader fails its type check (naming the node), other readers fail the shape check first; float32
variables get their gradients in the buffer's storage."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd
from _sparse_show import show
from _words import words

nd = mx.nd
READERS = {
    "abs": nd.abs, "round": nd.round, "ceil": nd.ceil, "fix": nd.fix, "expm1": nd.expm1, "log1p": nd.log1p,
    "sin": nd.sin, "cos": nd.cos, "tan": nd.tan, "arcsin": nd.arcsin, "arccos": nd.arccos, "sinh": nd.sinh,
    "cosh": nd.cosh, "tanh": nd.tanh, "arcsinh": nd.arcsinh, "arctanh": nd.arctanh, "degrees": nd.degrees,
    "log": nd.log, "log2": nd.log2, "cbrt": nd.cbrt, "rcbrt": nd.rcbrt, "rsqrt": nd.rsqrt, "erf": nd.erf,
    "gammaln": nd.gammaln, "softsign": nd.softsign, "zeros_like": nd.zeros_like, "ones_like": nd.ones_like,
    "BlockGrad": nd.BlockGrad, "stop_gradient": nd.stop_gradient, "identity": nd.identity, "transpose": nd.transpose,
    "argmax": nd.argmax, "shape_array": nd.shape_array, "x + 2": lambda x: x + 2, "2 / x": lambda x: 2 / x,
    "x - 2": lambda x: x - 2, "x ** 2": lambda x: x ** 2, "x * 2": lambda x: x * 2, "sum": nd.sum, "clip":
    lambda x: nd.clip(x, 0, 0.3), "Activation": lambda x: nd.Activation(x, act_type="tanh"), "mean": nd.mean,
}


def run(stype, dtype, buffer, reader):
    x = nd.array([[0.5, 0], [0, 0], [0.25, 0.1]], dtype=dtype).tostype(stype)
    x.attach_grad(stype=buffer)
    with autograd.record():
        y = reader(x)
    y.backward()
    return x.grad


for stype in ("row_sparse", "csr"):
    for name, reader in READERS.items():
        for dtype, buffer in (("float64", "default"), ("float64", "row_sparse"), ("float32", "default")):
            try:
                print(stype, dtype, buffer, name, "->", show(run(stype, dtype, buffer, reader)))
            except Exception as e:
                print(stype, dtype, buffer, name, "->", words(e))
