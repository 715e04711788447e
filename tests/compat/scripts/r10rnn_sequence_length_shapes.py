"""Sequence ops and cell unrolls refuse lengths that are not one per sequence with MXNet's shape check."""
import mxnet as mx
from mxnet import nd


def show(label, f):
    try:
        print(label, f().shape)
    except mx.base.MXNetError as e:
        text = [l for l in str(e).splitlines() if "Shape inconsistent" in l][0]
        print(label, "MXNetError", text[text.find("Shape inconsistent"):].split(")")[0] + ")")


data = nd.ones((3, 2, 4))
for op in ("SequenceLast", "SequenceMask", "SequenceReverse"):
    for lengths in ([1, 2, 3], [[1, 2]], [1], [2, 3]):
        show(f"{op} {lengths}", lambda: getattr(nd, op)(data, nd.array(lengths), use_sequence_length=True))
        sym = getattr(mx.sym, op)(mx.sym.var("d"), mx.sym.var("l"), use_sequence_length=True)
        show(f"sym {op} {lengths}", lambda: nd.array(sym.infer_shape(d=(3, 2, 4), l=nd.array(lengths).shape)[1][0]))
cell = mx.gluon.rnn.GRUCell(3)
cell.initialize()
show("GRUCell unroll", lambda: cell.unroll(3, nd.ones((2, 3, 4)), valid_length=nd.array([2, 1, 3]))[1][0])
