"""d2l-zh's Fashion-MNIST pipeline for the CNN chapters on synthetic images: Resize + ToTensor composed,
transform_first, DataLoader with worker processes, then a resized batch through a small net."""
import sys

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

mx.random.seed(9)
np.random.seed(9)

images = nd.array(np.random.randint(0, 256, size=(12, 28, 28, 1)), dtype='uint8')
labels = nd.array(np.random.randint(0, 10, size=12), dtype='int32')
dataset = gdata.ArrayDataset(images, labels)
print(len(dataset), dataset[0][0].shape, dataset[0][0].dtype, dataset[0][1], type(dataset[0][1]).__name__)


def load_data(batch_size, resize=None, num_workers=0):
    transformer = []
    if resize:
        transformer += [gdata.vision.transforms.Resize(resize)]
    transformer += [gdata.vision.transforms.ToTensor()]
    transformer = gdata.vision.transforms.Compose(transformer)
    print(transformer)
    train_iter = gdata.DataLoader(dataset.transform_first(transformer), batch_size, shuffle=True,
                                  num_workers=num_workers)
    test_iter = gdata.DataLoader(dataset.transform_first(transformer), batch_size, shuffle=False,
                                 num_workers=num_workers)
    return train_iter, test_iter


for resize, workers in [(None, 0), (40, 0), (40, 2), ((32, 20), 0)]:
    train_iter, test_iter = load_data(4, resize, workers)
    print(len(train_iter))
    for X, y in test_iter:
        print(resize, workers, X.shape, X.dtype, y.shape, y.dtype, X.context)
        print(X[0, 0, :2, :6].asnumpy().round(5), y.asnumpy())
        break
    total = sum(X.sum().asscalar() for X, _ in test_iter)
    print('%.3f' % total)

t = gdata.vision.transforms
img = images[0]
for tr in [t.Resize(14), t.Resize((10, 7)), t.Resize(14, keep_ratio=True), t.Resize(20, interpolation=2),
           t.CenterCrop(10), t.ToTensor(), t.Normalize(0.5, 0.25)]:
    src = img if not isinstance(tr, t.Normalize) else t.ToTensor()(img)
    out = tr(src)
    print(tr, out.shape, out.dtype, out.asnumpy().ravel()[:5].round(4))
net = nn.Sequential()
net.add(nn.Conv2D(4, kernel_size=5, strides=2, activation='relu'), nn.MaxPool2D(2), nn.Dense(10))
net.initialize(init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
loss = gloss.SoftmaxCrossEntropyLoss()
train_iter, _ = load_data(4, 40, 0)
for X, y in train_iter:
    with autograd.record():
        l = loss(net(X), y).sum()
    l.backward()
    trainer.step(X.shape[0])
    print('loss %.3f' % l.asscalar())
sys.stdout.flush()
