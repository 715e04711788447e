"""mx.sym.np's functions take MXNet's parameter names by keyword (around/round/round_ x, diag/diagflat/diagonal/trace/
repeat/roll data, hstack/vstack/row_stack arrays), and round, round_ and row_stack are functions of their own names."""
import inspect

import mxnet as mx

S = mx.sym.np
a, b = mx.sym.var("a"), mx.sym.var("b")
for name in ["around", "round", "round_", "hstack", "vstack", "row_stack"]:
    f = getattr(S, name)
    print(name, f.__name__, inspect.signature(f))
a, b = mx.sym.var("a").as_np_ndarray(), mx.sym.var("b").as_np_ndarray()
cases = [S.around(x=a, decimals=1), S.round(x=a), S.round_(x=a), S.diag(data=a, k=1), S.diagflat(data=a),
         S.diagonal(data=a, offset=1), S.trace(data=a), S.repeat(data=a, repeats=2, axis=0),
         S.roll(data=a, shift=1), S.vstack(arrays=[a, b]), S.row_stack(arrays=[a, b])]
print(S.hstack(arrays=[a, b]).list_arguments())     # (its shape inference: MXNet gives None, distnet the shape)
for s in cases:
    print(s.list_arguments(), s.get_internals().list_outputs()[-1],
          s.infer_shape(**{n: (3, 3) for n in s.list_arguments()})[1])
