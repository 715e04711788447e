"""Contrib detection and NCHW operators refusing their inputs: MultiBoxTarget's padding rows, MultiBoxDetection's
shape checks in order, AdaptiveAvgPooling2D / BilinearResize2D on 5-D data (shapes infer, the kernel fails)."""
# recorded on AVX2
import mxnet as mx
from _words import words

anchors = mx.nd.array([[[0.1, 0.1, 0.5, 0.5], [0.3, 0.3, 0.9, 0.9]]])
cls_pred = mx.nd.zeros((1, 3, 2))
LABELS = [[[0, .1, .1, .4, .4], [-1, .5, -1, -1, -1]], [[0, .1, .1, .4, .4], [-1, -1, .5, -1, -1]],
          [[0, .1, .1, .4, .4], [-1, -1, -1, .25, -1]], [[0, .1, .1, .4, .4], [-1, -1, -1, -1, 2]],
          [[0, .1, .1, .4, .4], [-1, -1, -1, -1, -1], [-1, 3, 3, 3, 3]], [[-1, 0, -1, -1, -1]],
          [[-1, -1, 0, -1, -1, 5]], [[1, .2, .2, .6, .6], [-1, 0, 0, 0, 0]]]
for label in LABELS:
    try:
        outs = mx.nd.contrib.MultiBoxTarget(anchors, mx.nd.array([label]), cls_pred)
        print("target", [o.asnumpy().round(4).tolist() for o in outs])
    except mx.MXNetError as e:
        print("target", label, words(e))

SHAPES = [((1, 3, 4), (1, 8), (1, 2, 4)), ((1, 3, 2), (1, 16), (1, 4, 4)), ((1, 3, 2), (1, 16), (1, 2, 4)),
          ((1, 3, 4), (1, 8), (1, 4, 4)), ((1, 3, 4), (1, 8), (1, 2, 3)), ((1, 3, 2), (1, 16), (1, 2, 3)),
          ((1, 3, 2), (1, 8), (1, 2, 3)), ((1, 3, 2), (1, 16), (1, 3, 3)), ((1, 3, 2), (1, 8), (1, 2, 4))]
for cs, ls, ans in SHAPES:
    try:
        y = mx.nd.contrib.MultiBoxDetection(mx.nd.zeros(cs), mx.nd.zeros(ls), mx.nd.zeros(ans))
        print("detection", cs, ls, ans, y.shape)
    except mx.MXNetError as e:
        print("detection", cs, ls, ans, words(e))

x = mx.nd.ones((2, 1, 4, 4, 3))
CALLS = [("pool", dict(output_size=2)), ("pool", dict(output_size=(1, 3))), ("pool", {}),
         ("resize", dict(height=2, width=3)), ("resize", dict(height=5, width=1, align_corners=False)),
         ("resize", dict(mode="to_even_up")), ("resize", dict(scale_height=0.5, scale_width=2.0))]
for kind, kw in CALLS:
    op = mx.nd.contrib.AdaptiveAvgPooling2D if kind == "pool" else mx.nd.contrib.BilinearResize2D
    y = op(x, **kw)
    print(kind, kw, "made", y.shape)
    try:
        y.wait_to_read()
    except mx.MXNetError as e:
        print("  read:", words(e))
    sop = mx.sym.contrib.AdaptiveAvgPooling2D if kind == "pool" else mx.sym.contrib.BilinearResize2D
    s = sop(mx.sym.var("a"), **kw)
    print("  infer:", s.infer_shape(a=x.shape)[1])
    out = s.bind(mx.cpu(), {"a": x}).forward()[0]
    try:
        out.wait_to_read()
    except mx.MXNetError as e:
        print("  forward:", out.shape, words(e))
like = mx.sym.contrib.BilinearResize2D(mx.sym.var("a"), mx.sym.var("b"), mode="like")
print("like", like.infer_shape(a=x.shape, b=(1, 1, 2, 5))[1])
