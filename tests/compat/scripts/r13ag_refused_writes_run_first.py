"""An in-place write while recording (+=, out=, x[k] = v, copyto, creation out=) runs before MXNet 1.9.1 refuses
to record it: the target holds the result; a fresh target that was also an input is entered in the graph (a later
write into it is refused too), and the ops numbered on the way show in later get_symbol names."""
import mxnet as mx
from mxnet import autograd, nd


def attempt(name, write, module=nd):
    x = module.array([1.0, 2.0, 3.0])
    x.attach_grad()
    z = module.array([10.0, 20.0, 30.0])
    with autograd.record():
        y = x * 2
        try:
            write(x, y, z)
            outcome = "ok"
        except mx.base.MXNetError as e:
            outcome = "refused: " + ("Inplace" if "Inplace operations" in str(e) else "in graph")
        try:
            z += 1
            again = "z writable"
        except mx.base.MXNetError:
            again = "z refused"
    probe = nd.ones(1)
    probe.attach_grad()
    with autograd.record():
        p = probe * 1
    print(name, outcome, again, x.asnumpy().tolist(), y.asnumpy().tolist(), z.asnumpy().tolist(),
          autograd.get_symbol(p).list_arguments(), autograd.get_symbol(p).list_outputs())


CASES = {
    "y += 1": lambda x, y, z: y.__iadd__(1),
    "y *= x": lambda x, y, z: y.__imul__(x),
    "y -= y": lambda x, y, z: y.__isub__(y),
    "x += 1": lambda x, y, z: x.__iadd__(1),
    "z += y": lambda x, y, z: z.__iadd__(y),
    "y[0] = 5": lambda x, y, z: y.__setitem__(0, 5),
    "y[:] = 5": lambda x, y, z: y.__setitem__(slice(None), 5),
    "y[:] = z": lambda x, y, z: y.__setitem__(slice(None), z),
    "y[1:] = z[1:]": lambda x, y, z: y.__setitem__(slice(1, None), z[1:]),
    "y[[0, 2]] = 7": lambda x, y, z: y.__setitem__([0, 2], 7),
    "x[0] = 5": lambda x, y, z: x.__setitem__(0, 5),
    "y[1:3] = x[0:2]": lambda x, y, z: y.__setitem__(slice(1, 3), x[0:2]),
    "y[:] = x * 3": lambda x, y, z: y.__setitem__(slice(None), x * 3),
    "y[0] = x[1]": lambda x, y, z: y.__setitem__(0, x[1]),
    "z[0:2] = y[0:2]": lambda x, y, z: z.__setitem__(slice(0, 2), y[0:2]),
    "z[:] = y": lambda x, y, z: z.__setitem__(slice(None), y),
    "z[[0, 1]] = y[0:2]": lambda x, y, z: z.__setitem__([0, 1], y[0:2]),
    "sin(z, out=y)": lambda x, y, z: nd.sin(z, out=y),
    "sin(y, out=z)": lambda x, y, z: nd.sin(y, out=z),
    "elemwise_add(z, y, out=z)": lambda x, y, z: nd.elemwise_add(z, y, out=z),
    "z.copyto(y)": lambda x, y, z: z.copyto(y),
    "y.copyto(z)": lambda x, y, z: y.copyto(z),
    "zeros(3, out=y)": lambda x, y, z: nd.zeros(3, out=y),
    "y += ones(2)": lambda x, y, z: y.__iadd__(nd.ones(2)),
}
for name, write in CASES.items():
    attempt(name, write)
mx.npx.set_np()
for name in ("y += 1", "y *= x", "z += y", "y[0] = 5", "y[:] = z", "z[0:2] = y[0:2]", "z[:] = y", "x[0] = 5"):
    attempt("np " + name, CASES[name], mx.np)
attempt("np sin(z, out=y)", lambda x, y, z: mx.np.sin(z, out=y), mx.np)
