"""The Gluon naming tutorial: prefixes, name scopes, and the errors when saved names do not match."""
import os
import tempfile
import mxnet as mx
from mxnet import gluon


class Model(gluon.Block):
    def __init__(self, **kwargs):
        super(Model, self).__init__(**kwargs)
        with self.name_scope():
            self.dense0 = gluon.nn.Dense(20)
            self.dense1 = gluon.nn.Dense(20)
            self.mydense = gluon.nn.Dense(20, prefix='mydense_')

    def forward(self, x):
        x = mx.nd.relu(self.dense0(x))
        return mx.nd.relu(self.mydense(mx.nd.relu(self.dense1(x))))


print(gluon.nn.Dense(100, prefix='mydense_').prefix, gluon.nn.Dense(100).prefix, gluon.nn.Dense(100).prefix)
model0, model1 = Model(), Model()
model0.initialize()
model0(mx.nd.zeros((1, 20)))
for m in (model0, model1):
    print(m.prefix, m.dense0.prefix, m.dense1.prefix, m.mydense.prefix)
    print(m.collect_params())
net = gluon.nn.Sequential()
with net.name_scope():
    net.add(gluon.nn.Dense(20), gluon.model_zoo.vision.alexnet())
print(net.prefix, net[0].prefix, net[1].prefix, net[1].output.prefix)


def attempt(what, fn):
    try:
        fn()
        print(what, 'ok')
    except Exception as e:        # the class and MXNet's message
        print(what, type(e).__name__, e)


os.chdir(tempfile.mkdtemp())
path = 'model.params'
model0.collect_params().save(path)
attempt('load with other prefix', lambda: model1.collect_params().load(path, mx.cpu()))
attempt('load extra', lambda: model1.collect_params().load(path, mx.cpu(), allow_missing=True))
attempt('restore_prefix', lambda: model1.collect_params().load(path, mx.cpu(), restore_prefix='model0_'))
attempt('strip_prefix', lambda: model0.collect_params().save(path, strip_prefix='model1_'))
model0.save_parameters(path)
model1.load_parameters(path)
print(sorted(mx.nd.load(path).keys()), model1.mydense.weight.data().shape)
try:
    Model().load_parameters('none.params')
except mx.base.MXNetError:
    print('a missing file is an MXNetError')
small = gluon.nn.Dense(20)
attempt('load_parameters extra', lambda: small.load_parameters(path))
alexnet = gluon.model_zoo.vision.alexnet()
print(alexnet.output, alexnet.output.prefix)
with alexnet.name_scope():
    alexnet.output = gluon.nn.Dense(100)
alexnet.output.initialize()
print(alexnet.output, alexnet.output.prefix)
