"""box_nms refuses a score_index or id_index inside the coordinates, or an id_index equal to score_index, with its parameter check located at bounding_box-inl.h, called on arrays and (words reordered) in a graph's shape inference, as MXNet does."""
# recorded on AMD AVX2
import re

import mxnet as mx
import numpy as np

d = mx.nd.array(np.arange(72).reshape((2, 6, 6)) / 72.0)
for kw in [dict(coord_start=2, score_index=1, id_index=2), dict(coord_start=2, score_index=3),
           dict(coord_start=2, score_index=1, id_index=5), dict(coord_start=2, score_index=1, id_index=1),
           dict(coord_start=1, score_index=0, id_index=4), dict(coord_start=2, score_index=0, id_index=0)]:
    try:
        mx.nd.contrib.box_nms(d, **kw).wait_to_read()
        print(kw, "ok")
    except mx.base.MXNetError as e:
        print(kw, str(e))
for kw in [dict(coord_start=2, score_index=4), dict(coord_start=2, score_index=1, id_index=3),
           dict(coord_start=3, score_index=1), dict(coord_start=2, score_index=7),
           dict(coord_start=2, score_index=1, id_index=9), dict(coord_start=2, score_index=1, id_index=1)]:
    try:
        s = mx.sym.contrib.box_nms(mx.sym.var("d"), **kw)
        print(s.infer_shape(d=(2, 6, 6)))
    except mx.base.MXNetError as e:
        print(kw, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)))
