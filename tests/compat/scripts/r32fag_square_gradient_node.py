"""Under create_graph square's gradient is MXNet's _backward_square(dy, x) node: get_symbol, the node numbers later graphs get, second and third order values and the refusal beyond."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def names(sym):
    return [(n["op"], n["name"], n["inputs"]) for n in json.loads(sym.tojson())["nodes"]]


def next_node():
    v = mx.nd.ones(1)
    v.attach_grad()
    with ag.record():
        r = v * 1
    return names(ag.get_symbol(r))[-1][1]


for dtype in ("float32", "float64"):
    print("==", dtype)
    x = mx.nd.array([0.3, -0.5, 0.9], dtype=dtype)
    x.attach_grad()
    with ag.record():
        g = ag.grad(mx.nd.square(x), [x], create_graph=True, retain_graph=True)[0]
    print("  ", names(ag.get_symbol(g)), g.asnumpy().tolist())
    print("   next", next_node())
    with ag.record():
        g2 = ag.grad(g, [x], create_graph=True, retain_graph=True)[0]
    print("   second", g2.asnumpy().tolist(), "next", next_node())
    try:
        g2.backward()
        print("   third", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])
    with ag.record():
        y = mx.nd.square(mx.nd.sin(x))
        g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
        s = (g * g).sum()
    try:
        s.backward()
        print("   penalty grad", x.grad.asnumpy().tolist(), "next", next_node())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])
