# RNN notebooks (mxnet-notebooks python/rnn/lstm, rnn_api_tutorial, tutorials/char_lstm): mx.rnn cells, unroll,
# FusedRNNCell, encode_sentences, BucketSentenceIter and BucketingModule.
import logging
import random
import re
import sys
import mxnet as mx
import numpy as np

mx.random.seed(3)
np.random.seed(3)
random.seed(3)

cell = mx.rnn.LSTMCell(num_hidden=4, prefix='lstm_')
print(cell.state_info, cell._gate_names if hasattr(cell, '_gate_names') else None)
outputs, states = cell.unroll(3, inputs=mx.sym.Variable('data'), layout='NTC', merge_outputs=True)
print(outputs.list_outputs(), [s.name for s in states])
print(outputs.list_arguments())
print(outputs.infer_shape(data=(2, 3, 5))[1])
outs, sts = cell.unroll(2, inputs=[mx.sym.Variable('x0'), mx.sym.Variable('x1')], merge_outputs=False)
print([o.name for o in outs], len(sts))
cell.reset()

stack = mx.rnn.SequentialRNNCell()
for i in range(2):
    stack.add(mx.rnn.LSTMCell(num_hidden=4, prefix='lstm_l%d_' % i))
stack.add(mx.rnn.GRUCell(num_hidden=3, prefix='gru_'))
print(stack.state_info)
outputs, states = stack.unroll(3, inputs=mx.sym.Variable('data'), merge_outputs=True)
print(outputs.infer_shape(data=(2, 3, 5))[1], len(states))
print(sorted(outputs.list_arguments()))
print([type(c).__name__ for c in stack._cells], stack.params._params.keys() if hasattr(stack.params, '_params') else '')

# run a stacked cell forward with explicit weights
ex = outputs.simple_bind(mx.cpu(), data=(2, 3, 5))
for name, arr in sorted(ex.arg_dict.items()):
    if name == 'data':
        arr[:] = np.linspace(-1, 1, arr.size).reshape(arr.shape)
    else:
        arr[:] = np.sin(np.arange(arr.size) * 0.37 + len(name)).reshape(arr.shape) * 0.3
ex.forward()
print(ex.outputs[0].asnumpy().round(5))

for c in [mx.rnn.RNNCell(3, activation='tanh', prefix='rnn_'), mx.rnn.GRUCell(3, prefix='g_'),
          mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(2, prefix='l_'), mx.rnn.LSTMCell(2, prefix='r_')),
          mx.rnn.DropoutCell(0.5, prefix='drop_'), mx.rnn.ResidualCell(mx.rnn.GRUCell(5, prefix='res_')),
          mx.rnn.ZoneoutCell(mx.rnn.RNNCell(5, prefix='z_'), zoneout_outputs=0.1)]:
    o, s = c.unroll(2, mx.sym.Variable('data'), merge_outputs=True)
    print(type(c).__name__, o.infer_shape(data=(1, 2, 5))[1], len(s), sorted(o.list_arguments()))

fused = mx.rnn.FusedRNNCell(4, num_layers=2, mode='lstm', prefix='fused_', bidirectional=False)
o, s = fused.unroll(3, mx.sym.Variable('data'), layout='TNC', merge_outputs=True)
print(o.list_arguments(), o.infer_shape(data=(3, 2, 5))[1], fused.state_info)
unf = fused.unfuse()
print(type(unf).__name__, [type(c).__name__ for c in unf._cells], unf.state_info)
args = {'fused_parameters': mx.nd.arange(
    o.infer_shape(data=(3, 2, 5))[0][1][0]) / 1000.0}
split = fused.unpack_weights(args)
print(sorted((k, v.shape) for k, v in split.items()))
packed = fused.pack_weights(split)
print((packed['fused_parameters'] - args['fused_parameters']).abs().sum().asscalar())
ex = o.bind(mx.cpu(), {'data': mx.nd.ones((3, 2, 5)) * 0.1, 'fused_parameters': args['fused_parameters']})
ex.forward()
print(ex.outputs[0].asnumpy().round(5)[-1])
uo, _ = unf.unroll(3, mx.sym.Variable('data'), layout='TNC', merge_outputs=True)
uargs = unf.pack_weights(dict(split))
uargs['data'] = mx.nd.ones((3, 2, 5)) * 0.1
ex2 = uo.bind(mx.cpu(), {k: uargs[k] for k in uo.list_arguments()})
ex2.forward()
print(np.abs(ex2.outputs[0].asnumpy() - ex.outputs[0].asnumpy()).max() < 1e-5)

# BucketSentenceIter + BucketingModule
vocab_sentences = [['a', 'b', 'c'], ['b', 'c'], ['c', 'd', 'a', 'b', 'e'], ['e', 'a'], ['d', 'd', 'a', 'c'],
                   ['a', 'b', 'c', 'd'], ['b'], ['e', 'd', 'c', 'b', 'a'], ['c', 'c', 'a']]
sentences, vocab = mx.rnn.encode_sentences(vocab_sentences, invalid_label=0, start_label=1)
print(sentences, sorted(vocab.items()))
buckets = [3, 5]
data_train = mx.rnn.BucketSentenceIter(sentences, batch_size=2, buckets=buckets, invalid_label=0)
print(data_train.default_bucket_key, data_train.provide_data, data_train.provide_label)
for b in data_train:
    print(b.bucket_key, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist())
data_train.reset()

num_hidden, num_embed, vocab_size = 6, 4, len(vocab) + 1
stack = mx.rnn.SequentialRNNCell()
stack.add(mx.rnn.LSTMCell(num_hidden=num_hidden, prefix='lstm_l0_'))


def sym_gen(seq_len):
    data = mx.sym.Variable('data')
    label = mx.sym.Variable('softmax_label')
    embed = mx.sym.Embedding(data=data, input_dim=vocab_size, output_dim=num_embed, name='embed')
    stack.reset()
    outputs, states = stack.unroll(seq_len, inputs=embed, merge_outputs=True)
    pred = mx.sym.Reshape(outputs, shape=(-1, num_hidden))
    pred = mx.sym.FullyConnected(data=pred, num_hidden=vocab_size, name='pred')
    label = mx.sym.Reshape(label, shape=(-1,))
    pred = mx.sym.SoftmaxOutput(data=pred, label=label, name='softmax')
    return pred, ('data',), ('softmax_label',)


class _NoTiming(logging.Filter):
    def filter(self, record):
        msg = re.sub(r'Speed: [0-9.e+inf]+ samples/sec', 'Speed: S samples/sec', record.getMessage())
        record.msg, record.args = re.sub(r'Time cost=[0-9.e+-]+', 'Time cost=T', msg), ()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(_NoTiming())
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)

model = mx.mod.BucketingModule(sym_gen=sym_gen, default_bucket_key=data_train.default_bucket_key, context=mx.cpu())
model.fit(train_data=data_train, eval_data=data_train, eval_metric=mx.metric.Perplexity(0),
          optimizer='sgd', optimizer_params={'learning_rate': 0.1, 'momentum': 0.0, 'wd': 0.00001},
          initializer=mx.init.Xavier(factor_type="in", magnitude=2.34), num_epoch=2,
          batch_end_callback=mx.callback.Speedometer(2, 100))
print(model.score(data_train, mx.metric.Perplexity(0)))
print(sorted(model._buckets.keys()), model.data_shapes if model.binded else None)
arg, aux = model.get_params()
print(sorted((k, v.shape) for k, v in arg.items()))
print(arg['pred_bias'].asnumpy().round(5))
