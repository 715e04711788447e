"""maketrian's partial shape inference: an unknown last size fails MXNet's triangle check (its size read as -1); unknown leading sizes and an unknown rank do not."""
# recorded on AVX2
import re
import mxnet as mx

CASES = [((0,), {}), ((2, 0), {}), ((0,), {'offset': 1}), ((3, 0), {'offset': -1, 'lower': False}),
         ((0, 3), {}), ((0, 6), {'offset': 2}), ((2, 3), {'offset': -1}), (None, {}), ((0, 4), {})]
for shape, attrs in CASES:
    sym = mx.sym.linalg.maketrian(mx.sym.Variable('x'), **attrs)
    try:
        print(shape, attrs, sym.infer_shape_partial(**({} if shape is None else {'x': shape})))
    except mx.base.MXNetError as e:
        print(shape, attrs, 'error:', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).splitlines()[0])
sym = mx.sym.linalg.maketrian(mx.sym.Variable('x')) * 2
try:
    sym.infer_shape(x=(2, 0))
except mx.base.MXNetError as e:
    print('full inference error:', re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).splitlines()[0])
