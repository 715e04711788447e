"""quantized_elemwise_mul's symbolic inference leaves its operands' dtypes as told (its ranges float32, a calibrated output int8) and checks known operand sizes agree, and calibrate_entropy's outputs are (1,) whatever its inputs' shapes."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:300]))


a, b = mx.sym.var("a"), mx.sym.var("b")
for attrs in [dict(), dict(enable_float_output=True), dict(min_calib_range=-1., max_calib_range=1.)]:
    s = mx.sym.contrib.quantized_elemwise_mul(a, b, name="mul", **attrs)
    for types in [dict(a="int8"), dict(b="int8"), dict(a="int8", b="int8"), dict(a="uint8", b="int8"),
                  dict(a="int8", b="float32"), {}, dict(a="float32", b="float32")]:
        print(attrs, types, end=" ")
        show(lambda: s.infer_type_partial(**types))
    for shapes in [dict(a=(2, 3)), dict(b=(2, 3)), dict(a=(2, 3), b=(2, 4)), dict(a=(2, 3), b=(2, 3))]:
        print(attrs, shapes, end=" ")
        show(lambda: s.infer_shape_partial(**shapes))
c = mx.sym.contrib.calibrate_entropy(a, b, name="calib")
for shapes in [dict(a=(10,)), dict(b=(11,)), {}, dict(a=(10,), b=(11,)), dict(a=(10,), b=(5,))]:
    print(shapes, end=" ")
    show(lambda: c.infer_shape_partial(**shapes))
