"""BilinearResize2D(mode='like') in partial shape inference: nothing until the data is fully known, then the like input's height and width are read (an input of unknown or low rank fails the read) and given known or not."""
# recorded on AVX2
import re
import mxnet as mx
x, y = mx.sym.var('x'), mx.sym.var('y')
s = mx.sym.contrib.BilinearResize2D(x, y, mode='like')
for kw in [{}, dict(x=(1,2,4,4)), dict(y=(1,2,6,6)), dict(x=(1,2,4,4), y=(1,2,6,6)), dict(x=(1,2,4,4), y=(1,2,6,0)), dict(x=(1,2,4,4), y=(1,2,0,6)), dict(x=(0,2,4,4), y=(1,2,6,6)), dict(x=(1,0,4,4), y=(1,2,6,6)), dict(x=(1,2,0,4), y=(1,2,6,6)), dict(x=(1,2,4,4), y=(6,6)), dict(x=(1,2,4,4), y=(0,0,6,6)), dict(x=(1,2,4), y=(1,2,6,6))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:230])
