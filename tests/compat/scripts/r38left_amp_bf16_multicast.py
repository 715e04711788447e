"""amp_multicast's type rule with bfloat16/float16/float32/float64/int inputs; bf16 convert_symbol of Concat/stack/add_n graphs."""
import itertools
import json
import re

import mxnet as mx
from mxnet.contrib import amp
from mxnet.contrib.amp.amp import bfloat16 as BF


def name(t):
    return "bfloat16" if t == BF else getattr(t, "__name__", str(t))


a, b = mx.sym.var("a"), mx.sym.var("b")
for narrow in (False, True):
    for ca, cb in itertools.product((BF, "float16", "float32", None), repeat=2):
        x = mx.sym.amp_cast(a, dtype=ca) if ca else a
        y = mx.sym.amp_cast(b, dtype=cb) if cb else b
        s = mx.sym.amp_multicast(x, y, num_outputs=2, cast_narrow=narrow)
        for ta, tb in (("float32", "float32"), ("float16", "float32"), ("float64", "float32"), ("int32", "float32"),
                       ("float32", "int32"), ("float32", "float64")):
            r = s.infer_type_partial(a=ta, b=tb)[1]
            print(narrow, name(ca), name(cb), ta, tb, [name(t) for t in r])

d, w, d2 = mx.sym.var("data"), mx.sym.var("w"), mx.sym.var("d2")
c = mx.sym.Convolution(d, w, kernel=(1, 1), num_filter=2, no_bias=True, name="conv")
c2 = mx.sym.Convolution(d2, w, kernel=(1, 1), num_filter=2, no_bias=True, name="conv2")
for label, s in (("conv+var", mx.sym.Concat(c, d2, dim=1, name="cat")), ("var+conv", mx.sym.Concat(d2, c, dim=1, name="cat")),
                 ("var+var", mx.sym.Concat(d, d2, dim=1, name="cat")), ("conv+conv", mx.sym.Concat(c, c2, dim=1, name="cat")),
                 ("relu", mx.sym.Concat(mx.sym.relu(c), d2, dim=1, name="cat")), ("stack", mx.sym.stack(c, d2, name="st")),
                 ("add_n", mx.sym.add_n(c, d2, name="an")), ("bcast", mx.sym.broadcast_add(c, d2, name="ba"))):
    for target in ("bfloat16", "float16"):
        try:
            out = amp.convert_symbol(s, target_dtype=target)
            print(label, target, [(n["op"], n["name"]) for n in json.loads(out.tojson())["nodes"] if n["op"] != "null"])
            print("   ", out.get_internals().list_outputs())
            print("   ", [name(t) for t in out.get_internals().infer_type(data="float32", d2="float32", w="float32")[1]])
        except mx.base.MXNetError as e:
            print(label, target, "MXNetError", re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace("\n", " | "))
