"""mx.sym.np creation, window and sampler functions: MXNet's signatures (defaults) and the nodes they build."""
import inspect
import json

import mxnet as mx

sn = mx.sym.np
def show(label, f):
    try:
        r = f()
        node = json.loads(r.tojson())["nodes"][-1]
        print(label, node["op"], node["name"], node.get("attrs"))
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0][:150])
show('arange', lambda: sn.arange(3))
show('arange f', lambda: sn.arange(3, dtype='float64'))
show('ones', lambda: sn.ones((2,)))
show('ones i', lambda: sn.ones((2,), 'int32'))
show('zeros', lambda: sn.zeros((2,)))
show('eye', lambda: sn.eye(2))
show('eye ctx', lambda: sn.eye(2, ctx=mx.cpu()))
show('eye foo', lambda: sn.eye(2, foo=1))
show('indices', lambda: sn.indices((2, 2)))
show('blackman', lambda: sn.blackman(4))
show('hamming', lambda: sn.hamming(4))
show('hanning', lambda: sn.hanning(4, dtype=None))
show('gamma', lambda: sn.random.gamma(2.0))
show('gamma0', lambda: sn.random.gamma())
show('power', lambda: sn.random.power(2.0))
show('power ctx', lambda: sn.random.power(2.0, ctx=mx.cpu()))
show('rayleigh', lambda: sn.random.rayleigh())
show('rayleigh2', lambda: sn.random.rayleigh(size=(2,)))
for n in ("arange", "ones", "zeros", "eye", "indices", "blackman", "hamming", "hanning", "random.gamma", "random.power",
          "random.rayleigh"):
    print(n, inspect.signature(eval("sn." + n)))
