"""mx.rnn cells unrolled as symbols: arguments, outputs and inferred shapes for each layout, merge_outputs and
input form, plus state_info, begin_state names and parameter attributes."""
import mxnet as mx
from _words import words

S = mx.sym
CELLS = {"rnn": "mx.rnn.RNNCell(3)", "lstm": "mx.rnn.LSTMCell(3, forget_bias=0.5, prefix='l_')",
         "gru": "mx.rnn.GRUCell(3)", "fused": "mx.rnn.FusedRNNCell(3, num_layers=2, mode='gru', prefix='g_')",
         "fused_bi": "mx.rnn.FusedRNNCell(2, mode='rnn_tanh', bidirectional=True, get_next_state=True)",
         "stack": "(lambda s: (s.add(mx.rnn.LSTMCell(3, prefix='a_')), s.add(mx.rnn.DropoutCell(0.5)), "
                  "s.add(mx.rnn.GRUCell(2, prefix='b_')), s)[-1])(mx.rnn.SequentialRNNCell())",
         "bi": "mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3, prefix='l_'), mx.rnn.LSTMCell(2, prefix='r_'))",
         "zoneout": "mx.rnn.ZoneoutCell(mx.rnn.RNNCell(3), 0.3, 0.2)", "residual": "mx.rnn.ResidualCell(mx.rnn.GRUCell(4))",
         "unfused": "mx.rnn.FusedRNNCell(3, num_layers=2, mode='lstm', bidirectional=True, dropout=0.1).unfuse()",
         "conv": "mx.rnn.ConvLSTMCell((2, 3, 5, 5), 2, prefix='c_')"}


def flat(x):
    return sum((flat(a) for a in x), []) if isinstance(x, list) else [x]


for name, text in CELLS.items():
    cell = eval(text)
    print("--", name, type(cell).__name__, cell.state_info)
    print("   begin_state", [s.name for s in flat(cell.begin_state())])
    print("   params", sorted((k, v.list_attr()) for k, v in cell.params._params.items()))
    step = (2, 3, 5, 5) if name == "conv" else (2, 4)
    for layout in ("NTC", "TNC"):
        for merge, as_list in ((None, False), (True, False), (False, False), (None, True)):
            cell = eval(text)
            if as_list:
                x, known = [S.var(f"x{i}") for i in range(3)], {f"x{i}": step for i in range(3)}
            else:
                x, known = S.var("data"), {"data": (2, 3) + step[1:] if layout == "NTC" else (3,) + step}
            try:
                out, states = cell.unroll(3, x, layout=layout, merge_outputs=merge)
                group = S.Group(flat(out) + flat(states))
                args, outs, _ = group.infer_shape_partial(**known)
                text_out = (f"{type(out).__name__} {group.list_outputs()} {outs} "
                            f"{[a for a in zip(group.list_arguments(), args) if a[0] not in known]}")
            except Exception as e:
                text_out = words(e)
            print("  ", layout, merge, "list" if as_list else "symbol", "->", text_out)
