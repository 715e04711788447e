"""The Gluon 'from experiment to deployment' tutorial, shrunk: an ImageFolderDataset with augmenting transforms,
fine-tuning with a MultiFactorScheduler driven by set_learning_rate, export; and a deferred shape error."""
import json
import math
import os
import random
import struct
import tempfile
import zlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, init
from mxnet.gluon import nn
from mxnet.gluon.data.vision import transforms

random.seed(0)          # the random crop and colour jitter draw from Python's random
np.random.seed(0)
mx.random.seed(0)
os.chdir(tempfile.mkdtemp())


def write_png(path, pixels):
    """An 8-bit RGB PNG file."""
    rows = b''.join(b'\x00' + row.tobytes() for row in pixels.astype(np.uint8))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    header = struct.pack('>IIBBBBB', pixels.shape[1], pixels.shape[0], 8, 2, 0, 0, 0)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


for split, count in (('train', 4), ('valid', 2)):
    for c in range(3):
        os.makedirs(os.path.join('data', split, str(c)))
        for k in range(count):
            write_png(os.path.join('data', split, str(c), 'image_%05d.png' % k),
                      np.random.rand(20 + k, 24, 3) * 80 + c * 60)

normalize = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
training_transformer = transforms.Compose([
    transforms.RandomResizedCrop(16), transforms.RandomFlipLeftRight(),
    transforms.RandomColorJitter(brightness=0.4, contrast=0.4, saturation=0.4),
    transforms.RandomLighting(0.1), transforms.ToTensor(), normalize])
validation_transformer = transforms.Compose([
    transforms.Resize(18), transforms.CenterCrop(16), transforms.ToTensor(), normalize])
train_data = gluon.data.DataLoader(
    gluon.data.vision.ImageFolderDataset('data/train').transform_first(training_transformer),
    batch_size=4, shuffle=True)
val_data = gluon.data.DataLoader(
    gluon.data.vision.ImageFolderDataset('data/valid').transform_first(validation_transformer),
    batch_size=4, shuffle=False, num_workers=2)

ctx = [mx.cpu()]
net = nn.HybridSequential(prefix='resnetv20_')
with net.name_scope():
    net.add(nn.BatchNorm(scale=False, center=False), nn.Flatten(), nn.Dense(8, activation='relu'))
    net.output = nn.Dense(3)        # a replaced output layer: a registered child, run after the others
net.initialize(init.Xavier(), ctx=ctx)
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.001, 'momentum': 0.9, 'wd': 0.0001})
metric = mx.metric.Accuracy()
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()


def test(net, data_loader):
    metric = mx.metric.Accuracy()
    for data, label in data_loader:
        data = gluon.utils.split_and_load(data, ctx_list=ctx, even_split=False)
        label = gluon.utils.split_and_load(label, ctx_list=ctx, even_split=False)
        metric.update(label, [net(x) for x in data])
    return metric.get()


num_batch = len(train_data)
schedule = mx.lr_scheduler.MultiFactorScheduler(step=[e * math.ceil(num_batch) for e in (1, 2)], factor=0.75,
                                                base_lr=0.001)
iteration = 1
for epoch in range(1, 4):
    train_loss = 0
    metric.reset()
    for data, label in train_data:
        data = gluon.utils.split_and_load(data, ctx_list=ctx, even_split=False)
        label = gluon.utils.split_and_load(label, ctx_list=ctx, even_split=False)
        with autograd.record():
            outputs = [net(x) for x in data]
            loss = [loss_fn(yhat, y) for yhat, y in zip(outputs, label)]
        for l in loss:
            l.backward()
        trainer.set_learning_rate(schedule(iteration))
        trainer.step(4)
        train_loss += sum([l.mean().asscalar() for l in loss]) / len(loss)
        metric.update(label, outputs)
        iteration += 1
    print('[Epoch %d] Train-acc: %.3f, loss: %.3f | Val-acc: %.3f | learning-rate: %.3E' %
          (epoch, metric.get()[1], train_loss / num_batch, test(net, val_data)[1], trainer.learning_rate))
net.export('flower-recognition', epoch=3)
print(sorted(f for f in os.listdir('.') if f.startswith('flower')))
print([n['name'] for n in json.load(open('flower-recognition-symbol.json'))['nodes']])

# the output layer added a second time: deferred initialization cannot infer the shapes
broken = nn.HybridSequential()
with broken.name_scope():
    broken.add(nn.Dense(8))
    broken.output = nn.Dense(3)
broken.add(broken.output)
broken.initialize()
broken.hybridize()
try:
    broken(mx.nd.ones((4, 5)))
except ValueError as e:
    print('ValueError', str(e).split('.')[0])
