"""foreach and while_loop infer dtypes as MXNet does: partial inference keeps what the body tells (a state's
dtype is its input's and its output's alike) and dtypes that clash inside the body fail in the words of its node."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
d, s0, s1, i = mx.sym.var("data"), mx.sym.var("s0"), mx.sym.var("s1"), mx.sym.var("i")


def add_body(x, st):
    h = x + st[0]
    return h, [h]


def fc_body(x, st):
    h = mx.sym.FullyConnected(x, num_hidden=3, name="fb") + st[0]
    return [h, x * 2], [h, st[1] + 1]


def cast_body(x, st):
    return mx.sym.cast(x, "float16"), [st[0] * 2]


def state_from_data(x, st):
    return x + st[0], [mx.sym.cast(x, "float16") + mx.sym.zeros_like(st[0])]


loops = {
    "foreach add": lambda: mx.sym.contrib.foreach(add_body, d, [s0]),
    "foreach fc": lambda: mx.sym.contrib.foreach(fc_body, d, [s0, s1]),
    "foreach cast": lambda: mx.sym.contrib.foreach(cast_body, d, [s0]),
    "foreach state from data": lambda: mx.sym.contrib.foreach(state_from_data, d, [s0]),
    "while add": lambda: mx.sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (i + s, [i + 1, s * 2]), [i, s0],
                                                   max_iterations=4),
    "while cast": lambda: mx.sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (mx.sym.cast(s, "float16"),
                                                    [i + 1, s]), [i, s0], max_iterations=4),
    "while sum": lambda: mx.sym.contrib.while_loop(lambda i, s: mx.sym.sum(i) < 3, lambda i, s: ([s], [i + 1, s + i]),
                                                   [i, s0], max_iterations=2),
}
given = [{}, {"data": "float16"}, {"s0": "float16"}, {"s1": "int32"}, {"i": "float16"},
         {"data": "float32", "s0": "float16"}, {"i": "int32", "s0": "float64"}, {"fb_weight": "float16"}]
for label, make in loops.items():
    with mx.name.NameManager():
        outs, states = make()
        c = mx.sym.Group((outs if isinstance(outs, list) else [outs]) + states)
    for kw in given:
        kw = {k: v for k, v in kw.items() if k in c.list_arguments()}
        for fn in ("infer_type_partial", "infer_type"):
            try:
                args, out_types, _ = getattr(c, fn)(**kw)
                shown = None if args is None else ([None if t is None else t.__name__ for t in args],
                                                   [None if t is None else t.__name__ for t in out_types])
            except mx.base.MXNetError as e:
                shown = words(e)
            print(label, kw, fn, c.list_arguments(), shown)
