"""d2l-zh kaggle cifar10/dog pipelines: a tiny image folder written here, reorganised, ImageFolderDataset + transforms."""
import collections
import math
import os
import random
import shutil
import struct
import tempfile
import zlib

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

mx.random.seed(19)
np.random.seed(19)
random.seed(19)


def write_png(path, pixels):
    """Writes an HxWx3 uint8 array as an 8-bit RGB PNG."""
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))

    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)

    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


root = tempfile.mkdtemp()
data_dir = os.path.join(root, 'kaggle_cifar10')
os.makedirs(os.path.join(data_dir, 'train'))
os.makedirs(os.path.join(data_dir, 'test'))
rs = np.random.RandomState(5)
classes = ['cat', 'dog', 'frog']
with open(os.path.join(data_dir, 'trainLabels.csv'), 'w') as f:
    f.write('id,label\n')
    for i in range(1, 13):
        write_png(os.path.join(data_dir, 'train', '%d.png' % i), rs.randint(0, 256, size=(12, 12, 3)).astype(np.uint8))
        f.write('%d,%s\n' % (i, classes[i % 3]))
for i in range(1, 4):
    write_png(os.path.join(data_dir, 'test', '%d.png' % i), rs.randint(0, 256, size=(12, 12, 3)).astype(np.uint8))


def read_label_file(data_dir, label_file, train_dir, valid_ratio):
    with open(os.path.join(data_dir, label_file), 'r') as f:
        lines = f.readlines()[1:]
        tokens = [l.rstrip().split(',') for l in lines]
        idx_label = dict(((int(idx), label) for idx, label in tokens))
    labels = set(idx_label.values())
    n_train_valid = len(os.listdir(os.path.join(data_dir, train_dir)))
    n_train = int(n_train_valid * (1 - valid_ratio))
    return n_train // len(labels), idx_label


def mkdir_if_not_exist(path):
    if not os.path.exists(os.path.join(*path)):
        os.makedirs(os.path.join(*path))


def reorg_train_valid(data_dir, train_dir, input_dir, n_train_per_label, idx_label):
    label_count = {}
    for train_file in sorted(os.listdir(os.path.join(data_dir, train_dir))):
        idx = int(train_file.split('.')[0])
        label = idx_label[idx]
        mkdir_if_not_exist([data_dir, input_dir, 'train_valid', label])
        shutil.copy(os.path.join(data_dir, train_dir, train_file), os.path.join(data_dir, input_dir, 'train_valid', label))
        if label not in label_count or label_count[label] < n_train_per_label:
            mkdir_if_not_exist([data_dir, input_dir, 'train', label])
            shutil.copy(os.path.join(data_dir, train_dir, train_file), os.path.join(data_dir, input_dir, 'train', label))
            label_count[label] = label_count.get(label, 0) + 1
        else:
            mkdir_if_not_exist([data_dir, input_dir, 'valid', label])
            shutil.copy(os.path.join(data_dir, train_dir, train_file), os.path.join(data_dir, input_dir, 'valid', label))


def reorg_test(data_dir, test_dir, input_dir):
    mkdir_if_not_exist([data_dir, input_dir, 'test', 'unknown'])
    for test_file in os.listdir(os.path.join(data_dir, test_dir)):
        shutil.copy(os.path.join(data_dir, test_dir, test_file), os.path.join(data_dir, input_dir, 'test', 'unknown'))


n_train_per_label, idx_label = read_label_file(data_dir, 'trainLabels.csv', 'train', 0.25)
reorg_train_valid(data_dir, 'train', 'train_valid_test', n_train_per_label, idx_label)
reorg_test(data_dir, 'test', 'train_valid_test')
print(n_train_per_label, sorted(os.listdir(os.path.join(data_dir, 'train_valid_test'))))

transform_train = gdata.vision.transforms.Compose([
    gdata.vision.transforms.Resize(16),
    gdata.vision.transforms.RandomResizedCrop(12, scale=(0.64, 1.0), ratio=(1.0, 1.0)),
    gdata.vision.transforms.RandomFlipLeftRight(),
    gdata.vision.transforms.ToTensor(),
    gdata.vision.transforms.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010])])
transform_test = gdata.vision.transforms.Compose([
    gdata.vision.transforms.ToTensor(),
    gdata.vision.transforms.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010])])
