"""example/rnn: bucketing LSTM LM with mx.rnn cells and BucketingModule; word_lm-style unrolled graph."""
import logging, re
import numpy as np
import mxnet as mx

class Grab(logging.Handler):
    def emit(self, rec):
        print("LOG", re.sub(r"/tmp/[^/]+/", "TMP/", re.sub(r"(Speed|Time cost)[:=] ?[0-9.]+", r"\1 T", rec.getMessage())))
root = logging.getLogger(); root.handlers[:] = [Grab()]; root.setLevel(logging.INFO)

import random; random.seed(7); mx.random.seed(7); np.random.seed(7)
vocab, num_hidden, num_embed, batch_size = 10, 6, 4, 4
sentences = [list(np.random.randint(1, vocab, size=n)) for n in [3, 4, 5, 6, 7, 8, 3, 5, 6, 8, 4, 7]]
buckets = [4, 8]
data_train = mx.rnn.BucketSentenceIter(sentences, batch_size, buckets=buckets, invalid_label=0)
print(data_train.default_bucket_key, data_train.provide_data, data_train.provide_label)
print(data_train.buckets, [len(d) for d in data_train.data], data_train.layout)

stack = mx.rnn.SequentialRNNCell()
for i in range(2):
    stack.add(mx.rnn.LSTMCell(num_hidden=num_hidden, prefix='lstm_l%d_' % i))
print(stack.state_info)

def sym_gen(seq_len):
    data = mx.sym.Variable('data')
    label = mx.sym.Variable('softmax_label')
    embed = mx.sym.Embedding(data=data, input_dim=vocab, output_dim=num_embed, name='embed')
    stack.reset()
    outputs, states = stack.unroll(seq_len, inputs=embed, merge_outputs=True)
    pred = mx.sym.Reshape(outputs, shape=(-1, num_hidden))
    pred = mx.sym.FullyConnected(data=pred, num_hidden=vocab, name='pred')
    label = mx.sym.Reshape(label, shape=(-1,))
    pred = mx.sym.SoftmaxOutput(data=pred, label=label, name='softmax')
    return pred, ('data',), ('softmax_label',)

sym, dn, ln = sym_gen(4)
print(sym.list_arguments())
print(sym.infer_shape(data=(batch_size, 4), softmax_label=(batch_size, 4))[1])
model = mx.mod.BucketingModule(sym_gen=sym_gen, default_bucket_key=data_train.default_bucket_key, context=mx.cpu())
model.fit(train_data=data_train,
          eval_metric=mx.metric.Perplexity(0), kvstore='local', optimizer='sgd',
          optimizer_params={'learning_rate': 0.1, 'momentum': 0.0, 'wd': 0.00001},
          initializer=mx.init.Xavier(factor_type="in", magnitude=2.34), num_epoch=1,
          batch_end_callback=mx.callback.Speedometer(batch_size, 1, auto_reset=False))
print(sorted(model._buckets.keys()), model._curr_bucket_key)
res = model.score(data_train, mx.metric.Perplexity(0))
print([(n, round(v, 3)) for n, v in res])
arg, aux = model.get_params()
print(sorted(arg)[:4], arg['pred_weight'].shape)

# fused-cell unroll and unfuse
fused = mx.rnn.FusedRNNCell(num_hidden, num_layers=2, mode='lstm', prefix='lstm_', get_next_state=True)
o, s = fused.unroll(3, inputs=mx.sym.Variable('x'), merge_outputs=True, layout='NTC')
print(o.infer_shape(x=(2, 3, 4))[1], len(s), fused.unfuse()._cells[0].__class__.__name__)
cell = mx.rnn.GRUCell(5, prefix='gru_')
cell = mx.rnn.ZoneoutCell(mx.rnn.ResidualCell(cell), zoneout_outputs=0.0)
outs, st = cell.unroll(2, inputs=[mx.sym.Variable('a%d' % i) for i in range(2)])
print(outs[-1].infer_shape(a0=(2, 5), a1=(2, 5))[1], [x.name for x in st])
bi = mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3, prefix='l_'), mx.rnn.RNNCell(3, prefix='r_'))
bo, bs = bi.unroll(3, inputs=mx.sym.Variable('d'), merge_outputs=True)
print(bo.infer_shape(d=(2, 3, 4))[1], bo.list_arguments())
# save/load rnn checkpoint
import tempfile, os
tmp = tempfile.mkdtemp()
mx.rnn.save_rnn_checkpoint(stack, os.path.join(tmp, 'lm'), 1, *sym_gen(8)[:1], arg, aux)
s2, a2, x2 = mx.rnn.load_rnn_checkpoint(stack, os.path.join(tmp, 'lm'), 1)
print(sorted(a2)[:3], np.allclose(a2['pred_weight'].asnumpy(), arg['pred_weight'].asnumpy()))
