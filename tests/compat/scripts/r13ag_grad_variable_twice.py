"""autograd.grad with a variable listed twice: an unreachable variable is refused first, then MXNet 1.9.1's gradient
graph fails at the second listing, in words that depend on whether the variable is read more than once."""
import mxnet as mx
from mxnet import autograd, nd

HEADS = {
    "x+x": lambda x, z: x + x, "sin(x)+x*z": lambda x, z: nd.sin(x) + x * z, "x*x*x": lambda x, z: x * x * x,
    "add_n(x,x,z)": lambda x, z: nd.add_n(x, x, z), "sin(x)": lambda x, z: nd.sin(x), "x*z+z": lambda x, z: x * z + z,
    "(x*2)*(x*3)": lambda x, z: (x * 2) * (x * 3), "x*z": lambda x, z: x * z,
}
for name, f in HEADS.items():
    for listed in ("xx", "xxz", "zxx", "xzx"):
        x, z = nd.array([1.0, 2.0, 3.0]), nd.array([4.0, 5.0, 6.0])
        x.attach_grad()
        z.attach_grad()
        with autograd.record():
            head = f(x, z)
        try:
            autograd.grad(head, [{"x": x, "z": z}[c] for c in listed])
            print(name, listed, "ok")
        except mx.base.MXNetError as e:
            text = str(e)
            print(name, listed, "nodeEntry" if "nodeEntry" in text else "zeros_without_dtype" if "zeros_without" in text
                  else "unreachable" if "unreachable" in text else text[:60])
