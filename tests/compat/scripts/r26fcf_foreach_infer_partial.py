"""sym.contrib.foreach shape inference with some shapes unknown: a data input of unknown shape is read as steps of
shape (1,), the step count comes from the first one, and a state may not change its shape in a step."""
# recorded on AVX2
import mxnet as mx
from _words import words
sym = mx.sym


def tr(label, f):
    try:
        print(label, "->", f())
    except Exception as e:      # noqa: BLE001  (the class and words are what is compared)
        print(label, "!!", words(e))


d0, d1, s = sym.var("d0"), sym.var("d1"), sym.var("s")
BODIES = [
    ("max(d1, d0)", lambda x, st: (sym.maximum(x[1], x[0]), [])),
    ("max(d0, d1)", lambda x, st: (sym.maximum(x[0], x[1]), [])),
    ("d0 * 2 + d1", lambda x, st: (x[0] * 2 + x[1], [])),
]
GIVEN = [{"d0": (1, 2, 3)}, {"d1": (1, 2, 3)}, {"d1": (4, 2)}, {"d1": (4,)}, {"d0": (4,)}, {"d0": (3, 2), "d1": (3, 2)}]
for label, body in BODIES:
    out, _ = sym.contrib.foreach(body, [d0, d1], [])
    for given in GIVEN:
        tr(f"{label} {given}", lambda: out.infer_shape_partial(**given))

STATES = [
    ("state + x", lambda x, st: (x * 2, [st[0] + x])),
    ("state doubled", lambda x, st: (x * 2, [sym.concat(st[0], st[0], dim=0)])),
    ("state summed", lambda x, st: (x * 2, [st[0].sum(keepdims=True)])),
    ("state times 2", lambda x, st: (x * 2, [st[0] * 2])),
]
GIVEN = [{"d0": (3, 2), "s": (2,)}, {"s": (2,)}, {"d0": (3, 2)}, {"d0": (4, 2, 3)}, {"d0": (4,)}, {"s": (2, 3)}]
for label, body in STATES:
    out, states = sym.contrib.foreach(body, d0, [s])
    g = sym.Group([out] + states)
    for given in GIVEN:
        tr(f"{label} partial {given}", lambda: g.infer_shape_partial(**given))
        if len(given) == 2:
            tr(f"{label} full {given}", lambda: g.infer_shape(**given))
            tr(f"{label} bind {given}", lambda: [o.shape for o in g.simple_bind(mx.cpu(), grad_req="null",
                                                                                **given).forward()])
