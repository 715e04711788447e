# Symbol.reshape/transpose pass their arguments to the op as given (shape=-1 stays -1, lists stay lists),
# so a hybridized Gluon LSTM's JSON (its parameters flattened with reshape(-1)) is MXNet's.
import mxnet as mx
from mxnet.gluon import rnn

x = mx.sym.var('x')
for make in [lambda: x.reshape(-1), lambda: x.reshape(shape=-1), lambda: x.reshape((2, 3)), lambda: x.reshape([2, 3]),
             lambda: x.reshape(shape=[2, -1]), lambda: x.reshape((2, -1), reverse=True),
             lambda: x.reshape(shape=(0, -1)), lambda: x.transpose(), lambda: x.transpose((1, 0)),
             lambda: x.transpose(axes=[1, 0])]:
    s = make()
    print(s.attr_dict(), s.infer_shape_partial(x=(6, 1))[1])
layer = rnn.LSTM(3, num_layers=1, bidirectional=True, prefix='lstm_')
layer.initialize()
layer.hybridize()
print(layer(mx.sym.var('data')).tojson())
