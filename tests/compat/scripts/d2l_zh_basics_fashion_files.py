"""d2l-zh (nd era) Fashion-MNIST reading: gdata.vision.FashionMNIST over small idx files the script writes itself
(the real files' checksums are not checked here: the stand-in files are accepted as they are), indexing and
slicing the dataset, transform_first(ToTensor) and a DataLoader over it."""
import gzip
import os
import struct
import tempfile

import numpy as np

import mxnet as mx
from mxnet import gluon
from mxnet.gluon import data as gdata

gluon.utils.check_sha1 = lambda *args, **kwargs: True      # accept the stand-in files instead of downloading
np.random.seed(14)
mx.random.seed(14)
root = tempfile.mkdtemp()
rng = np.random.RandomState(0)
for prefix, n in (('train', 12), ('t10k', 6)):
    images = rng.randint(0, 256, size=(n, 28, 28)).astype(np.uint8)
    labels = rng.randint(0, 10, size=n).astype(np.uint8)
    with gzip.open(os.path.join(root, prefix + '-images-idx3-ubyte.gz'), 'wb') as f:
        f.write(struct.pack('>IIII', 2051, n, 28, 28) + images.tobytes())
    with gzip.open(os.path.join(root, prefix + '-labels-idx1-ubyte.gz'), 'wb') as f:
        f.write(struct.pack('>II', 2049, n) + labels.tobytes())

mnist_train = gdata.vision.FashionMNIST(root=root, train=True)
mnist_test = gdata.vision.FashionMNIST(root=root, train=False)
print(len(mnist_train), len(mnist_test), type(mnist_train).__name__)
feature, label = mnist_train[0]
print(type(feature).__name__, feature.shape, feature.dtype, feature.context, type(label).__name__, label, label.dtype)
print(feature[10, :6, 0])
X, y = mnist_train[0:9]
print(type(X).__name__, X.shape, X.dtype, type(y).__name__, y, y.dtype)
print(mnist_train[-1][1], mnist_test[5][0].sum().asscalar())
transformer = gdata.vision.transforms.ToTensor()
loader = gdata.DataLoader(mnist_train.transform_first(transformer), 5, shuffle=True)
for Xb, yb in loader:
    print(Xb.shape, Xb.dtype, yb.shape, yb.dtype, yb, Xb[0, 0, 0, :4])
test_loader = gdata.DataLoader(mnist_test.transform_first(transformer), 4, shuffle=False, last_batch='keep')
print([(xb.shape, yb.asnumpy().tolist()) for xb, yb in test_loader])
with_transform = gdata.vision.FashionMNIST(root=root, train=False,
                                           transform=lambda d, l: (d.astype('float32') / 255, l.astype('float32')))
d0, l0 = with_transform[0]
print(d0.dtype, d0.shape, type(l0).__name__, l0, d0[0, :3, 0])
print(mnist_train.transform(lambda d, l: (d.shape, int(l)))[3])

# the earliest edition's way: a transform=(data, label) function on the dataset, nd.random_normal parameters,
# accuracy from nd.mean of a comparison, len() of the DataLoader
from mxnet import autograd, nd


def transform(data, label):
    return data.astype('float32') / 255, label.astype('float32')


train_ds = gdata.vision.FashionMNIST(root=root, train=True, transform=transform)
test_ds = gdata.vision.FashionMNIST(root=root, train=False, transform=transform)
data, label = train_ds[0]
print('example shape: ', data.shape, 'label:', label, type(label).__name__)
train_data = gdata.DataLoader(train_ds, 4, shuffle=True)
test_data = gdata.DataLoader(test_ds, 4, shuffle=False)
W = nd.random_normal(shape=(784, 10))
b = nd.random_normal(shape=10)
params = [W, b]
for param in params:
    param.attach_grad()


def softmax(X):
    exp = nd.exp(X)
    return exp / exp.sum(axis=1, keepdims=True)


def net(X):
    return softmax(nd.dot(X.reshape((-1, 784)), W) + b)


def accuracy(output, label):
    return nd.mean(output.argmax(axis=1) == label).asscalar()


def evaluate_accuracy(data_iterator, net):
    acc = 0.
    for data, label in data_iterator:
        acc += accuracy(net(data), label)
    return acc / len(data_iterator)


print(len(train_data), len(test_data), '%.4f' % evaluate_accuracy(test_data, net))
for epoch in range(2):
    train_loss, train_acc = 0., 0.
    for data, label in train_data:
        with autograd.record():
            output = net(data)
            loss = -nd.pick(nd.log(output), label)
        loss.backward()
        for param in params:
            param[:] = param - 0.1 / 4 * param.grad
        train_loss += nd.mean(loss).asscalar()
        train_acc += accuracy(output, label)
    print("Epoch %d. Loss: %.4f, Train acc %.4f, Test acc %.4f" % (
        epoch, train_loss / len(train_data), train_acc / len(train_data), evaluate_accuracy(test_data, net)))
data, label = test_ds[0:4]
print(label, net(data).argmax(axis=1).asnumpy())
