"""ROI operators in partial shape inference: the boxes' width (5) is checked with an unknown one as -1, PSROIPooling's checks name its own source lines, and its output is one map per box whatever of the data is unknown."""
# recorded on AVX2
import re
import mxnet as mx
x,y = [mx.sym.var(n) for n in 'xy']
ops = {'ROIAlign': lambda: mx.sym.contrib.ROIAlign(x, y, pooled_size=(2,2), spatial_scale=1.0),
       'PSROIPooling': lambda: mx.sym.contrib.PSROIPooling(x, y, spatial_scale=1.0, output_dim=2, pooled_size=2),
       'ROIPooling': lambda: mx.sym.ROIPooling(x, y, pooled_size=(2,2), spatial_scale=1.0)}
for n, f in ops.items():
    for kw in [{}, dict(x=(1,8,6,6)), dict(y=(3,5)), dict(x=(1,8,6,6), y=(3,0)), dict(x=(1,8,6,6), y=(0,5)), dict(x=(1,8,6,6), y=(3,4)), dict(x=(1,8,6,6), y=(3,)), dict(x=(1,8,6), y=(3,5)), dict(x=(0,8,6,6), y=(3,5)), dict(x=(1,0,6,6), y=(3,5)), dict(x=(1,8,0,6), y=(3,5))]:
        try: print(n, kw, f().infer_shape_partial(**kw))
        except Exception as ex: print(n, kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
