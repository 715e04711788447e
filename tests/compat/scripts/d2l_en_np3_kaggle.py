"""d2l-en Kaggle CIFAR-10 / dog-breed pipelines: labels csv, reorganised train/valid/test folders written
by the script, ImageFolderDataset(flag=1), augmentations, DataLoader last_batch modes, a features/output_new
network, Trainer momentum + wd with set_learning_rate decay, softmax predictions and synsets."""
import collections, math, os, random, shutil, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)


def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


data_dir = tempfile.mkdtemp()
classes = ['airplane', 'cat', 'dog']
os.makedirs(os.path.join(data_dir, 'train'))
os.makedirs(os.path.join(data_dir, 'test'))
with open(os.path.join(data_dir, 'trainLabels.csv'), 'w') as f:
    f.write('id,label\n')
    for i in range(1, 13):
        f.write('%d,%s\n' % (i, classes[i % 3]))
        write_png(os.path.join(data_dir, 'train', '%d.png' % i), onp.random.randint(0, 256, (12, 12, 3)).astype(onp.uint8))
for i in range(1, 4):
    write_png(os.path.join(data_dir, 'test', '%d.png' % i), onp.random.randint(0, 256, (12, 12, 3)).astype(onp.uint8))


def read_csv_labels(fname):
    with open(fname, 'r') as f:
        lines = f.readlines()[1:]
    tokens = [l.rstrip().split(',') for l in lines]
    return dict(((name, label) for name, label in tokens))


labels = read_csv_labels(os.path.join(data_dir, 'trainLabels.csv'))
print('# training examples:', len(labels))
print('# classes:', len(set(labels.values())))


def copyfile(filename, target_dir):
    os.makedirs(target_dir, exist_ok=True)
    shutil.copy(filename, target_dir)


def reorg_train_valid(data_dir, labels, valid_ratio):
    n = collections.Counter(labels.values()).most_common()[-1][1]
    n_valid_per_label = max(1, math.floor(n * valid_ratio))
    label_count = {}
    for train_file in sorted(os.listdir(os.path.join(data_dir, 'train')), key=lambda s: int(s.split('.')[0])):
        label = labels[train_file.split('.')[0]]
        fname = os.path.join(data_dir, 'train', train_file)
        copyfile(fname, os.path.join(data_dir, 'train_valid_test', 'train_valid', label))
        if label not in label_count or label_count[label] < n_valid_per_label:
            copyfile(fname, os.path.join(data_dir, 'train_valid_test', 'valid', label))
            label_count[label] = label_count.get(label, 0) + 1
        else:
            copyfile(fname, os.path.join(data_dir, 'train_valid_test', 'train', label))
    return n_valid_per_label


def reorg_test(data_dir):
    for test_file in os.listdir(os.path.join(data_dir, 'test')):
        copyfile(os.path.join(data_dir, 'test', test_file), os.path.join(data_dir, 'train_valid_test', 'test', 'unknown'))


print(reorg_train_valid(data_dir, labels, 0.25))
reorg_test(data_dir)
T = gluon.data.vision.transforms
transform_train = T.Compose([
    T.Resize(10), T.RandomResizedCrop(8, scale=(0.64, 1.0), ratio=(1.0, 1.0)), T.RandomFlipLeftRight(),
    T.RandomColorJitter(brightness=0.4, contrast=0.4, saturation=0.4), T.RandomLighting(0.1),
    T.ToTensor(), T.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010])])
transform_test = T.Compose([T.Resize(8), T.ToTensor(), T.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010])])
train_ds, valid_ds, train_valid_ds, test_ds = [
    gluon.data.vision.ImageFolderDataset(os.path.join(data_dir, 'train_valid_test', folder))
    for folder in ['train', 'valid', 'train_valid', 'test']]
