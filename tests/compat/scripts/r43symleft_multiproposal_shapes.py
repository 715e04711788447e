"""MultiProposal infers its box deltas, image info and outputs (rpn_post_nms_top_n rows per image) from its class scores' shape, refusing a disagreeing image info, as Proposal does."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:300]))


x = mx.sym.var("x")
for op in (mx.sym.contrib.Proposal, mx.sym.contrib.MultiProposal):
    for attrs in [dict(), dict(output_score=True), dict(rpn_post_nms_top_n=10, scales=(2, 4), ratios=(0.5, 1, 2))]:
        s = op(x, name="p", **attrs)
        print(s.list_arguments(), s.list_outputs())
        for shapes in [dict(x=(2, 6, 4, 4)), dict(x=(1, 18, 5, 5)), dict(x=(2, 3)), dict(x=(2, 6, 0, 4)),
                       dict(x=(1, 6, 4, 4), p_bbox_pred=(1, 12, 4, 4)), dict(x=(1, 6, 4, 4), p_im_info=(2, 3)),
                       dict(p_bbox_pred=(1, 12, 4, 4))]:
            print(attrs, shapes, end=" ")
            show(lambda: s.infer_shape_partial(**shapes))
