"""simple_bind, forward and Executor.reshape of legacy symbol graphs with an empty intermediate (an empty slice of known inputs): its 0 sizes are real, so the bind decides every shape and the ops after it run."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def words(e):
    text = str(e).split("\n")
    line = next((t for t in text if "Error in operator" in t or "Check failed" in t or "MXNetError:" in t), text[0])
    return type(e).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", line)[:200]


x, y = mx.sym.var("x"), mx.sym.var("y")
rows = mx.sym.slice(x, begin=(1,), end=(1,))
cols = mx.sym.slice(x, begin=(None, 1), end=(None, 1))
nets = [
    ("sum ax1", mx.sym.sum(rows, axis=1)), ("relu", mx.sym.relu(rows)), ("relu cols", mx.sym.relu(cols)),
    ("plus 1", rows + 1), ("plus y", rows + y), ("broadcast_mul y", mx.sym.broadcast_mul(rows, y)),
    ("sum all", mx.sym.sum(rows)),
    ("FC", mx.sym.FullyConnected(rows, num_hidden=2, name="fc")),
    ("FC cols", mx.sym.FullyConnected(cols, num_hidden=2, name="fc")),
    ("concat", mx.sym.concat(rows, x, dim=0)), ("max ax1", mx.sym.max(rows, axis=1)),
    ("two heads", mx.sym.Group([mx.sym.sum(rows, axis=1), mx.sym.relu(x)])),
]
for name, net in nets:
    given = dict(x=(3, 4), y=(1, 4)) if "y" in net.list_arguments() else dict(x=(3, 4))
    try:
        ex = net.simple_bind(mx.cpu(), **given)
        outs = ex.forward()
        print(f"{name:16s} bind {sorted(ex.arg_dict)} -> {[o.shape for o in outs]}")
        print(f"{name:16s} args {[(k, a.shape) for k, a in sorted(ex.arg_dict.items())]}")
    except Exception as e:      # noqa: BLE001
        print(f"{name:16s} bind -> {words(e)}")
        continue
    for shape in [(3, 4), (2, 4), (1, 4), (5, 4), (3, 2), (3, 8)][6 * (name == "FC cols"):]:      # (its failed kernel: not read)
        try:
            ex2 = ex.reshape(allow_up_sizing=True, **dict(given, x=shape))
            print(f"{name:16s} reshape {shape} -> {[o.shape for o in ex2.forward()]}")
        except Exception as e:      # noqa: BLE001
            print(f"{name:16s} reshape {shape} -> {words(e)}")
