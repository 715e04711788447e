# tutorials/seq2seq-mxnet-math-tutorial (mxnet-notebooks): one_hot input, FusedRNNCell encoder whose final
# state is broadcast over the output steps, FusedRNNCell decoder, per-step softmax; fit + predict decode.
import logging
import random
import re
import sys
import mxnet as mx
import numpy as np

random.seed(10)
np.random.seed(10)
mx.random.seed(10)


class _NoTiming(logging.Filter):
    def filter(self, record):
        msg = re.sub(r'Speed: [0-9.e+inf]+ samples/sec', 'Speed: S samples/sec', record.getMessage())
        record.msg, record.args = re.sub(r'Time cost=[0-9.e+-]+', 'Time cost=T', msg), ()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(_NoTiming())
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)

n_numbers, largest = 3, 10
character_set = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '*', ' ']
data_dim = len(character_set)
input_seq_length, output_seq_length, batch_size = 8, n_numbers + 1, 4


def get_sum_pairs(n_examples):
    inputs, labels = list(), list()
    char_to_int = dict((c, i) for i, c in enumerate(character_set))
    for i in range(n_examples):
        lhs = [random.randint(1, largest) for _ in range(n_numbers)]
        op = random.choice(['+', '*'])
        rhs = sum(lhs) if op == '+' else int(np.prod(lhs))
        strng = op.join(str(l) for l in lhs)
        inputs.append([char_to_int[c] for c in "%*s" % (input_seq_length, strng)])
        labels.append([char_to_int[c] for c in "%*s" % (output_seq_length, str(rhs))])
    return np.array(inputs), np.array(labels)


dataX, dataY = get_sum_pairs(8)
print(dataX.shape, dataY.shape, dataX[0], dataY[0])
train_iter = mx.io.NDArrayIter(data=dataX, label=dataY, data_name="data", label_name="target",
                               batch_size=batch_size, shuffle=True)
print(train_iter.provide_data, train_iter.provide_label)

num_hidden = 5
data = mx.sym.var('data')
target = mx.sym.var('target')
data = mx.sym.one_hot(data, depth=data_dim)
data = mx.sym.transpose(data, axes=(1, 0, 2))
encoder = mx.rnn.FusedRNNCell(num_hidden=num_hidden, num_layers=1, mode='lstm', prefix='lstm1_', get_next_state=True)
_, encode_state = encoder.unroll(length=input_seq_length, inputs=data, layout='TNC')
h = mx.sym.expand_dims(encode_state[0], axis=0)
h = mx.sym.broadcast_to(mx.sym.Reshape(h, shape=(1, -1, num_hidden)), shape=(output_seq_length, 0, 0))
decoder = mx.rnn.FusedRNNCell(num_hidden=num_hidden, num_layers=1, mode='lstm', prefix='lstm2_', get_next_state=False)
rnn_output, _ = decoder.unroll(length=output_seq_length, inputs=h, layout='TNC', merge_outputs=True)
out = mx.sym.Reshape(rnn_output, shape=(-1, num_hidden))
out = mx.sym.FullyConnected(out, num_hidden=data_dim, name='fc')
label = mx.sym.Reshape(mx.sym.transpose(target), shape=(-1,))
net = mx.sym.SoftmaxOutput(out, label=label, name='softmax')
print(net.list_arguments(), net.list_auxiliary_states())
print(net.infer_shape(data=(batch_size, input_seq_length), target=(batch_size, output_seq_length)))
print(encode_state[0].infer_shape(data=(batch_size, input_seq_length))[1], len(encode_state))
print(data.infer_type(data='float32')[1])

model = mx.mod.Module(symbol=net, data_names=['data'], label_names=['target'], context=mx.cpu())
model.fit(train_data=train_iter, num_epoch=2, optimizer='adam', optimizer_params={'learning_rate': 0.01},
          initializer=mx.init.Xavier(), eval_metric=mx.metric.Accuracy(),
          batch_end_callback=mx.callback.Speedometer(batch_size, 1))
pred = model.predict(mx.io.NDArrayIter(dataX[:4], batch_size=4))
print(pred.shape)
decoded = pred.asnumpy().reshape(output_seq_length, 4, data_dim).argmax(axis=2).T
print(decoded, ["".join(character_set[int(c)] for c in row) for row in decoded])
arg, _ = model.get_params()
print(sorted((k, v.shape) for k, v in arg.items()))
print(arg['fc_bias'].asnumpy().round(4))
