"""mx.rnn weights: unpack_weights/pack_weights round trips (fused and per-gate cells, containers, modifiers), the
FusedRNN initializer's per-gate values, forward values of bound unrolled cells, and RNN checkpoints on disk."""
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def fill(shape, i):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.37 + i).reshape(shape) * 0.5)


def round_trip(cell):
    out, _ = cell.unroll(3, S.var("data"), layout="TNC", merge_outputs=True)
    shapes, _, _ = out.infer_shape(data=(3, 2, 4))
    args = {n: fill(s, i) for i, (n, s) in enumerate(zip(out.list_arguments(), shapes)) if n != "data"}
    unpacked = cell.unpack_weights(args)
    packed = cell.pack_weights(unpacked)
    same = all(np.array_equal(packed[k].asnumpy(), args[k].asnumpy()) for k in args)
    return f"{sorted((k, v.shape) for k, v in unpacked.items())} same={same}"


def stack():
    s = mx.rnn.SequentialRNNCell()
    s.add(mx.rnn.LSTMCell(3, prefix="a_"))
    s.add(mx.rnn.GRUCell(2, prefix="b_"))
    return s


for text in ["mx.rnn.RNNCell(3)", "mx.rnn.LSTMCell(3)", "mx.rnn.GRUCell(3)", "mx.rnn.FusedRNNCell(3)",
             "mx.rnn.FusedRNNCell(3, mode='gru', num_layers=2)",
             "mx.rnn.FusedRNNCell(2, mode='rnn_relu', num_layers=2, bidirectional=True)",
             "mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(3, prefix='l_'), mx.rnn.GRUCell(3, prefix='r_'))", "stack()",
             "mx.rnn.ZoneoutCell(mx.rnn.LSTMCell(3))", "mx.rnn.ResidualCell(mx.rnn.GRUCell(4))"]:
    attempt("round trip " + text, lambda: round_trip(eval(text)))

print(sorted((k, v.asnumpy().tolist()) for k, v in mx.rnn.FusedRNNCell(2, mode="gru").unpack_weights(
    {"gru_parameters": nd.arange(42)}).items()))
attempt("unpack a missing fused vector", lambda: mx.rnn.FusedRNNCell(2).unpack_weights({"x": nd.ones(3)}))
attempt("unpack a missing gate weight", lambda: mx.rnn.LSTMCell(2).unpack_weights({"x": nd.ones(3)}))
attempt("pack missing gates", lambda: mx.rnn.LSTMCell(2).pack_weights({"x": nd.ones(3)}))

cell = mx.rnn.FusedRNNCell(2, mode="lstm", num_layers=1, forget_bias=3.0)
module = mx.mod.Module(cell.unroll(2, S.var("data"), layout="TNC")[0], data_names=["data"], label_names=None)
module.bind(data_shapes=[("data", (2, 1, 3))])
module.init_params(mx.init.Constant(0.25))
print("fused init", sorted((k, v.asnumpy().ravel().tolist()) for k, v in
                           cell.unpack_weights(module.get_params()[0]).items()))


def forward(cell, layout):
    out, _ = cell.unroll(3, S.var("data"), layout=layout, merge_outputs=True)
    ex = out.simple_bind(mx.cpu(), data=(2, 3, 3) if layout == "NTC" else (3, 2, 3))
    for i, name in enumerate(sorted(ex.arg_dict)):
        ex.arg_dict[name][:] = fill(ex.arg_dict[name].shape, i)
    return np.round(ex.forward()[0].asnumpy().astype("float64"), 4).tolist()


for text in ["mx.rnn.GRUCell(3)", "mx.rnn.FusedRNNCell(3, mode='gru', num_layers=2)", "mx.rnn.FusedRNNCell(3, mode='lstm').unfuse()",
             "mx.rnn.FusedRNNCell(2, mode='rnn_tanh', bidirectional=True)",
             "mx.rnn.FusedRNNCell(2, mode='rnn_tanh', bidirectional=True).unfuse()",
             "mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(3, prefix='l_'), mx.rnn.GRUCell(3, prefix='r_'))"]:
    for layout in ("NTC", "TNC"):
        attempt(f"forward {layout} {text}", lambda: forward(eval(text), layout))

folder = tempfile.mkdtemp()
for text in ["mx.rnn.LSTMCell(2)", "[mx.rnn.GRUCell(2)]", "mx.rnn.FusedRNNCell(2, mode='gru')"]:
    cells = eval(text)
    first = cells[0] if isinstance(cells, list) else cells
    out, _ = first.unroll(2, S.var("data"), layout="TNC", merge_outputs=True)
    shapes, _, _ = out.infer_shape(data=(2, 1, 3))
    args = {n: fill(s, i) for i, (n, s) in enumerate(zip(out.list_arguments(), shapes)) if n != "data"}
    prefix = os.path.join(folder, type(first).__name__)
    mx.rnn.save_rnn_checkpoint(cells, prefix, 3, out, args, {})
    saved = nd.load(prefix + "-0003.params")
    _, loaded, aux = mx.rnn.load_rnn_checkpoint(cells, prefix, 3)
    print("checkpoint", text, sorted((k, v.shape) for k, v in saved.items()), sorted(loaded), aux,
          all(np.array_equal(loaded[k].asnumpy(), args[k].asnumpy()) for k in args))
callback = mx.rnn.do_rnn_checkpoint(mx.rnn.RNNCell(2), os.path.join(folder, "every"), period=2)
out, _ = mx.rnn.RNNCell(2).unroll(1, S.var("data"), merge_outputs=True)
for epoch in range(4):
    callback(epoch, out, {n: nd.ones(s) for n, s in zip(out.list_arguments(), out.infer_shape(data=(1, 1, 3))[0])
                          if n != "data"}, {})
print(sorted(f for f in os.listdir(folder) if f.startswith("every")))
