"""Under create_graph, exp's gradient is recorded as MXNet's elemwise_mul(dy, exp(x)) node (get_symbol), for float32/float64/float16, with its values and the refusal of a third differentiation."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag

for dtype in ("float32", "float64", "float16"):
    print("==", dtype)
    x = mx.nd.array([0.5, 1.5, -1], dtype=dtype)
    x.attach_grad()
    with ag.record():
        y = mx.nd.exp(mx.nd.sin(x))
        g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
    for node in json.loads(ag.get_symbol(g).tojson())["nodes"]:
        print("  ", node["op"], node["name"], node.get("attrs", {}), node["inputs"])
    print("   grad", g.asnumpy().tolist())
    try:
        g.backward()
        print("   second", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])
    with ag.record():
        g = ag.grad(mx.nd.exp(x), [x], create_graph=True, retain_graph=True)[0]
        g2 = ag.grad(g, [x], create_graph=True, retain_graph=True)[0]
    try:
        g2.backward()
        print("   third", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])
