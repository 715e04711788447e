# Older API forms used across mxnet-notebooks (mnist, mnist_regularizer, char_lstm/lstm.py, cv_intro):
# MNISTIter on tiny idx files, mx.model.FeedForward, hand-built LSTM with SliceChannel, executor reshape,
# rnn checkpoints, onehot_encode / choose_element_0index, SoftmaxActivation.
import logging
import os
import struct
import sys
import warnings
from collections import namedtuple
import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')


class _NoTiming(logging.Filter):
    def filter(self, record):
        return 'Time cost' not in record.getMessage()


logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(message)s')
logging.getLogger().handlers[0].addFilter(_NoTiming())
mx.random.seed(6)
np.random.seed(6)
tmp = '/tmp/nb_legacy_api'
os.makedirs(tmp, exist_ok=True)

# MNISTIter over idx files written here
imgs = np.random.randint(0, 256, (10, 4, 4)).astype(np.uint8)
labs = (np.arange(10) % 3).astype(np.uint8)
with open(tmp + '/img-idx3-ubyte', 'wb') as f:
    f.write(struct.pack('>IIII', 2051, 10, 4, 4) + imgs.tobytes())
with open(tmp + '/lab-idx1-ubyte', 'wb') as f:
    f.write(struct.pack('>II', 2049, 10) + labs.tobytes())
it = mx.io.MNISTIter(image=tmp + '/img-idx3-ubyte', label=tmp + '/lab-idx1-ubyte', batch_size=4, shuffle=False,
                     flat=True)
print(it.provide_data, it.provide_label)
for b in it:
    print(b.data[0].shape, b.label[0].asnumpy(), b.pad, b.data[0].asnumpy()[0, :4].round(4))
it = mx.io.MNISTIter(image=tmp + '/img-idx3-ubyte', label=tmp + '/lab-idx1-ubyte', batch_size=5, flat=False)
b = it.next()
print(b.data[0].shape, b.label[0].asnumpy())

# FeedForward
Xf = np.random.uniform(-1, 1, (12, 5)).astype('float32')
yf = (Xf[:, 0] > 0).astype('float32')
net = mx.sym.Variable('data')
net = mx.sym.FullyConnected(net, num_hidden=4, name='fc1')
net = mx.sym.Activation(net, act_type='relu', name='relu1')
net = mx.sym.FullyConnected(net, num_hidden=2, name='fc2')
net = mx.sym.SoftmaxOutput(net, name='softmax')
model = mx.model.FeedForward(ctx=mx.cpu(), symbol=net, num_epoch=2, learning_rate=0.1, momentum=0.9, wd=0.0001,
                             initializer=mx.init.Xavier(factor_type='in', magnitude=2.34), numpy_batch_size=4)
model.fit(X=mx.io.NDArrayIter(Xf, yf, 4), eval_data=mx.io.NDArrayIter(Xf, yf, 4), eval_metric='acc')
print(model.predict(mx.io.NDArrayIter(Xf[:4], batch_size=4)).round(4))
print(model.score(mx.io.NDArrayIter(Xf, yf, 4)))
model.save(tmp + '/ff', 2)
m2 = mx.model.FeedForward.load(tmp + '/ff', 2)
print(sorted(m2.arg_params), m2.begin_epoch)
print(np.allclose(m2.predict(Xf[:4]), model.predict(Xf[:4])))

# hand-built LSTM as in tutorials/lstm.py
LSTMState = namedtuple("LSTMState", ["c", "h"])
LSTMParam = namedtuple("LSTMParam", ["i2h_weight", "i2h_bias", "h2h_weight", "h2h_bias"])


def lstm(num_hidden, indata, prev_state, param, seqidx, layeridx, dropout=0.):
    if dropout > 0.:
        indata = mx.sym.Dropout(data=indata, p=dropout)
    i2h = mx.sym.FullyConnected(data=indata, weight=param.i2h_weight, bias=param.i2h_bias,
                                num_hidden=num_hidden * 4, name="t%d_l%d_i2h" % (seqidx, layeridx))
    h2h = mx.sym.FullyConnected(data=prev_state.h, weight=param.h2h_weight, bias=param.h2h_bias,
                                num_hidden=num_hidden * 4, name="t%d_l%d_h2h" % (seqidx, layeridx))
    gates = i2h + h2h
    slice_gates = mx.sym.SliceChannel(gates, num_outputs=4, name="t%d_l%d_slice" % (seqidx, layeridx))
    in_gate = mx.sym.Activation(slice_gates[0], act_type="sigmoid")
    in_transform = mx.sym.Activation(slice_gates[1], act_type="tanh")
    forget_gate = mx.sym.Activation(slice_gates[2], act_type="sigmoid")
    out_gate = mx.sym.Activation(slice_gates[3], act_type="sigmoid")
    next_c = (forget_gate * prev_state.c) + (in_gate * in_transform)
    next_h = out_gate * mx.sym.Activation(next_c, act_type="tanh")
    return LSTMState(c=next_c, h=next_h)


