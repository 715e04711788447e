"""box_encode in partial shape inference checks its samples', matches' and anchors' ranks in turn, an unknown one as -1, at their source lines (box_decode its data's)."""
# recorded on AVX2
import re

from mxnet import sym

x, y, z = sym.var("x"), sym.var("y"), sym.var("z")
encode = sym.contrib.box_encode(x, y, z, sym.var("r"), sym.var("m"), sym.var("s"))
decode = sym.contrib.box_decode(x, y)
cases = [("encode", encode, {}), ("encode", encode, {"x": (2, 5)}), ("encode", encode, {"x": (2, 0), "z": (2, 5)}),
         ("encode", encode, {"x": (2, 5), "y": (2, 5, 4)}), ("encode", encode, {"x": (2, 5), "y": (2, 5), "z": (2, 5)}),
("encode", encode, {"x": (2, 5, 1)}),
         ("decode", decode, {}), ("decode", decode, {"y": (1, 5, 4)}),
         ("decode", decode, {"x": (2, 5, 4), "y": (1, 5, 4)})]
for label, graph, given in cases:
    try:
        print(label, given, graph.infer_shape_partial(**given))
    except Exception as e:
        print(label, given, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1])
