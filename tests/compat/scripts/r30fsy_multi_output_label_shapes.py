"""SoftmaxOutput's label shapes in partial inference: with multi_output and known data a label with unknown sizes fits neither accepted shape and is refused in MXNet's words; without multi_output it is filled."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import sym
x, y = sym.var('x'), sym.var('y')
for mo in [False, True]:
    for a, b in [((2,3,4),(0,4)), ((2,3,4),(2,0)), ((2,3,4),(0,0)), ((2,3),(0,)), ((0,3),(2,)), ((2,3,4),(2,4)), ((2,3,4),(2,3)), ((2,3),(2,3)), ((2,3),(0,3)), ((0,3,4),(2,4)), ((2,3),(3,)), ((2,0),(2,))]:
        for pl in [False, True]:
            try:
                print(mo, pl, a, b, sym.SoftmaxOutput(x, y, multi_output=mo, preserve_shape=pl).infer_shape_partial(x=a, y=b))
            except Exception as e:
                print(mo, pl, a, b, 'ERR', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e))[:200])
