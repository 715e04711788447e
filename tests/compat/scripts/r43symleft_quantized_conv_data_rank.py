"""quantized_conv's shape function refuses data of unknown rank (or a rank other than 4 or 5) before it reads any size, and infers its weight, bias and ranges from 4-D data."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
x = mx.sym.var("x")
s = mx.sym.contrib.quantized_conv(x, kernel=(3, 3), num_filter=4, name="conv")
for shapes in [{}, dict(x=(2, 3, 8)), dict(x=(2, 3, 8, 8)), dict(x=(2, 3)), dict(conv_weight=(4, 3, 3, 3))]:
    try:
        print(shapes, s.infer_shape_partial(**shapes))
    except mx.base.MXNetError as e:
        print(shapes, repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:300]))