print([len(d) for d in (train_ds, valid_ds, train_valid_ds, test_ds)], train_ds.synsets, test_ds.synsets)
train_iter, train_valid_iter = [gluon.data.DataLoader(dataset.transform_first(transform_train), 4, shuffle=True,
                                                      last_batch='discard') for dataset in (train_ds, train_valid_ds)]
valid_iter = gluon.data.DataLoader(valid_ds.transform_first(transform_test), 2, shuffle=False, last_batch='discard')
test_iter = gluon.data.DataLoader(test_ds.transform_first(transform_test), 2, shuffle=False, last_batch='keep')
print(len(train_iter), len(train_valid_iter), len(valid_iter), len(test_iter))
for X, y in valid_iter:
    print(X.shape, X.dtype, y, X[0, :, 0, 0])


def get_net(devices):
    net = nn.HybridSequential()
    net.add(nn.Conv2D(4, kernel_size=3, padding=1), nn.BatchNorm(), nn.Activation('relu'),
            nn.GlobalAvgPool2D(), nn.Dense(3))
    net.initialize(ctx=devices, init=init.Xavier())
    return net


loss = gluon.loss.SoftmaxCrossEntropyLoss()
devices = [mx.cpu()]
net = get_net(devices)
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 5e-4})
lr_period, lr_decay = 2, 0.1
for epoch in range(3):
    if epoch > 0 and epoch % lr_period == 0:
        trainer.set_learning_rate(trainer.learning_rate * lr_decay)
    total, n = 0.0, 0
    for features, labels_ in train_iter:
        with autograd.record():
            l = loss(net(features), labels_)
        l.backward()
        trainer.step(features.shape[0])
        total += float(l.sum()); n += labels_.size
    print(epoch, trainer.learning_rate, n, '%.3f' % (total / n))
preds = []
for X, _ in test_iter:
    y_hat = net(X.as_in_ctx(devices[0]))
    preds.extend(y_hat.argmax(axis=1).astype(int).asnumpy())
print(len(preds), type(preds[0]).__name__)
sorted_ids = list(range(1, len(test_ds) + 1))
sorted_ids.sort(key=lambda x: str(x))
print(sorted_ids, [train_valid_ds.synsets[int(x)] in classes for x in preds])

# dog-breed style: frozen features, a new output head, probabilities from npx.softmax
finetune_net = nn.HybridSequential()
finetune_net.features = nn.HybridSequential()
finetune_net.features.add(nn.Conv2D(6, kernel_size=3), nn.GlobalAvgPool2D(), nn.Flatten())
finetune_net.features.initialize(init.Xavier())
finetune_net.output_new = nn.HybridSequential(prefix='')
finetune_net.output_new.add(nn.Dense(16, activation='relu'))
finetune_net.output_new.add(nn.Dense(3))
finetune_net.output_new.initialize(init.Xavier(), ctx=devices)
finetune_net.collect_params().reset_ctx(devices)
print(finetune_net.output_new)
print(sorted(finetune_net.output_new.collect_params().keys()))
trainer = gluon.Trainer(finetune_net.output_new.collect_params(), 'sgd', {'learning_rate': 0.01, 'momentum': 0.9, 'wd': 1e-4})
for X, y in train_valid_iter:
    X_shards, y_shards = gluon.utils.split_and_load(X, devices), gluon.utils.split_and_load(y, devices)
    output_features = [finetune_net.features(X_shard) for X_shard in X_shards]
    with autograd.record():
        outputs = [finetune_net.output_new(feature) for feature in output_features]
        ls = [loss(output, y_shard).sum() for output, y_shard in zip(outputs, y_shards)]
    for l in ls:
        l.backward()
    trainer.step(X.shape[0])
    print(output_features[0].shape, ls[0].shape, '%.3f' % float(ls[0]), finetune_net.features[0].weight.grad_req)
for data, label in test_iter:
    output_features = finetune_net.features(data.as_in_ctx(devices[0]))
    output = npx.softmax(finetune_net.output_new(output_features))
    print(output.shape, output.sum(axis=1).round(5), label, type(output.asnumpy()).__name__)
