"""nd.contrib's functions carry MXNet's short names (in __name__ and repr) while refusals name the operator."""
import re

import mxnet as mx
from mxnet import nd
from _words import words

for name in ["box_nms", "box_non_maximum_suppression", "ROIAlign", "BilinearResize2D", "index_copy", "quadratic",
             "SparseEmbedding", "interleaved_matmul_selfatt_qk", "foreach", "while_loop", "cond"]:
    fn = getattr(nd.contrib, name)
    shown = re.sub(r"0x[0-9a-f]+", "0x...", repr(fn))
    print(name, fn.__name__, shown, getattr(mx.sym.contrib, name).__name__, fn is getattr(nd.contrib, name))
for label, call in [("too many positional", lambda: nd.contrib.box_nms(nd.ones((1, 2, 6)), *range(14))),
                    ("unknown keyword", lambda: nd.contrib.box_iou(nd.ones((1, 4)), nd.ones((1, 4)), fmt="corner")),
                    ("bad value", lambda: nd.contrib.box_nms(nd.ones((1, 2, 6)), topk="x"))]:
    try:
        call()
    except Exception as e:
        print(label, "->", words(e))
