"""sym.contrib while_loop type inference from float64 loop vars; foreach shape inference without the data shape."""
import mxnet as mx
sym = mx.sym

with mx.name.NameManager():
    s0 = sym.var('s0')
    o, v = sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (s * 2, [i + 1, s + 1]),
                                  [sym.zeros((1,)), s0], max_iterations=3)
    out = sym.Group([o] + v)
    print("while types", out.infer_type(s0='float64'))
    o, v = sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: ([], [i + 1, s + 1]),
                                  [sym.zeros((1,)), s0], max_iterations=5)
    print("while no outputs types", sym.Group(v).infer_type(s0='float16'))

    d, s1 = sym.var('d'), sym.var('s1')
    o, s = sym.contrib.foreach(lambda x, st: (x + st[0], [st[0] * 2]), d, [s1])
    out = sym.Group([o] + s)
    for kw in [{}, {'s1': (2,)}, {'d': (3, 2)}]:
        try:
            print("foreach partial", sorted(kw), out.infer_shape_partial(**kw))
        except mx.base.MXNetError:
            print("foreach partial", sorted(kw), "MXNetError")

    w = sym.var('w')
    out = sym.Group(sym.contrib.cond(w.sum() < 5, lambda: [s0 * 2, s0], lambda: [s0 - 1, s0 + 1]))
    print("cond types from branches", out.infer_type(s0='float16'))
    print("cond types all float32", out.infer_type(s0='float32', w='float32'))
    try:
        print(out.infer_type(s0='float64', w='float64'))
    except mx.base.MXNetError:
        print("cond float64 predicate MXNetError")
