"""Symbolic mx.np shape inference with unknown (-1) or empty sizes: pad, stack, vstack, concatenate, diag, linalg.inv, reshape, tile, split, moveaxis, broadcast_to and broadcasting ops, results and errors."""
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
    ("pad", lambda: S.pad(x, ((1, 1), (0, 0)))),
    ("pad edge", lambda: S.pad(x, ((0, 1), (2, 0)), mode='edge')),
    ("stack", lambda: S.stack([x, y])),
    ("stack axis 1", lambda: S.stack([x, y], axis=1)),
    ("vstack", lambda: S.vstack([x, y])),
    ("concatenate", lambda: S.concatenate([x, y], axis=0)),
    ("diag", lambda: S.diag(x)),
    ("diag k=1", lambda: S.diag(x, k=1)),
    ("linalg.inv", lambda: S.linalg.inv(x)),
    ("reshape (2, -1)", lambda: S.reshape(x, (2, -1))),
    ("tile", lambda: S.tile(x, (2, 1))),
    ("split", lambda: S.split(x, 2, axis=1)[0]),
    ("moveaxis", lambda: S.moveaxis(x, 0, 1)),
    ("broadcast_to", lambda: S.broadcast_to(x, (2, 3))),
    ("add", lambda: x + y),
    ("maximum", lambda: S.maximum(x, y)),
]
SHAPES = [dict(x=(-1, 3)), dict(x=(2, -1)), dict(x=(-1, -1)), dict(x=(-1, 3), y=(-1, 3)), dict(x=(2, -1), y=(-1, 3)),
          dict(x=(-1, 3), y=(3, -1)), dict(x=(-1, 3, 4), y=(-1, 4, 5)), dict(x=(-1,), y=(2,)), dict(x=(2, 3), y=(3, -1)),
          dict(x=(2, 2)), dict(x=(2, 3), y=(3, 4)), dict(x=(0, 3), y=(3, 2)), dict(x=(2, 0), y=(2, 1)),
          dict(x=(0,), y=(0,)), dict(x=(0, 3), y=(2, 3))]

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
