"""d2l-zh fine-tuning: model_zoo nets built locally, features/output split, lr_mult, a few SGD steps."""
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, model_zoo, nn

mx.random.seed(3)
np.random.seed(3)

# structure of the book's resnet18_v2 (built, not initialized: that is slow and not what is checked)
big = model_zoo.vision.resnet18_v2(pretrained=False)
print(type(big.features).__name__, len(big.features))
print(big.output)
print(big.features[0], big.features[-1], big.features[-4])
print(big.prefix, big.features.prefix, big.output.prefix)
tuned_big = model_zoo.vision.resnet18_v2(classes=2)
tuned_big.features = big.features
names = list(tuned_big.collect_params().keys())
print(len(names), names[:4], names[-4:])
print(list(tuned_big.collect_params('.*dense.*').keys()))
print(list(tuned_big.collect_params('.*batchnorm0_.*|.*conv0_weight').keys())[:6])
print(tuned_big.output.collect_params())

pretrained_net = model_zoo.vision.mobilenet0_25(pretrained=False)
pretrained_net.initialize(init.Xavier())
finetune_net = model_zoo.vision.mobilenet0_25(classes=2)
finetune_net.features = pretrained_net.features
finetune_net.output.initialize(init.Xavier())
finetune_net.output.collect_params().setattr('lr_mult', 10)
print(finetune_net.output.weight.lr_mult, finetune_net.features[1].gamma.lr_mult)
print(len(finetune_net.collect_params().keys()), list(finetune_net.collect_params('.*dense.*').keys()))

x = nd.random.uniform(shape=(4, 3, 64, 64))
y = nd.array([0, 1, 1, 0])
feat = finetune_net.features(x)
print(feat.shape, feat.dtype)
out = finetune_net(x)
print(out.shape, out.asnumpy().round(3))
finetune_net.hybridize()
trainer = gluon.Trainer(finetune_net.collect_params(), 'sgd', {'learning_rate': 0.0005, 'wd': 0.001})
loss = gloss.SoftmaxCrossEntropyLoss()
for step in range(2):
    with autograd.record():
        l = loss(finetune_net(x), y)
    l.backward()
    trainer.step(4)
    print(step, l.asnumpy().round(2), round(float(l.mean().asscalar()), 2))
w = finetune_net.output.weight
print(w.shape, w.grad().shape, w.data().asnumpy().round(3)[:, :4])
print((finetune_net(x).argmax(axis=1) == y.astype('float32')).sum().asscalar())
# fine-tuning variants of other model_zoo families built locally (shapes and prefixes only)
for name in ['resnet34_v2', 'vgg11', 'alexnet', 'squeezenet1.0', 'densenet121']:
    net = model_zoo.vision.get_model(name, classes=5)
    print(name, type(net).__name__, net.prefix, type(net.features).__name__, len(net.features),
          type(net.output).__name__, len(list(net.collect_params().keys())))
# kaggle-dog style: new output head stacked on the pretrained features
net = model_zoo.vision.mobilenet0_25(pretrained=False)
net.output_new = nn.HybridSequential(prefix='')
net.output_new.add(nn.Dense(16, activation='relu'), nn.Dense(4))
net.initialize(init.Xavier())
print(list(net.output_new.collect_params().keys()))
trainer = gluon.Trainer(net.output_new.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4})
f = net.features(x)
with autograd.record():
    o = net.output_new(f)
    l = loss(o, y)
l.backward()
trainer.step(4)
print(f.shape, o.shape, l.asnumpy().round(3), nd.softmax(o).asnumpy().round(3))
