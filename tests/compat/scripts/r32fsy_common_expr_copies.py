"""Merging common subexpressions gives repeated outputs _copy nodes only in a round that merged something, named in MXNet's rounds (a copy of a copy), variables too."""
# recorded on AVX2
import mxnet as mx

sym, nd = mx.sym, mx.nd
x = sym.var("x")
r = lambda: sym.relu(x)      # noqa: E731
CASES = {
    "y y": lambda: (lambda y: sym.Group([y, y]))(x * 2),
    "y y y": lambda: (lambda y: sym.Group([y, y, y]))(x * 2),
    "x x": lambda: sym.Group([x, x]),
    "x x r r": lambda: sym.Group([x, x, r(), r()]),
    "r r": lambda: sym.Group([r(), r()]),
    "r r r": lambda: sym.Group([r(), r(), r()]),
    "r r r r": lambda: sym.Group([r(), r(), r(), r()]),
    "y y y r r": lambda: (lambda y: sym.Group([y, y, y, r(), r()]))(x * 2),
    "split[1] twice, r r": lambda: (lambda s: sym.Group([s[1], s[1], r(), r()]))(
        sym.split(x, num_outputs=2, axis=0, name="sp")),
    "two splits": lambda: sym.Group([sym.split(x, num_outputs=2, axis=0, name="a")[1],
                                     sym.split(x, num_outputs=2, axis=0, name="b")[1]]),
    "zeros twice": lambda: sym.Group([sym.zeros((2,)) + x, sym.zeros((2,)) + x]),
    "nested": lambda: sym.Group([sym.relu(r()), sym.relu(r()), r()]),
    "nested, interleaved": lambda: sym.Group([sym.relu(r()), r(), sym.relu(r()), r()]),
    "r + r": lambda: r() + r(),
    "D(y), y": lambda: (lambda y: sym.Group([sym.Dropout(y, p=0.5), y]))(x * 2),
}
for label, make in CASES.items():
    for ctx in (mx.cpu(), mx.cpu(1)):
        ex = make().simple_bind(ctx, x=(2,), grad_req="null")
        print(label, ctx, [line.strip() for line in ex.debug_str().splitlines() if line.startswith(("Op:", "\toutput["))])
        print("  ", [o.asnumpy().tolist() for o in ex.forward(x=nd.array([1, -2]))])
        print("  ", [n.split("\n")[0] for n in ex.get_optimized_symbol().list_outputs()])
