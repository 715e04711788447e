"""Recurrent cells cast to integer or float16 types fail in FullyConnected's CPU kernel with MXNet's messages."""
import mxnet as mx
from mxnet import nd, gluon

rnn = gluon.rnn
for make in (lambda: rnn.LSTMCell(3), lambda: rnn.GRUCell(3), lambda: gluon.contrib.rnn.LSTMPCell(3, 2)):
    for dtype in ("int8", "uint8", "int32", "int64", "float16"):
        cell = make()
        cell.initialize(mx.init.Constant(0.25))
        cell.cast(dtype)
        try:
            out, _ = cell.unroll(2, nd.ones((2, 2, 4), dtype=dtype), merge_outputs=True,
                                 begin_state=cell.begin_state(2, dtype=dtype))
            print(type(cell).__name__, dtype, out.shape, out.dtype)
            print(out.asnumpy())
        except mx.base.MXNetError as e:
            line = [l for l in str(e).splitlines() if "type" in l or "float16" in l][-1]
            print(type(cell).__name__, dtype, "MXNetError", line[line.find("Unsupported type"):][:18]
                  if "Unsupported type" in line else line[line.find("float16 fully"):][:72])
