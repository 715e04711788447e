"""A hybridized SSD head: F.contrib.MultiBoxPrior in a graph, MultiBoxTarget on its outputs, export and import."""
import json
import os
import shutil
import tempfile
import warnings

import numpy as np

import mxnet as mx
from mxnet import nd, init, gluon, autograd, contrib
from mxnet.gluon import nn
mx.random.seed(3); np.random.seed(3)
class HSSD(nn.HybridBlock):
    def __init__(self, **kw):
        super(HSSD, self).__init__(**kw)
        with self.name_scope():
            self.body = nn.HybridSequential()
            self.body.add(nn.Conv2D(4, 3, padding=1), nn.BatchNorm(), nn.Activation('relu'), nn.MaxPool2D(2))
            self.cls = nn.Conv2D(4 * 2, 3, padding=1)
            self.box = nn.Conv2D(4 * 4, 3, padding=1)
    def hybrid_forward(self, F, x):
        y = self.body(x)
        anchors = F.contrib.MultiBoxPrior(y, sizes=[0.2, 0.3], ratios=[1, 2, 0.5])
        c = F.flatten(F.transpose(self.cls(y), (0, 2, 3, 1)))
        b = F.flatten(F.transpose(self.box(y), (0, 2, 3, 1)))
        return anchors, F.reshape(c, (0, -1, 2)), b
net = HSSD(prefix='ssd_')
net.initialize(init.Xavier())
x = nd.random.uniform(shape=(2, 3, 8, 8))
a0, c0, b0 = net(x)
net.hybridize()
a1, c1, b1 = net(x)
print(a1.shape, c1.shape, b1.shape, float((a0 - a1).abs().sum().asscalar()), np.round(c1[0, :2].asnumpy(), 4))
lab = nd.array([[[0, 0.1, 0.1, 0.5, 0.5]], [[0, 0.4, 0.4, 0.9, 0.9]]])
with autograd.record():
    a, c, b = net(x)
    bl, bm, cl = contrib.nd.MultiBoxTarget(a, lab, c.transpose((0, 2, 1)))
    l = gluon.loss.SoftmaxCrossEntropyLoss()(c, cl) + gluon.loss.L1Loss()(b * bm, bl * bm)
l.backward()
print(np.round(l.asnumpy(), 4), np.round(net.cls.weight.grad()[0, 0].asnumpy(), 4))
d = tempfile.mkdtemp()
net.export(os.path.join(d, 'ssd'))
js = json.load(open(os.path.join(d, 'ssd-symbol.json')))
print([n['op'] for n in js['nodes']][:12], [n['name'] for n in js['nodes'] if n['op'] == '_contrib_MultiBoxPrior'])
print([n.get('attrs') for n in js['nodes'] if n['op'] == '_contrib_MultiBoxPrior'])
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    sb = gluon.SymbolBlock.imports(os.path.join(d, 'ssd-symbol.json'), ['data'], os.path.join(d, 'ssd-0000.params'))
o = sb(x)
print(len(o), [t.shape for t in o], round(float((o[1] - c1).abs().sum().asscalar()), 3))
sym = mx.sym.contrib.MultiBoxDetection(mx.sym.var('c'), mx.sym.var('l'), mx.sym.var('a'), nms_threshold=0.45)
print(sym.infer_shape(c=(2, 3, 10), l=(2, 40), a=(1, 10, 4))[1], sym.list_arguments())
print(mx.sym.contrib.MultiBoxTarget(mx.sym.var('a'), mx.sym.var('l'), mx.sym.var('c')).infer_shape(a=(1, 10, 4), l=(2, 3, 5), c=(2, 3, 10))[1])
print(mx.sym.contrib.MultiBoxPrior(mx.sym.var('d'), sizes=(0.5, 0.25), ratios=(1, 2)).infer_shape(d=(1, 3, 4, 5))[1])
print(mx.sym.ROIPooling(mx.sym.var('d'), mx.sym.var('r'), pooled_size=(2, 2), spatial_scale=0.5).infer_shape(d=(1, 3, 8, 8), r=(4, 5))[1])
shutil.rmtree(d)
