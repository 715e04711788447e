"""A legacy mx.rnn bucketing language model (BucketSentenceIter, stacked LSTM/GRU cells, BucketingModule.fit with callbacks and checkpoints) logs and scores as MXNet does."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, logging, sys, random
class F(logging.Filter):
    def filter(self, r):
        m = r.getMessage()
        r.msg, r.args = m.replace(TMP, '<tmp>'), ()
        return 'Time cost' not in m and 'Speed' not in m and 'samples/sec' not in m
h = logging.StreamHandler(sys.stdout); h.addFilter(F()); h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
logging.getLogger().addHandler(h); logging.getLogger().setLevel(logging.INFO)
mx.random.seed(7); np.random.seed(7); random.seed(7)
sentences = [[random.randint(1, 9) for _ in range(random.randint(2, 9))] for _ in range(40)]
buckets = [4, 6, 10]
it = mx.rnn.BucketSentenceIter(sentences, batch_size=4, buckets=buckets, invalid_label=0)
print(it.default_bucket_key, it.provide_data, it.provide_label, [len(d) for d in it.data], it.nddata[0].shape if hasattr(it,'nddata') else None)
stack = mx.rnn.SequentialRNNCell()
stack.add(mx.rnn.LSTMCell(num_hidden=6, prefix='lstm_l0_'))
stack.add(mx.rnn.GRUCell(num_hidden=6, prefix='gru_l1_'))
def sym_gen(seq_len):
    data = mx.sym.Variable('data'); label = mx.sym.Variable('softmax_label')
    embed = mx.sym.Embedding(data=data, input_dim=10, output_dim=5, name='embed')
    stack.reset()
    outputs, states = stack.unroll(seq_len, inputs=embed, merge_outputs=True)
    pred = mx.sym.Reshape(outputs, shape=(-1, 6))
    pred = mx.sym.FullyConnected(data=pred, num_hidden=10, name='pred')
    label = mx.sym.Reshape(label, shape=(-1,))
    pred = mx.sym.SoftmaxOutput(data=pred, label=label, name='softmax', use_ignore=True, ignore_label=0)
    return pred, ('data',), ('softmax_label',)
s, _, _ = sym_gen(4); print(s.list_arguments())
model = mx.mod.BucketingModule(sym_gen=sym_gen, default_bucket_key=it.default_bucket_key, context=mx.cpu())
def cb(param):
    if param.nbatch % 3 == 0:
        print('cb', param.epoch, param.nbatch, param.eval_metric.get_name_value())
model.fit(train_data=it, eval_data=it, eval_metric=mx.metric.Perplexity(0), kvstore='local',
          optimizer='adam', optimizer_params={'learning_rate': 0.01, 'wd': 1e-5},
          initializer=mx.init.Xavier(factor_type='in', magnitude=2.34), num_epoch=2,
          batch_end_callback=cb, epoch_end_callback=mx.callback.do_checkpoint(os.path.join(TMP, 'bk'), 2))
print(model.score(it, mx.metric.Perplexity(0)))
arg, aux = model.get_params()
print(sorted((k, v.shape) for k, v in arg.items()))
cell = mx.rnn.LSTMCell(4, prefix='l_')
print(cell.state_info, cell.params._params if hasattr(cell.params, '_params') else None)
outs, st = cell.unroll(3, mx.sym.Variable('x'), layout='TNC', merge_outputs=False)
print([o.name for o in outs], [x.name for x in st])
print(outs[-1].infer_shape(x=(3, 2, 5)))
bi = mx.rnn.BidirectionalCell(mx.rnn.GRUCell(3, prefix='f_'), mx.rnn.GRUCell(3, prefix='b_'))
o, s2 = bi.unroll(4, mx.sym.Variable('x'), merge_outputs=True)
print(o.infer_shape(x=(2, 4, 5))[1], o.list_arguments())
fc = mx.rnn.FusedRNNCell(4, num_layers=2, mode='lstm', prefix='fu_', bidirectional=True)
o, s3 = fc.unroll(3, mx.sym.Variable('x'), merge_outputs=True)
print(o.infer_shape(x=(2, 3, 5))[1], o.list_arguments())
unf = fc.unfuse(); print(type(unf).__name__, len(unf._cells))
