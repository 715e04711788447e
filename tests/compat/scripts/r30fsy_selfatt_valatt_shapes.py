"""interleaved_matmul_selfatt_valatt's shape inference checks the sequence length against the attention's last two sizes and the projections' count (unknown sizes -1) at their source lines, and infers the output without comparing the attention's batch."""
# recorded on AVX2
import re
import mxnet as mx
x, y = mx.sym.var('x'), mx.sym.var('y')
s = mx.sym.contrib.interleaved_matmul_selfatt_valatt(x, y, heads=2)
for kw in [{}, dict(x=(3,2,12)), dict(y=(4,3,3)), dict(x=(3,2,12), y=(4,3,3)), dict(x=(3,2,12), y=(4,3,0)), dict(x=(3,2,0), y=(4,3,3)), dict(x=(0,2,12), y=(4,3,3)), dict(x=(3,0,12), y=(4,3,3)), dict(x=(3,2,12), y=(0,3,3)), dict(x=(3,2,12), y=(4,0,3)), dict(x=(3,2,12), y=(5,3,3)), dict(x=(3,2,12), y=(4,3,4)), dict(x=(3,2,13), y=(4,3,3)), dict(x=(3,2), y=(4,3,3)), dict(x=(3,2,12), y=(4,3))]:
    try: print(kw, s.infer_shape_partial(**kw))
    except Exception as ex: print(kw, type(ex).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(ex))[:260])
