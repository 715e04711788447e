"""example/gluon/image_classification.py: model_zoo nets (pretrained=False), hybridize, NAG step, export/imports."""
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn, rnn
from mxnet.gluon.model_zoo import vision as models

mx.random.seed(2); np.random.seed(2)
ctx = mx.cpu()

# image_classification.py: model_zoo get_model, hybridize, export, kvstore
for name in ['mobilenet0.25', 'squeezenet1.0', 'vgg11_bn', 'resnet18_v2', 'mobilenetv2_0.25']:
    kwargs = {'classes': 5, 'pretrained': False}
    m = models.get_model(name, **kwargs)
    ps = m.collect_params()
    print(name, m.name, len(ps.keys()), sum(int(np.prod(p.shape)) for p in ps.values() if p.shape and 0 not in p.shape))
m = models.get_model('mobilenet0.25', classes=4)
m.initialize(mx.init.Xavier(magnitude=2), ctx=ctx)
m.hybridize()
x = nd.random.uniform(shape=(4, 3, 32, 32))
with autograd.record():
    y = m(x)
    l = gluon.loss.SoftmaxCrossEntropyLoss()(y, nd.array([0, 3, 1, 2]))
l.backward()
tr = gluon.Trainer(m.collect_params(), 'nag', {'learning_rate': 0.001, 'wd': 1e-4, 'momentum': 0.9,
                   'lr_scheduler': mx.lr_scheduler.FactorScheduler(step=1, factor=0.5)}, kvstore='device')
print(np.round(y.asnumpy(), 2))   # depthwise convolutions and their BatchNorms: the last bits differ
tr.step(4)
print(y.shape, round(tr.learning_rate, 5), np.round(m(x).asnumpy(), 3))
import tempfile, os
tmp = tempfile.mkdtemp()
m.export(os.path.join(tmp, 'img'), epoch=1)
print(sorted(os.listdir(tmp)))
sym, args, auxs = mx.model.load_checkpoint(os.path.join(tmp, 'img'), 1)
print(sym.list_outputs(), len(args), len(auxs))
imp = gluon.nn.SymbolBlock.imports(os.path.join(tmp, 'img-symbol.json'), ['data'], os.path.join(tmp, 'img-0001.params'))
print(np.round(imp(x).asnumpy(), 3))

