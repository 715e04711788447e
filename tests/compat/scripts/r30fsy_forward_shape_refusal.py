"""A bound graph whose shape inference a node's shape function left undecided (where of mismatched shapes, a sampler without shape) binds, then fails at forward naming the node; later forwards find no shapes."""
# recorded on AVX2
import re
import warnings

import mxnet as mx
from mxnet import nd, sym

warnings.simplefilter("ignore")


def shown(call):
    try:
        r = call()
        return "ok " + str(r.shape if hasattr(r, "shape") else r)
    except Exception as e:
        return type(e).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | ")


a = sym.var("a")
graphs = [("where", sym.where(a > 0, sym.sum(a, axis=1, keepdims=True), a) * 2),
          ("where inner", sym.relu(sym.where(a > 0, a, sym.max(a, axis=0, keepdims=True)), name="r")),
          ("sampler", sym.random.uniform(name="u") * 2),
          ("sampler told", sym.random.uniform(name="u") + a)]
for label, out in graphs:
    print(label, "infer_shape", shown(lambda: out.infer_shape(a=(2, 3))))
    for train in ([True, True, False], [False, True]):
        ex = out.bind(mx.cpu(), {"a": nd.ones((2, 3))}, args_grad={"a": nd.zeros((2, 3))})
        for is_train in train:
            print(label, "forward", is_train, shown(lambda: ex.forward(is_train=is_train)[0]))
    print(label, "eval", shown(lambda: out.eval(a=nd.ones((2, 3)))[0]))
