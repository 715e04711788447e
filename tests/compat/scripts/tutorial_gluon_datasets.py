import mxnet as mx
import numpy as np
mx.random.seed(42)
np.random.seed(42)
X = mx.random.uniform(shape=(10, 3))
y = mx.random.uniform(shape=(10, 1))
dataset = mx.gluon.data.dataset.ArrayDataset(X, y)
sample_idx = 4
sample = dataset[sample_idx]
assert len(sample) == 2
assert sample[0].shape == (3, )
assert sample[1].shape == (1, )
print(sample)
print(len(dataset))

data_loader = mx.gluon.data.DataLoader(dataset, batch_size=5, num_workers=0)
for X_batch, y_batch in data_loader:
    print("X_batch has shape {}, and y_batch has shape {}".format(X_batch.shape, y_batch.shape))
for last in ['keep', 'discard', 'rollover']:
    dl = mx.gluon.data.DataLoader(dataset, batch_size=4, last_batch=last)
    print(last, len(dl), [b[0].shape for b in dl], [b[0].shape for b in dl])

def transform(data, label):
    data = data.astype('float32')/255
    return data, label

# synthetic stand-in for FashionMNIST: uint8 HWC images with int labels
rs = np.random.RandomState(0)
train_imgs = mx.nd.array(rs.randint(0, 256, (64, 28, 28, 1)), dtype='uint8')
train_lbls = rs.randint(0, 10, (64,)).astype('int32')
valid_imgs = mx.nd.array(rs.randint(0, 256, (32, 28, 28, 1)), dtype='uint8')
valid_lbls = rs.randint(0, 10, (32,)).astype('int32')
train_dataset = mx.gluon.data.ArrayDataset(train_imgs, train_lbls).transform(transform)
valid_dataset = mx.gluon.data.ArrayDataset(valid_imgs, valid_lbls).transform(transform)
sample_idx = 34
sample = train_dataset[sample_idx]
data = sample[0]
label = sample[1]
label_desc = {0:'T-shirt/top', 1:'Trouser', 2:'Pullover', 3:'Dress', 4:'Coat', 5:'Sandal', 6:'Shirt', 7:'Sneaker', 8:'Bag', 9:'Ankle boot'}
print("Data type: {}".format(data.dtype), data.shape, type(data).__name__)
print("Label: {}".format(label), type(label).__name__)
print("Label description: {}".format(label_desc[label]))

batch_size = 16
train_data_loader = mx.gluon.data.DataLoader(train_dataset, batch_size, shuffle=True, num_workers=0)
valid_data_loader = mx.gluon.data.DataLoader(valid_dataset, batch_size, num_workers=0)
from mxnet import gluon, autograd, ndarray

def construct_net():
    net = gluon.nn.HybridSequential()
    with net.name_scope():
        net.add(gluon.nn.Dense(128, activation="relu"))
        net.add(gluon.nn.Dense(64, activation="relu"))
        net.add(gluon.nn.Dense(10))
    return net

ctx = mx.gpu() if mx.context.num_gpus() else mx.cpu()
net = construct_net()
net.hybridize()
net.initialize(mx.init.Xavier(), ctx=ctx)
criterion = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
epochs = 3
for epoch in range(epochs):
    cumulative_train_loss = mx.nd.zeros(1, ctx=ctx)
    training_samples = 0
    for batch_idx, (data, label) in enumerate(train_data_loader):
        data = data.as_in_context(ctx).reshape((-1, 784))
        label = label.as_in_context(ctx)
        if epoch == 0 and batch_idx == 0:
            print(data.shape, data.dtype, label, label.dtype)
        with autograd.record():
            output = net(data)
            loss = criterion(output, label)
        loss.backward()
        trainer.step(data.shape[0])
        cumulative_train_loss += loss.sum()
        training_samples += data.shape[0]
    train_loss = cumulative_train_loss.asscalar()/training_samples
    cumulative_valid_loss = mx.nd.zeros(1, ctx)
    valid_samples = 0
    for batch_idx, (data, label) in enumerate(valid_data_loader):
        data = data.as_in_context(ctx).reshape((-1, 784))
        label = label.as_in_context(ctx)
        output = net(data)
        loss = criterion(output, label)
        cumulative_valid_loss += loss.sum()
        valid_samples += data.shape[0]
    valid_loss = cumulative_valid_loss.asscalar()/valid_samples
    print("Epoch {}, training loss: {:.2f}, validation loss: {:.2f}".format(epoch, train_loss, valid_loss))

# ImageFolderDataset on a few generated images
import os, tempfile
root = tempfile.mkdtemp()
for split, n in [('train', 3), ('test', 1)]:
    for cls in ['bus', 'car']:
        d = os.path.join(root, split, cls)
        os.makedirs(d)
        for i in range(n):
            img = mx.nd.array(rs.randint(0, 256, (6, 8, 3)), dtype='uint8')
            with open(os.path.join(d, '%d.png' % i), 'wb') as f:
                f.write(mx.image.imencode(img, '.png') if hasattr(mx.image, 'imencode') else b'')
try:
    train_dataset = mx.gluon.data.vision.datasets.ImageFolderDataset(os.path.join(root, 'train'))
    test_dataset = mx.gluon.data.vision.datasets.ImageFolderDataset(os.path.join(root, 'test'))
    print(len(train_dataset), len(test_dataset), train_dataset.synsets)
    s = train_dataset[4]
    print(s[0].shape, s[0].dtype, s[1])
    print([os.path.relpath(p, root) for p, _ in train_dataset.items])
except Exception as e:
    print(type(e).__name__)
