"""Symbolic mx.np.column_stack and vstack shape inference with unknown (-1) or empty sizes (2-D and higher operands): results and errors."""
# recorded on AVX2
import re

import mxnet as mx

mx.npx.set_np()
S = mx.sym.np
x, y = mx.sym.var('x').as_np_ndarray(), mx.sym.var('y').as_np_ndarray()


def show_error(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    line = next((line for line in lines if 'Check failed' in line or 'Error in' in line), lines[0])
    print("  ERR", type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", line))


SYMBOLS = [
    ("column_stack", lambda: S.column_stack([x, y])),
    ("vstack", lambda: S.vstack([x, y])),
]
SHAPES = [dict(x=(-1, 3)), dict(x=(2, -1)), dict(x=(-1, -1)), dict(x=(2, 3), y=(-1, 3)), dict(x=(2, 3), y=(3, -1)),
          dict(x=(-1, 3), y=(2, -1)), dict(x=(2, 3, -1), y=(2, -1, 4)), dict(x=(2, 3), y=(2, 3)), dict(x=(2, 3), y=(4, 5)),
          dict(x=(1, 3), y=(2, 1)), dict(x=(2, 2, 3), y=(2, 3, 2)), dict(x=(0, 3), y=(0, 3)), dict(x=(2, 0), y=(2, 1))]

for name, make in SYMBOLS:
    print(name)
    for shapes in SHAPES:
        s = make()
        given = {k: v for k, v in shapes.items() if k in s.list_arguments()}
        print(" ", given)
        try:
            print("  partial", s.infer_shape_partial(**given))
            if all(-1 not in v for v in given.values()) and len(given) == len(s.list_arguments()):
                print("  full", s.infer_shape(**given))
        except mx.base.MXNetError as e:
            show_error(e)
