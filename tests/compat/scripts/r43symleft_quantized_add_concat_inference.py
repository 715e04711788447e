"""quantized_elemwise_add's shape function requires its operands' shapes equal (unknown ones too, printed None or with -1), and it and quantized_concat assign uint8 to data of unknown dtype while leaving their ranges' dtypes unknown."""
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
add = mx.sym.contrib.quantized_elemwise_add(a, b, name="add")
for shapes in [dict(a=(2, 3)), dict(b=(2, 3)), dict(a=(2, 3), b=(2, 3)), dict(a=(2, 3), b=(2, 4)),
               dict(a=(2, 0), b=(2, 3)), dict(a=(2, 3), b=(3,)), {}]:
    print(shapes, end=" ")
    show(lambda: add.infer_shape_partial(**shapes))
calibrated = mx.sym.contrib.quantized_elemwise_add(a, b, name="cadd", min_calib_range=-1, max_calib_range=1)
concat = mx.sym.contrib.quantized_concat(a, b, num_args=2, name="cat")
for s in (add, calibrated, concat):
    for types in [dict(a="int8"), dict(a="uint8"), dict(b="int8"), dict(b="uint8"), dict(a="int8", b="uint8"),
                  dict(a="uint8", b="uint8"), {}, dict(a="float32"), dict(a="int8", b="float32"), dict(a="int32")]:
        print(s.name, types, end=" ")
        show(lambda: s.infer_type_partial(**types))
    show(lambda: s.infer_type(a="int8", b="int8"))
