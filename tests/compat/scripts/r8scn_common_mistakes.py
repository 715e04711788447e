# The errors beginners meet (as in StackOverflow questions): which exception MXNet raises for each mistake
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


def attempt(title, fn):
    try:
        out = fn()
        print(title, 'ok', out)
    except Exception as e:
        print(title, type(e).__name__)


net = nn.Dense(2)
attempt('uninitialized', lambda: net(nd.ones((1, 3))))
attempt('weight before forward', lambda: net.weight.data())
net.initialize()
net(nd.ones((1, 3)))
attempt('wrong in_units', lambda: net(nd.ones((1, 4))))
attempt('reinitialize', lambda: net.initialize())
x = nd.ones((2, 2))
x.attach_grad()
y = x * 2
attempt('backward outside record', lambda: y.backward())
attempt('asscalar on matrix', lambda: x.asscalar())
attempt('truth value', lambda: bool(x))
attempt('truth value scalar', lambda: bool(nd.array([0.0])))
attempt('set_data wrong shape', lambda: net.weight.set_data(nd.ones((3, 3))))
attempt('int input to Dense', lambda: net(nd.ones((1, 3), dtype='int32')).dtype)
attempt('float64 input to float32 net', lambda: net(nd.ones((1, 3), dtype='float64')).dtype)
attempt('grad without attach', lambda: nd.ones((2,)).grad)
attempt('step before backward', lambda: gluon.Trainer(net.collect_params(), 'sgd').step(1))
attempt('unknown optimizer', lambda: gluon.Trainer(net.collect_params(), 'sgdd'))
attempt('reshape size mismatch', lambda: nd.ones((2, 3)).reshape((4, 2)))
attempt('broadcast mismatch', lambda: nd.ones((2, 3)) + nd.ones((3, 2)))
attempt('dot mismatch', lambda: nd.dot(nd.ones((2, 3)), nd.ones((2, 3))))
attempt('index out of range', lambda: nd.ones((2, 3))[5])
attempt('bad ctx array', lambda: nd.ones((2,), ctx=mx.gpu(0)).asnumpy())
attempt('load missing file', lambda: net.load_parameters('/nonexistent/file.params'))
attempt('softmax label shape', lambda: gluon.loss.SoftmaxCELoss()(nd.ones((2, 3)), nd.ones((3,))).shape)
attempt('Sequential without add', lambda: nn.Sequential()(nd.ones((1, 2))).shape)
attempt('concat dim mismatch', lambda: nd.concat(nd.ones((2, 3)), nd.ones((3, 3)), dim=1))
attempt('split uneven', lambda: nd.split(nd.ones((5, 2)), num_outputs=2, axis=0))
attempt('record inplace', lambda: autograd.record().__enter__() or x.__iadd__(1))
autograd.set_recording(False)
attempt('one_hot float depth', lambda: nd.one_hot(nd.array([1]), 2.5).shape)
