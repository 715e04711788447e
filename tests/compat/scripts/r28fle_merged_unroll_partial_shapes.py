"""Partial shape inference of legacy RNN unrolls whose per-step outputs are merged (expand_dims then Concat): what
a known output tells expand_dims' data, the checks that refuse it, and a residual cell's merged list outputs; Concat's
checks and fills."""
# recorded on AVX2
import re
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
S, R = mx.sym, mx.rnn


def shown(e):
    """The exception's class and last line, without the time of day of a C++ log line (its source line kept)."""
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).strip().splitlines()[-1])
    return f"{type(e).__name__}: {text}"


d, b = S.Variable("d"), S.Variable("b")
for axis in (0, 1, 2, -1, -3, 3):
    for bs in ((3, 4), (1, 3, 4), (3, 1, 4), (0, 1, 4), (3, 0, 1), (0, 0, 0), (5,)):
        for ds in (None, (0, 4), (3, 0)):
            given = {"b": bs} if ds is None else {"b": bs, "d": ds}
            try:
                print("expand_dims", axis, given, S.elemwise_add(S.expand_dims(d, axis=axis), b).infer_shape_partial(
                    **given)[0])
            except Exception as e:
                print("expand_dims", axis, given, words(e))

for given in ({"b": (3, 4)}, {"b": (0, 2, 4)}, {"d": (3, 2, 4)}, {"d": (3, 0, 4)}):
    net = S.Concat(S.expand_dims(d, axis=1), S.expand_dims(b, axis=1), dim=1)
    try:
        print("concat", given, net.infer_shape_partial(**given))
    except Exception as e:
        print("concat", given, shown(e))

# Concat told its output: every input takes it but for the axis; a known output size must be the sum of the known
# inputs' sizes, unless one is unknown (inputs of unknown rank count for nothing)
a, c = S.Variable("a"), S.Variable("c")
for sa, sc in ((None, None), ((2, 1, 4), None), ((2, 1, 4), (2, 0, 4)), ((2, 0, 4), (0, 2, 0)), ((2, 2, 4), (2, 1, 4))):
    for sb in ((2, 3, 4), (0, 3, 0), (2, 0, 4)):
        given = {k: v for k, v in (("a", sa), ("c", sc), ("b", sb)) if v}
        try:
            print("concat", given, S.elemwise_add(S.Concat(a, c, dim=1), b).infer_shape_partial(**given)[0])
        except Exception as e:
            print("concat", given, shown(e) if "concat.cc" in str(e) else words(e))

CELLS = {"rnn": lambda: R.RNNCell(4), "resid": lambda: R.ResidualCell(R.GRUCell(4)),
         "bi": lambda: R.BidirectionalCell(R.RNNCell(2, prefix="l_"), R.RNNCell(2, prefix="r_"))}
for name, make in CELLS.items():
    for layout in ("NTC", "TNC"):
        outs, _ = make().unroll(3, [S.Variable(f"t{i}") for i in range(3)], layout=layout, merge_outputs=True)
        for given in ({}, {"t0": (2, 4)}):
            try:
                print(name, layout, given, outs.infer_shape_partial(**given))
            except Exception as e:
                print(name, layout, given, shown(e) if "concat.cc" in str(e) else words(e))
