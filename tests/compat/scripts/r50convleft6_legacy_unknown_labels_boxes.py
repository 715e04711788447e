"""Under legacy shapes an empty axis is unknown (-1): SVMOutput's label fits such a row size either way (its refusal shows them as -1), its kernel refuses at the call only an output whose rows are known in 2-D, and ROIPooling given boxes over data of unknown channels fails only when its output is read, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


def run(label, f):
    try:
        r = f()
    except mx.MXNetError as e:
        print(label, "call:", last_line(e))
        return
    try:
        print(label, r.shape, r.asnumpy().ravel()[:4].tolist())
    except mx.MXNetError as e:
        print(label, "read:", last_line(e))


def zeros(*shape):
    return nd.array(np.zeros(shape))


for data, label in [((2, 3, 0), (2, 3)), ((2, 0, 3), (2, 0)), ((0, 2, 3), (5, 2)), ((2, 3), (3,)), ((0, 3), (2, 3)),
                    ((2, 0, 3), (2, 4)), ((2, 0, 3), (3, 0)), ((2, 3), (0, 1)), ((2, 3), (0,)), ((2, 4, 3), (2, 0))]:
    run(("SVMOutput", data, label), lambda: nd.SVMOutput(zeros(*data), zeros(*label)))

boxes = nd.array([[0, 0, 0, 3, 3], [0, 1, 1, 5, 5]])
for data in [(1, 0, 8, 8), (0, 0, 8, 8), (1, 0, 0, 8), (0, 3, 8, 8)]:
    run(("ROIPooling", data), lambda: nd.ROIPooling(zeros(*data), boxes, pooled_size=(2, 2), spatial_scale=1.0))
    run(("ROIPooling no boxes", data), lambda: nd.ROIPooling(zeros(*data), zeros(0, 5), pooled_size=(2, 2),
                                                             spatial_scale=1.0))
run("ROIAlign", lambda: nd.contrib.ROIAlign(zeros(1, 0, 8, 8), boxes, pooled_size=(2, 2), spatial_scale=1.0))
