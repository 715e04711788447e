"""box_nms attribute checks, topk=0 (input unchanged) and a negative threshold (0/0 overlaps never suppress);
box_iou/box_decode/box_encode edge rules; float attributes as MXNet's parser reads them (quadratic's gradient,
box_decode's stds); the float-only and float32-only contrib operators; boolean_mask/index_copy/index_array
shape rules."""
import mxnet as mx
import numpy as np
from _show_values import show

nd, C = mx.nd, mx.nd.contrib
rs = np.random.RandomState(3)
d = nd.array([[0, .9, 0, 0, 0, 0], [0, .8, 0, 0, 0, 0], [0, .7, .5, .5, .4, .4], [0, .6, .5, .5, .4, .4],
              [0, .5, 0, 0, 1, 1], [0, .4, 0, 0, 1, 1]])
for t in (-0.1, 0.0, 0.5):
    for fmt in ("corner", "center"):
        show(f"nms {t} {fmt}", lambda: C.box_nms(d, overlap_thresh=t, in_format=fmt))
show("nms topk0", lambda: C.box_nms(d[::-1], topk=0, valid_thresh=0.65, id_index=0, background_id=0))
x = d[::-1].copy()
x.attach_grad()
with mx.autograd.record():
    y = C.box_nms(x, topk=0)
y.backward(nd.arange(36).reshape((6, 6)))
print("nms topk0 grad", x.grad.asnumpy().tolist())
for kw in (dict(score_index=2), dict(score_index=6), dict(id_index=0, score_index=0), dict(id_index=3),
           dict(id_index=7), dict(coord_start=3), dict(out_format="foo"), dict(in_format="xyxy")):
    show(f"nms {kw}", lambda: C.box_nms(d, **kw))
show("nms int", lambda: C.box_nms(nd.ones((2, 6), dtype="int32")))
show("nms narrow", lambda: C.box_nms(nd.ones((2, 5)), id_index=0))
show("iou 1d lhs", lambda: C.box_iou(nd.ones((4,)), nd.ones((2, 4))))
show("iou 1d rhs", lambda: C.box_iou(nd.ones((2, 4)), nd.ones((4,))))
show("iou int", lambda: C.box_iou(nd.ones((2, 4), dtype="int32"), nd.ones((2, 4), dtype="int32")))

stds = [float(v) for v in rs.uniform(0.1, 2, 8)]
anc = nd.array([[[0, 0, 1, 1]]], dtype="float64")
for s in stds:
    show(f"decode std0={s!r}", lambda: C.box_decode(nd.ones((1, 1, 4), dtype="float64"), anc, std0=s, std2=s,
                                                    clip=s, format="center"))
samples = nd.array(rs.choice([-1., 0., 1.], (2, 5)), dtype="float16")
matches = nd.array(rs.randint(0, 3, (2, 5)), dtype="float16")
anchors = rs.uniform(0, 1, (2, 5, 4))
anchors[..., 2:] += anchors[..., :2]
refs = rs.uniform(0, 1, (2, 3, 4))
refs[..., 2:] += refs[..., :2]
show("encode half", lambda: C.box_encode(samples, matches, nd.array(anchors, dtype="float16"),
                                         nd.array(refs, dtype="float16"), nd.array([.01, -.02, .05, .03], dtype="float16"),
                                         nd.array([.1, .1, .2, .2], dtype="float16"))[0])

for dt in ("float16", "float32", "float64"):
    q = nd.array(rs.uniform(-5, 5, (2, 5)), dtype=dt)
    q.attach_grad()
    a, b, c = (float(v) for v in rs.uniform(-3, 3, 3))
    with mx.autograd.record():
        y = C.quadratic(q, a=a, b=b, c=c)
    y.backward(nd.array(rs.uniform(-1, 1, (2, 5)), dtype=dt))
    print("quadratic", dt, y.asnumpy().tolist(), q.grad.asnumpy().tolist())

show("resize int", lambda: C.BilinearResize2D(nd.ones((1, 1, 3, 3), dtype="int32"), height=2, width=2))
show("adaptive int", lambda: C.AdaptiveAvgPooling2D(nd.ones((1, 1, 3, 3), dtype="int32"), output_size=2))
for dt in ("float64", "float16"):
    show(f"detection {dt}", lambda: C.MultiBoxDetection(nd.ones((1, 2, 2), dtype=dt), nd.ones((1, 8), dtype=dt),
                                                        nd.ones((1, 2, 4), dtype=dt)))
    show(f"target {dt}", lambda: C.MultiBoxTarget(nd.ones((1, 2, 4), dtype=dt), nd.ones((1, 1, 5), dtype=dt),
                                                  nd.ones((1, 2, 2), dtype=dt))[0])
show("detection half anchor", lambda: C.MultiBoxDetection(nd.ones((1, 2, 2)), nd.ones((1, 8)),
                                                          nd.ones((1, 2, 4), dtype="float16")))
show("deformable half", lambda: C.DeformableConvolution(nd.ones((1, 1, 3, 3), dtype="float16"),
                                                        nd.zeros((1, 2, 3, 3), dtype="float16"),
                                                        nd.ones((1, 1, 1, 1), dtype="float16"), kernel=(1, 1),
                                                        num_filter=1, no_bias=True))
show("mask 1d none", lambda: C.boolean_mask(nd.ones((5,)), nd.zeros((5,))))
show("mask 2d none", lambda: C.boolean_mask(nd.ones((5, 2)), nd.zeros((5,))))
show("copy 2d index", lambda: C.index_copy(nd.ones((2, 3)), nd.array([[0, 1]]), nd.ones((2, 3))))
for shp in ((0, 3), (2, 0)):
    show(f"index_array {shp}", lambda: C.index_array(nd.array(np.ones(shp, "f4"))))
