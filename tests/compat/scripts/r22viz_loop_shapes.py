"""infer_shape_partial through foreach, while_loop and cond: each output and state told as far as the body knows
it (a state whose sizes are known only in part keeps them), whatever else stays unknown."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d, s0, s1, i, x = (mx.sym.var(n) for n in ("data", "s0", "s1", "i", "x"))


def add_body(x, st):
    h = x + st[0]
    return h, [h]


def fc_body(x, st):
    h = mx.sym.FullyConnected(x, num_hidden=3, name="fb") + st[0]
    return [h, x * 2], [h, st[1] + 1]


def group(outs, states):
    return mx.sym.Group((outs if isinstance(outs, list) else [outs]) + states)


nets = {
    "foreach add": lambda: group(*mx.sym.contrib.foreach(add_body, d, [s0])),
    "foreach fc": lambda: group(*mx.sym.contrib.foreach(fc_body, d, [s0, s1])),
    "while": lambda: group(*mx.sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (i + s, [i + 1, s * 2]),
                                                      [i, s0], max_iterations=4)),
    "cond": lambda: mx.sym.contrib.cond(i > 0, lambda: x * 2, lambda: s0 - 1),
    "cond fc": lambda: mx.sym.contrib.cond(i > 0, lambda: mx.sym.FullyConnected(x, num_hidden=2, name="cf"), lambda: s0),
}
given = [{"data": (4, 2, 3)}, {"data": (4, 2, 3), "s0": (2, 3)}, {"data": (4, 2, 5), "s0": (2, 3), "s1": (2, 5)},
         {"data": (4, 0, 3)}, {"data": (0, 2, 3)}, {"data": (4, 2, 3), "s1": (0, 7)}, {"i": (1,)}, {"i": (1,), "s0": (1,)},
         {"i": (1,), "s0": (2, 2)}, {"i": (1,), "x": (2, 2)}, {"x": (2, 2), "s0": (3, 3)}, {"i": (1,), "x": (2, 4), "s0": (2, 2)},
         {"s0": (0, 3), "x": (2, 0)}]
for label, make in nets.items():
    with mx.name.NameManager():
        net = make()
    for kw in given:
        kw = {k: v for k, v in kw.items() if k in net.list_arguments()}
        if label.startswith("foreach") and "data" not in kw:
            continue
        for fn in ("infer_shape_partial", "infer_shape"):
            try:
                shown = getattr(net, fn)(**kw)
            except mx.base.MXNetError as e:
                shown = words(e)
            print(label, kw, fn, net.list_arguments(), shown)
