import mxnet as mx
import numpy as np
import random
random.seed(3)
np.random.seed(3)

cell = mx.rnn.LSTMCell(num_hidden=4, prefix="lstm_")
outputs, states = cell.unroll(3, inputs=mx.sym.var("data"), layout="NTC", merge_outputs=True)
print(outputs.list_arguments())
print(outputs.infer_shape(data=(2, 3, 5))[1])
print([s.name for s in states])
print(cell.state_info, cell.params._params.keys() if hasattr(cell.params, "_params") else None)

stack = mx.rnn.SequentialRNNCell()
stack.add(mx.rnn.GRUCell(3, prefix="g0_"))
stack.add(mx.rnn.DropoutCell(0.5, prefix="d_"))
stack.add(mx.rnn.RNNCell(2, activation="tanh", prefix="r1_"))
outs, st = stack.unroll(2, inputs=[mx.sym.var("t0"), mx.sym.var("t1")])
print([o.name for o in outs], len(st))
print(mx.sym.Group(outs).list_arguments())

fused = mx.rnn.FusedRNNCell(4, num_layers=2, mode="lstm", prefix="f_", bidirectional=True)
o, s = fused.unroll(5, mx.sym.var("x"), layout="TNC", merge_outputs=True)
print(o.list_arguments(), o.infer_shape(x=(5, 2, 3))[1])
unf = fused.unfuse()
print(type(unf).__name__, len(unf._cells))

bi = mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(2, prefix="l_"), mx.rnn.LSTMCell(2, prefix="r_"))
o, s = bi.unroll(2, mx.sym.var("y"), merge_outputs=False)
print([x.name for x in o], o[0].infer_shape(y=(1, 2, 3))[1])

res = mx.rnn.ResidualCell(mx.rnn.GRUCell(3, prefix="res_"))
o, s = res.unroll(2, mx.sym.var("z"), merge_outputs=True)
print(o.infer_shape(z=(4, 2, 3))[1])

sentences = [[1, 2, 3], [4, 5], [6, 7, 8, 9, 10], [3, 2], [1], [5, 5, 5, 5]]
it = mx.rnn.BucketSentenceIter(sentences, batch_size=2, buckets=[3, 5], invalid_label=0)
print(it.buckets, it.default_bucket_key, it.provide_data, it.provide_label)
for batch in it:
    print(batch.bucket_key, batch.data[0].shape, batch.label[0].asnumpy().tolist())
tok, vocab = mx.rnn.encode_sentences([["a", "b"], ["b", "c", "a"]], invalid_label=-1, start_label=1)
print(tok, sorted(vocab.items()))
