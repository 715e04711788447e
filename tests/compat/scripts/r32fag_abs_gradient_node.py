"""Under create_graph the gradients of abs and radians are MXNet's _backward_abs/_backward_radians nodes reading the head gradient and the input (get_symbol); second-order values stay zero."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag

for title, fn in (("abs", mx.nd.abs), ("abs(x - 0.3)", lambda x: mx.nd.abs(x - 0.3)), ("radians", mx.nd.radians)):
    print("==", title)
    x = mx.nd.array([[1., -2., 3.], [-4., 5., 0.]]) / 7
    x.attach_grad()
    try:
        with ag.record():
            g = ag.grad(fn(x), [x], create_graph=True, retain_graph=True)[0]
        print("  ", [(n["op"], n["inputs"]) for n in json.loads(ag.get_symbol(g).tojson())["nodes"]])
        print("  ", g.asnumpy().round(5).tolist())
        g.backward()
        print("   second", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])
