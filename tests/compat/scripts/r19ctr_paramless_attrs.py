"""Operators without parameters take any attribute, in symbols and in NDArray calls; operators with parameters
refuse an unknown one in MXNet's words."""
import mxnet as mx
from mxnet import nd, sym
from _words import words

for name in ["box_encode", "dgl_adjacency", "div_sqrt_dim", "edge_id", "hawkesll", "index_copy",
             "quantized_flatten", "round_ste", "sign_ste", "box_nms", "quadratic", "index_array", "arange_like",
             "gradientmultiplier", "allclose", "boolean_mask", "box_iou"]:
    try:
        s = getattr(sym.contrib, name)(sym.var("a"), bogus_kw=3, name="n")
        print(name, "->", s.list_arguments(), s.list_attr())
    except Exception as e:
        print(name, "->", words(e))
for name, args in [("div_sqrt_dim", [nd.ones((2, 4))]), ("round_ste", [nd.array([0.4, 1.6])]),
                   ("sign_ste", [nd.array([-0.4, 1.6])]), ("quadratic", [nd.ones((2,))])]:
    try:
        print(name, "nd ->", getattr(nd.contrib, name)(*args, bogus_kw=3).asnumpy().tolist())
    except Exception as e:
        print(name, "nd ->", words(e))
