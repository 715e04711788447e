"""SymbolBlock flattens nested inputs and outputs as MXNet does: a string is refused in its words, nested outputs come back nested, composed ones as lists."""
import warnings

import mxnet as mx

g = mx.gluon
x, z = mx.sym.var("x"), mx.sym.var("z")
warnings.simplefilter("ignore")
for inputs, outputs in (("'x'", "x * 2"), ("x", "'y'"), ("[[x, z]]", "x + z"), ("[x, [z]]", "x + z"), ("(x, z)", "[x + z]"),
                        ("[3]", "x"), ("x", "[x * 2, [x + 1, x * 3]]"), ("x", "mx.sym.Group([x * 2, x + 1])"),
                        ("x", "[mx.sym.split(x, num_outputs=2, axis=0), x]"), ("x", "(x * 2,)")):
    try:
        block = g.SymbolBlock(eval(outputs), eval(inputs))
    except (ValueError, AssertionError) as e:
        print(inputs, outputs, type(e).__name__, e)
        continue
    print(inputs, outputs, block._in_format, block._out_format)
    for args in ((mx.nd.arange(4),), (mx.nd.arange(4), mx.nd.ones((4,))), (mx.nd.arange(4), [mx.nd.ones((4,))])):
        try:
            out = block(*args)
            print("  ", out if not isinstance(out, list) else [type(o).__name__ for o in out])
        except ValueError as e:
            print("  ValueError", e)
    for args in ((mx.sym.var("v0"),), (mx.sym.var("v0"), mx.sym.var("v1")), (mx.sym.var("v0"), [mx.sym.var("v1")])):
        try:
            composed = block(*args)
            print("  composed", [type(c).__name__ for c in composed] if isinstance(composed, list) else composed.list_outputs())
        except AssertionError as e:
            print("  AssertionError", e)
