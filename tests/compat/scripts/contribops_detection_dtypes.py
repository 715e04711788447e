"""Detection operators across data types as MXNet 1.9.1 runs them: RROIAlign in float64 and float16 arithmetic,
ROIAlign in float64 with a float spatial_scale as MXNet's parser reads it, the float32-only Proposal ops and
the float-only ROIPooling / RROIAlign / DeformableConvolution (error classes)."""
import mxnet as mx
import numpy as np
from _show_values import show

rs = np.random.RandomState(9)
C = mx.nd.contrib
for dt in ("float32", "float64", "float16"):
    data = mx.nd.array(rs.uniform(-1, 1, (2, 2, 7, 8)), dtype=dt)
    rois = np.stack([rs.randint(0, 2, 4), rs.uniform(1, 7, 4), rs.uniform(1, 6, 4), rs.uniform(1, 6, 4),
                     rs.uniform(1, 6, 4), rs.uniform(-90, 90, 4)], 1)
    for ratio in (-1, 2):
        show(f"rroi {dt} {ratio}", lambda: C.RROIAlign(data, mx.nd.array(rois, dtype=dt), pooled_size=(2, 3),
                                                       spatial_scale=0.75, sampling_ratio=ratio))
for scale in rs.uniform(0.1, 1, 3).tolist():
    d = mx.nd.array(rs.uniform(-1, 1, (1, 2, 8, 9)), dtype="float64")
    d.attach_grad()
    x1, y1 = rs.uniform(0, 6 / scale, 3), rs.uniform(0, 6 / scale, 3)
    r = np.stack([np.zeros(3), x1, y1, x1 + rs.uniform(0, 4 / scale, 3), y1 + rs.uniform(0, 4 / scale, 3)], 1)
    with mx.autograd.record():
        y = C.ROIAlign(d, mx.nd.array(r, dtype="float64"), pooled_size=(2, 2), spatial_scale=scale, sample_ratio=2)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype="float64"))
    print("roialign", repr(scale), y.asnumpy().tolist(), d.grad.asnumpy().tolist())
for dt in ("float64", "float16", "int32"):
    cls, bbox = mx.nd.ones((1, 2, 3, 4), dtype=dt), mx.nd.zeros((1, 4, 3, 4), dtype=dt)
    info = mx.nd.array([[48, 64, 1]], dtype=dt)
    for name, op in (("Proposal", C.Proposal), ("MultiProposal", C.MultiProposal)):
        show(f"{name} {dt}", lambda: op(cls, bbox, info, scales=(8.,), ratios=(1.,), rpn_pre_nms_top_n=10,
                                               rpn_post_nms_top_n=4, rpn_min_size=2))
show("roipool int", lambda: mx.nd.ROIPooling(mx.nd.ones((1, 2, 6, 6), dtype="int32"),
                                             mx.nd.array([[0, 0, 0, 4, 4]], dtype="int32"), pooled_size=(2, 2),
                                             spatial_scale=1.0))
show("rroi int", lambda: C.RROIAlign(mx.nd.ones((1, 2, 6, 6), dtype="int32"),
                                     mx.nd.array([[0, 3, 3, 2, 3, 30]], dtype="int32"), pooled_size=(2, 2),
                                     spatial_scale=1.0))
show("deformable int", lambda: C.DeformableConvolution(mx.nd.ones((1, 2, 4, 4), dtype="int32"),
                                                       mx.nd.zeros((1, 2, 4, 4), dtype="int32"),
                                                       mx.nd.ones((1, 2, 1, 1), dtype="int32"), kernel=(1, 1),
                                                       num_filter=1, no_bias=True))
