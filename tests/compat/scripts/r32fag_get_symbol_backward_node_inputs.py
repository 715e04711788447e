"""get_symbol of create_graph gradients: backward nodes read MXNet's inputs (a scalar op's array, not its number), copy the forward's attributes (clip's bounds, a slice's begin/end, a scalar), negative's and _copy's gradients are nodes of the head gradient again at the next order."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def show(title, fn, orders=2):
    print("==", title)
    x = mx.nd.array([[1., 2., 3.], [4., 5., 6.]]) / 7
    x.attach_grad()
    try:
        g = None
        for order in range(orders):
            with ag.record():
                g = ag.grad(fn(x) if g is None else g, [x], create_graph=True, retain_graph=True)[0]
            nodes = json.loads(ag.get_symbol(g).tojson())["nodes"]
            print("  ", order + 1, [(n["op"], n.get("attrs", {}), n["inputs"]) for n in nodes])
            print("     ", g.asnumpy().round(5).tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])


show("clip", lambda x: mx.nd.clip(x, 0.2, 0.5))
show("negative", mx.nd.negative)
show("-x * x", lambda x: -x * x, 1)
show("1 / x", lambda x: 1 / x, 1)
show("2 - 1 / x", lambda x: 2 - 1 / x, 1)
show("x ** 3", lambda x: x ** 3, 1)
show("log(x + 1)", lambda x: mx.nd.log(x + 1))
show("broadcast_add with a slice", lambda x: mx.nd.broadcast_add(x, x[0:1]), 1)
show("broadcast_mul with a slice", lambda x: mx.nd.broadcast_mul(x, x[0:1]), 1)
