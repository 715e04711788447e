# SequentialModule (take_labels, auto_wiring) and PythonLossModule trained with fit; shapes, names, score, predict.
import logging
import re
import warnings
import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')


class Masked(logging.Handler):
    def emit(self, record):
        msg = re.sub(r'Time cost=[0-9.]+', 'Time cost=T', record.getMessage())
        print(record.levelname, re.sub(r'Speed: [0-9.]+', 'Speed: S', msg))


logging.getLogger().addHandler(Masked())
logging.getLogger().setLevel(logging.INFO)
mx.random.seed(1)
np.random.seed(1)
X = np.random.rand(30, 5).astype('float32')
Y = (X[:, 0] > 0.5).astype('float32')
net1 = mx.sym.Activation(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=6, name='fc1'), act_type='relu')
mod1 = mx.mod.Module(net1, label_names=[])
net2 = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=2, name='fc2'), name='softmax')
mod2 = mx.mod.Module(net2)
seq = mx.mod.SequentialModule()
print(seq.data_names, seq.output_names, seq.add(mod1) is seq)
seq.add(mod2, take_labels=True, auto_wiring=True)
it = mx.io.NDArrayIter(X, Y, batch_size=10)
seq.fit(it, num_epoch=3, optimizer_params={'learning_rate': 0.5}, initializer=mx.init.Xavier(),
        batch_end_callback=mx.callback.Speedometer(10, 1))
print(sorted(seq.get_params()[0]), seq.output_shapes, seq.data_shapes, seq.label_shapes)
print(seq.data_names, seq.output_names, mod1.inputs_need_grad, mod2.inputs_need_grad)
print(seq.score(it, 'acc'))
print(seq.predict(it).asnumpy()[:2].round(6))
try:
    seq.add(mod1, bogus=1)
except AssertionError as e:
    print('AssertionError', e)
try:
    mx.mod.SequentialModule().bind([('data', (1, 2))])
except AssertionError as e:
    print('AssertionError', e)


def softmax_ce_grad(scores, labels):
    grad = scores.asnumpy().copy()
    grad[np.arange(len(grad)), labels.asnumpy().astype(int)] -= 1
    return grad / len(grad)


head = mx.sym.softmax(mx.sym.FullyConnected(mx.sym.Variable('data'), num_hidden=2, name='fcx'), name='sm')
loss = mx.mod.PythonLossModule(grad_func=softmax_ce_grad)
print(loss.data_names, loss.output_names, loss.binded, loss.get_params())
seq2 = mx.mod.SequentialModule().add(mx.mod.Module(head, label_names=None))
seq2.add(loss, take_labels=True, auto_wiring=True)
it.reset()
seq2.fit(it, num_epoch=2, optimizer_params={'learning_rate': 0.5}, initializer=mx.init.Xavier())
print(seq2.get_params()[0]['fcx_weight'].asnumpy()[0], loss.output_shapes, loss.binded)
print(type(loss.get_input_grads()[0]).__name__, loss.get_input_grads()[0].shape)
try:
    loss.backward(out_grads=[mx.nd.ones((10, 2))])
except AssertionError as e:
    print('AssertionError', e)
