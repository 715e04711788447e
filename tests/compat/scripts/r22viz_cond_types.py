"""contrib.cond's dtype inference: the predicate's inputs follow its float32 output back, both branches share
the outputs' dtypes (what one branch tells reaches the other's inputs) and branches that disagree fail in the words
of the disagreeing node."""
# recorded on AVX2
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
i, s0, x = mx.sym.var("i"), mx.sym.var("s0"), mx.sym.var("x")
thens = {"i*2": lambda: i * 2, "x": lambda: x, "cast16(i)": lambda: mx.sym.cast(i, "float16"), "s0*2": lambda: s0 * 2}
elses = {"s0-1": lambda: s0 - 1, "relu(s0)": lambda: mx.sym.relu(s0), "s0+x": lambda: s0 + x, "s0": lambda: s0,
         "fc(s0)": lambda: mx.sym.FullyConnected(s0, num_hidden=2, name="fcn"), "s0>1": lambda: s0 > 1,
         "sum(s0)": lambda: mx.sym.sum(s0), "cast32(s0)": lambda: mx.sym.cast(s0, "float32")}
given = [{}, {"s0": "float32"}, {"s0": "float16"}, {"x": "float16"}, {"i": "float16"}]
for tname, then in thens.items():
    for ename, other in elses.items():
        with mx.name.NameManager():
            c = mx.sym.contrib.cond(i > 0, then, other)
        for kw in given:
            kw = {k: v for k, v in kw.items() if k in c.list_arguments()}
            for fn in ("infer_type_partial", "infer_type"):
                try:
                    args, outs, _ = getattr(c, fn)(**kw)
                    shown = None if args is None else ([None if t is None else t.__name__ for t in args],
                                                       [None if t is None else t.__name__ for t in outs])
                except mx.base.MXNetError as e:
                    shown = words(e)
                print(tname, "|", ename, kw, fn, c.list_arguments(), shown)
