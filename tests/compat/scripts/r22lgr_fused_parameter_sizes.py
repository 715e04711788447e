"""FusedRNNCell.unpack_weights and save_rnn_checkpoint with a packed parameter vector of the right size and of
sizes around it: the weights it is cut into, or MXNet's refusal."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx
from _words import words

tmp = tempfile.mkdtemp()
net = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=2, name="fc")
for mode, layers, bidirectional in [("lstm", 1, False), ("gru", 2, True), ("rnn_relu", 1, True), ("rnn_tanh", 3, False)]:
    cell = mx.rnn.FusedRNNCell(2, num_layers=layers, mode=mode, bidirectional=bidirectional, prefix="q_")
    out, _ = cell.unroll(1, mx.sym.Variable("d"), layout="TNC")
    right = out.infer_shape(d=(1, 1, 3))[0][out.list_arguments().index("q_parameters")][0]
    for size in sorted({right - 7, right - 1, right, right + 1, right + 5, right + 40, 1, 0}):
        label = "%s layers=%d bidirectional=%s size=%d (right: %d)" % (mode, layers, bidirectional, size, right)
        try:
            parts = cell.unpack_weights({"q_parameters": mx.nd.arange(size)})
            print(label, "->", len(parts), sorted((k, v.shape) for k, v in parts.items())[:2])
        except (AssertionError, ValueError, mx.base.MXNetError) as e:
            print(label, "->", words(e))
        try:
            mx.rnn.save_rnn_checkpoint(cell, os.path.join(tmp, "c"), 1, net, {"q_parameters": mx.nd.arange(size)}, {})
            print(label, "saved", sorted(mx.nd.load(os.path.join(tmp, "c-0001.params")))[:2])
        except (AssertionError, ValueError, mx.base.MXNetError) as e:
            print(label, "save ->", words(e))
