"""example/gluon/image_classification.py multi-device pieces: split_and_load, Trainer on two contexts with kvstore,
save/load_parameters, transforms on synthetic CIFAR-shaped images."""
import os, tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon.data.vision import transforms

mx.random.seed(6); np.random.seed(6)
ctx = [mx.cpu(0), mx.cpu(1)]
imgs = nd.array(np.random.randint(0, 256, (6, 8, 8, 3)), dtype='uint8')
labels = nd.array(np.arange(6) % 3)
tf = transforms.Compose([transforms.ToTensor(), transforms.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010])])
ds = gluon.data.ArrayDataset(imgs, labels).transform_first(tf)
loader = gluon.data.DataLoader(ds, batch_size=3, shuffle=False, last_batch='keep')
net = gluon.nn.HybridSequential()
with net.name_scope():
    net.add(gluon.nn.Conv2D(4, 3, padding=1), gluon.nn.BatchNorm(), gluon.nn.Activation('relu'),
            gluon.nn.GlobalAvgPool2D(), gluon.nn.Dense(3))
net.initialize(mx.init.Xavier(), ctx=ctx)
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4},
                        kvstore='device')
L = gluon.loss.SoftmaxCrossEntropyLoss()
metric = mx.metric.Accuracy()
for epoch in range(2):
    metric.reset()
    for data, label in loader:
        datas = gluon.utils.split_and_load(data, ctx_list=ctx, batch_axis=0, even_split=False)
        labs = gluon.utils.split_and_load(label, ctx_list=ctx, batch_axis=0, even_split=False)
        if epoch == 0:
            print([d.shape for d in datas], [d.context for d in datas], data.dtype, round(float(data.mean().asscalar()), 4))
        with autograd.record():
            outs = [net(X) for X in datas]
            losses = [L(yhat, y) for yhat, y in zip(outs, labs)]
        autograd.backward(losses)
        trainer.step(data.shape[0])
        metric.update(labs, outs)
    print(epoch, metric.get(), trainer._kvstore.type if trainer._kvstore else None, trainer._update_on_kvstore)
w = net[0].weight
print(w.list_ctx(), np.allclose(w.data(mx.cpu(0)).asnumpy(), w.data(mx.cpu(1)).asnumpy()))
print(np.round(w.data(mx.cpu(1)).asnumpy()[0, 0], 3))
tmp = tempfile.mkdtemp(); f = os.path.join(tmp, 'net.params')
net.save_parameters(f)
net2 = gluon.nn.HybridSequential()
with net2.name_scope():
    net2.add(gluon.nn.Conv2D(4, 3, padding=1), gluon.nn.BatchNorm(), gluon.nn.Activation('relu'),
             gluon.nn.GlobalAvgPool2D(), gluon.nn.Dense(3))
net2.load_parameters(f, ctx=mx.cpu())
x = tf(imgs[0]).expand_dims(0)
print(np.round(net2(x).asnumpy(), 3), np.round(net(x.as_in_context(mx.cpu(1))).asnumpy(), 3))
try:
    gluon.utils.split_and_load(nd.ones((1, 2)), ctx_list=ctx)
except ValueError as e:
    print('ValueError', e)
print([s.shape for s in gluon.utils.split_data(nd.ones((5, 2)), 2, even_split=False)])
