"""Type refusals of contrib and indexing kernels (count_sketch's uniform types, box ops' float-only switch, bool
in index_copy/gather_nd/ravel/im2col, an 8-bit gather_nd index printed as its character): MXNet's words and site."""
import re

import mxnet as mx
from mxnet import nd


def show(name, f):
    try:
        outs = f()
        outs = outs if isinstance(outs, list) else [outs]
        print(name, "->", [(o.dtype.__name__, o.shape) if hasattr(o, "asnumpy") else o for o in outs])
        for o in outs:
            if hasattr(o, "asnumpy"):
                o.asnumpy()
    except Exception as e:
        text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))
        print(name, "->", type(e).__name__, "|", text.replace("\n", " / "))


def arr(shape, dtype):
    return nd.ones(shape, dtype=dtype)


for d, h, s in [("float64", "float32", "float32"), ("float32", "float64", "float32"), ("float32", "float32", "int32"),
                ("float16", "float16", "float32"), ("bool", "float32", "float32"), ("float64", "float64", "float64")]:
    show(f"count_sketch {d} {h} {s}", lambda: nd.contrib.count_sketch(arr((2, 4), d), arr((1, 4), h), arr((1, 4), s),
                                                                      out_dim=2))
    sym = mx.sym.contrib.count_sketch(mx.sym.var("d"), mx.sym.var("h"), mx.sym.var("s"), out_dim=2)
    show(f"count_sketch symbol {d} {h} {s}", lambda: sym.infer_type(d=d, h=h, s=s)[1])
show("count_sketch h of 3 and float64", lambda: nd.contrib.count_sketch(arr((2, 4), "float64"), arr((1, 3), "float32"),
                                                                        arr((1, 4), "float32"), out_dim=2))
show("count_sketch 4-D h of 3", lambda: nd.contrib.count_sketch(arr((1, 1, 2, 4), "float32"), arr((1, 3), "float32"),
                                                                arr((1, 4), "float32"), out_dim=2))

for dtype in ["int32", "int64", "uint8", "int8", "bool"]:
    show(f"box_iou {dtype}", lambda: nd.contrib.box_iou(arr((2, 4), dtype), arr((1, 4), dtype)))
    show(f"box_nms {dtype}", lambda: nd.contrib.box_nms(arr((3, 6), dtype)))
    show(f"bipartite_matching {dtype}", lambda: nd.contrib.bipartite_matching(arr((2, 2), dtype), threshold=0.1))

show("index_copy bool", lambda: nd.contrib.index_copy(arr((3, 2), "bool"), nd.array([0]), arr((1, 2), "bool")))
show("gather_nd bool indices", lambda: nd.gather_nd(nd.ones((2, 3)), arr((1, 2), "bool")))
show("ravel_multi_index bool", lambda: nd.ravel_multi_index(arr((2, 2), "bool"), shape=(4, 4)))
show("unravel_index bool", lambda: nd.unravel_index(arr((2,), "bool"), shape=(4, 4)))
show("im2col bool", lambda: nd.im2col(arr((1, 1, 3, 3), "bool"), kernel=(2, 2)))
for dtype in ["uint8", "int8", "int32", "float32"]:
    for index in [[[0, 1]], [[2, 0]], [[1, 7]]]:
        show(f"gather_nd {dtype} {index}", lambda: nd.gather_nd(nd.arange(6).reshape((2, 3)),
                                                                nd.array(index, dtype=dtype)))


def backward(op, x, head=None):
    x.attach_grad()
    with mx.autograd.record():
        y = op(x)
        y = y[0] if isinstance(y, list) else y
    y.backward(head)
    return x.grad


for dtype in ["int32", "int8", "bool"]:
    show(f"box_iou backward {dtype}", lambda: backward(lambda x: nd.contrib.box_iou(x, x), arr((2, 4), dtype)))
    show(f"box_iou backward {dtype} given a head", lambda: backward(lambda x: nd.contrib.box_iou(x, x),
                                                                    arr((2, 4), dtype), arr((2, 2), dtype)))
    show(f"box_nms backward {dtype}", lambda: backward(nd.contrib.box_nms, arr((3, 6), dtype)))
    show(f"bipartite_matching backward {dtype}",
         lambda: backward(lambda x: nd.contrib.bipartite_matching(x, threshold=0.1), arr((2, 2), dtype)))