num_hidden, seq_len, input_size, num_embed, num_label = 3, 2, 6, 4, 6
embed_weight = mx.sym.Variable("embed_weight")
cls_weight = mx.sym.Variable("cls_weight")
cls_bias = mx.sym.Variable("cls_bias")
param = LSTMParam(i2h_weight=mx.sym.Variable("l0_i2h_weight"), i2h_bias=mx.sym.Variable("l0_i2h_bias"),
                  h2h_weight=mx.sym.Variable("l0_h2h_weight"), h2h_bias=mx.sym.Variable("l0_h2h_bias"))
state = LSTMState(c=mx.sym.Variable("l0_init_c"), h=mx.sym.Variable("l0_init_h"))
data = mx.sym.Variable('data')
label = mx.sym.Variable('softmax_label')
embed = mx.sym.Embedding(data=data, input_dim=input_size, weight=embed_weight, output_dim=num_embed, name='embed')
wordvec = mx.sym.SliceChannel(data=embed, num_outputs=seq_len, squeeze_axis=1)
hidden_all = []
for seqidx in range(seq_len):
    state = lstm(num_hidden, indata=wordvec[seqidx], prev_state=state, param=param, seqidx=seqidx, layeridx=0)
    hidden_all.append(state.h)
hidden_concat = mx.sym.Concat(*hidden_all, dim=0)
pred = mx.sym.FullyConnected(data=hidden_concat, num_hidden=num_label, weight=cls_weight, bias=cls_bias, name='pred')
label_t = mx.sym.transpose(data=label)
label_t = mx.sym.Reshape(data=label_t, shape=(-1,))
sm = mx.sym.SoftmaxOutput(data=pred, label=label_t, name='softmax')
print(sm.list_arguments())
shapes = dict(data=(2, seq_len), l0_init_c=(2, num_hidden), l0_init_h=(2, num_hidden), softmax_label=(2, seq_len))
arg_shapes, out_shapes, _ = sm.infer_shape(**shapes)
print(out_shapes, dict(zip(sm.list_arguments(), arg_shapes)))
reqs = {n: ('null' if n in ('data', 'softmax_label') else 'write') for n in sm.list_arguments()}
exe = sm.simple_bind(mx.cpu(), grad_req=reqs, **shapes)
for name, arr in exe.arg_dict.items():
    if name not in shapes:
        mx.init.Uniform(0.1)(mx.init.InitDesc(name), arr)
exe.arg_dict['data'][:] = [[1, 2], [3, 4]]
exe.arg_dict['softmax_label'][:] = [[2, 3], [4, 5]]
exe.forward(is_train=True)
exe.backward()
print(exe.outputs[0].asnumpy().round(5))
print(exe.grad_dict['l0_h2h_weight'].asnumpy().round(6)[:2], exe.grad_dict['embed_weight'].asnumpy().round(6)[1])
exe2 = exe.reshape(allow_up_sizing=True, data=(1, seq_len), l0_init_c=(1, num_hidden), l0_init_h=(1, num_hidden),
                   softmax_label=(1, seq_len))
exe2.arg_dict['data'][:] = [[1, 2]]
exe2.forward()
print(exe2.outputs[0].shape, exe2.outputs[0].asnumpy().round(5)[0])
exe.copy_params_from({'cls_bias': mx.nd.ones((num_label,))}, allow_extra_params=True)
print(exe.arg_dict['cls_bias'].asnumpy())

# rnn checkpoints, onehot/choose helpers, SoftmaxActivation
cell = mx.rnn.LSTMCell(3, prefix='lstm_')
outs, _ = cell.unroll(2, mx.sym.Variable('data'), merge_outputs=True)
args = {'lstm_i2h_weight': mx.nd.ones((12, 5)), 'lstm_i2h_bias': mx.nd.zeros((12,)),
        'lstm_h2h_weight': mx.nd.ones((12, 3)) * 0.5, 'lstm_h2h_bias': mx.nd.zeros((12,))}
mx.rnn.save_rnn_checkpoint(cell, tmp + '/rnn', 1, outs, args, {})
s, a, x = mx.rnn.load_rnn_checkpoint(cell, tmp + '/rnn', 1)
print(s.list_arguments(), sorted((k, v.shape) for k, v in a.items()), x)
print(sorted(mx.nd.load(tmp + '/rnn-0001.params')))
print(mx.nd.onehot_encode(mx.nd.array([1, 0, 2]), mx.nd.zeros((3, 4))).asnumpy())
print(mx.nd.choose_element_0index(mx.nd.array([[1, 2, 3], [4, 5, 6]]), mx.nd.array([2, 0])).asnumpy())
print(mx.nd.SoftmaxActivation(mx.nd.array([[1, 2, 3]])).asnumpy().round(5))
print(mx.nd.SoftmaxActivation(mx.nd.array([[[1, 2], [3, 4]]]), mode='channel').asnumpy().round(5))
print(mx.sym.SoftmaxActivation(mx.sym.Variable('x'), name='sa').list_outputs())
print(mx.nd.Softmax(mx.nd.array([[1, 2, 3]]), mx.nd.array([2])).asnumpy().round(5))
print(mx.callback.ProgressBar(4, 30) is not None, mx.callback.LogValidationMetricsCallback() is not None)
