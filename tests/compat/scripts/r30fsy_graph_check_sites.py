"""A graph operator's shape check on inputs of unknown rank names the source line its operator's check stands at (ROIPooling, InstanceNorm, khatri_rao, where, CTCLoss, box_iou)."""
# recorded on AVX2
import re
import warnings

from mxnet import sym

warnings.simplefilter("ignore")
x, y, z = sym.var("x"), sym.var("y"), sym.var("z")
graphs = [("roi", lambda: sym.ROIPooling(x, y, pooled_size=(2, 2), spatial_scale=1.0), [{}, {"y": (3, 5)}]),
          ("instance norm", lambda: sym.InstanceNorm(x, y, z), [{}, {"y": (3,)}, {"z": (0,)}]),
          ("khatri_rao", lambda: sym.khatri_rao(x, y), [{}, {"y": (4, 3)}]),
          ("where", lambda: sym.where(x, y, z), [{"x": (2,)}]),
          ("ctc", lambda: sym.CTCLoss(x, y), [{"x": (5, 2, 4)}, {"x": (0, 2, 4)}]),
          ("box_iou", lambda: sym.contrib.box_iou(x, y), [{"x": (3, 4)}, {"x": (0, 4)}])]
for label, make, given in graphs:
    for shapes in given:
        try:
            print(label, shapes, make().infer_shape_partial(**shapes))
        except Exception as e:
            print(label, shapes, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).splitlines()[-1])
