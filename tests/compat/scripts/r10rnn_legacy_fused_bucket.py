"""Legacy mx.rnn: fused cells unrolled and differentiated, weights unpacked, and BucketSentenceIter's batches and layout check."""
import random
import numpy as np
import mxnet as mx
from mxnet import nd

for mode, layers, bidirectional in [("lstm", 2, False), ("gru", 1, True), ("rnn_tanh", 2, True)]:
    cell = mx.rnn.FusedRNNCell(3, num_layers=layers, mode=mode, bidirectional=bidirectional, get_next_state=True,
                               prefix="f_")
    outputs, states = cell.unroll(3, mx.sym.var("data"), layout="NTC", merge_outputs=True)
    group = mx.sym.Group([outputs] + states)
    ex = group.simple_bind(mx.cpu(), data=(2, 3, 2))
    rng = np.random.RandomState(0)
    for name in sorted(ex.arg_dict):
        ex.arg_dict[name][:] = rng.uniform(-0.5, 0.5, ex.arg_dict[name].shape)
    heads = ex.forward(is_train=True)
    ex.backward([nd.ones(h.shape) * (i + 1) for i, h in enumerate(heads)])
    print(mode, group.list_outputs(), [h.shape for h in heads])
    print(" out", heads[0].asnumpy().ravel()[:6].tolist())
    print(" grad data", ex.grad_dict["data"].asnumpy().ravel()[:6].tolist())
    unpacked = cell.unpack_weights({"f_parameters": ex.arg_dict["f_parameters"]})
    print(" unpacked", sorted((k, v.shape) for k, v in unpacked.items())[:4])

np.random.seed(1)
random.seed(1)
sentences = [[1, 2, 3], [4, 5], [1, 2, 3, 4, 5, 6], [7] * 9, [2, 3], [3, 3, 3], [4, 4], [5] * 5]
it = mx.rnn.BucketSentenceIter(sentences, batch_size=2, buckets=[3, 6], invalid_label=-1, layout="TN")
print(it.provide_data, it.provide_label)
for epoch in range(2):
    print([(b.bucket_key, b.data[0].asnumpy().T.tolist()) for b in it])
    it.reset()
try:
    mx.rnn.BucketSentenceIter(sentences, batch_size=2, layout="XY")
except ValueError as e:
    print("ValueError", e)
