"""autograd.grad with a variable listed twice fails in MXNet's words at their source lines: no context for the zeros (a variable read more than once) or no graph entry."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag

x = nd.array([1., 2])
w = nd.array([3., 4])
x.attach_grad()
w.attach_grad()
for name, f, listed in [('x*x', lambda: x * x, [x, x]), ('x*2', lambda: x * 2, [x, x]), ('exp(x)', lambda: nd.exp(x), [x, x]),
                        ('x*w', lambda: x * w, [x, w, x]), ('x*w', lambda: x * w, [w, x, w]),
                        ('x+x+w', lambda: x + x + w, [w, x, x])]:
    with ag.record():
        y = f()
    try:
        ag.grad(y, listed)
    except mx.base.MXNetError as e:
        print(name, len(listed), " | ".join(line.strip() for line in str(e).strip().splitlines()))