transform_dog = gdata.vision.transforms.Compose([
    gdata.vision.transforms.RandomResizedCrop(10, scale=(0.08, 1.0), ratio=(3.0 / 4.0, 4.0 / 3.0)),
    gdata.vision.transforms.RandomFlipLeftRight(),
    gdata.vision.transforms.RandomColorJitter(brightness=0.4, contrast=0.4, saturation=0.4),
    gdata.vision.transforms.RandomLighting(0.1),
    gdata.vision.transforms.ToTensor(),
    gdata.vision.transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])])
transform_dog_test = gdata.vision.transforms.Compose([
    gdata.vision.transforms.Resize(14), gdata.vision.transforms.CenterCrop(10), gdata.vision.transforms.ToTensor()])

input_dir = os.path.join(data_dir, 'train_valid_test')
train_ds = gdata.vision.ImageFolderDataset(os.path.join(input_dir, 'train'), flag=1)
valid_ds = gdata.vision.ImageFolderDataset(os.path.join(input_dir, 'valid'), flag=1)
train_valid_ds = gdata.vision.ImageFolderDataset(os.path.join(input_dir, 'train_valid'), flag=1)
test_ds = gdata.vision.ImageFolderDataset(os.path.join(input_dir, 'test'), flag=1)
print(len(train_ds), len(valid_ds), len(train_valid_ds), len(test_ds), train_ds.synsets, test_ds.synsets)
print([(os.path.basename(p), l) for p, l in train_ds.items][:5])
img, label = train_ds[0]
print(img.shape, img.dtype, label, type(label), int(img.asnumpy().sum()))
print(gdata.vision.ImageFolderDataset(os.path.join(input_dir, 'train'), flag=0)[1][0].shape)

batch_size = 4
train_iter = gdata.DataLoader(train_ds.transform_first(transform_train), batch_size, shuffle=True, last_batch='keep')
valid_iter = gdata.DataLoader(valid_ds.transform_first(transform_test), batch_size, shuffle=True, last_batch='keep')
test_iter = gdata.DataLoader(test_ds.transform_first(transform_test), batch_size, shuffle=False, last_batch='keep')
dog_iter = gdata.DataLoader(train_valid_ds.transform_first(transform_dog), batch_size, shuffle=True, last_batch='discard')
for X, y in dog_iter:
    print('dog', X.shape, y, '%.4f' % X.sum().asscalar())
for X, y in gdata.DataLoader(valid_ds.transform_first(transform_dog_test), 2):
    print('dogtest', X.shape, '%.4f' % X.sum().asscalar(), y)


class Residual(nn.HybridBlock):
    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super(Residual, self).__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        if use_1x1conv:
            self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides)
        else:
            self.conv3 = None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def hybrid_forward(self, F, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.relu(Y + X)


def resnet_tiny(num_classes):
    net = nn.HybridSequential()
    net.add(nn.Conv2D(8, kernel_size=3, strides=1, padding=1), nn.BatchNorm(), nn.Activation('relu'))
    net.add(Residual(8), Residual(16, use_1x1conv=True, strides=2))
    net.add(nn.GlobalAvgPool2D(), nn.Dense(num_classes))
    return net


net = resnet_tiny(3)
net.initialize(ctx=mx.cpu(), init=init.Xavier())
net.hybridize()
loss = gloss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.01, 'momentum': 0.9, 'wd': 5e-4})
for epoch in range(2):
    train_l_sum, train_acc_sum, n = 0.0, 0.0, 0
    if epoch == 1:
        trainer.set_learning_rate(trainer.learning_rate * 0.1)
    for X, y in train_iter:
        y = y.astype('float32')
        with autograd.record():
            y_hat = net(X)
            l = loss(y_hat, y).sum()
        l.backward()
        trainer.step(batch_size)
        train_l_sum += l.asscalar()
        train_acc_sum += (y_hat.argmax(axis=1) == y).sum().asscalar()
        n += y.size
    print('epoch %d, loss %.2f, train acc %.3f, lr %s' % (epoch + 1, train_l_sum / n, train_acc_sum / n,
                                                          trainer.learning_rate))
preds = []
for X, _ in test_iter:
    y_hat = net(X)
    preds.extend(y_hat.argmax(axis=1).astype(int).asnumpy())
sorted_ids = list(range(1, len(test_ds) + 1))
sorted_ids.sort(key=lambda x: str(x))
print(len(preds), type(preds[0]), preds[0].dtype)
out = nd.softmax(net(next(iter(test_iter))[0]))
print(out.shape, '%.3f' % out.sum().asscalar())
shutil.rmtree(root)
