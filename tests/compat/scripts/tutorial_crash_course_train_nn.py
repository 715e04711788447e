import os, struct, tempfile, zlib
import numpy as np
import mxnet as mx
from mxnet import gluon, init, autograd
from mxnet.gluon import nn
from mxnet.gluon.data.vision import transforms
mx.random.seed(42)
np.random.seed(42)

def png_bytes(img):
    """an RGB uint8 image as PNG bytes (no image library needed)"""
    h, w, _ = img.shape
    raw = b''.join(b'\x00' + img[r].tobytes() for r in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

# synthetic stand-in for the leaf dataset: datasets/{train,validation,test}/{diseased,healthy}/*.png
root = tempfile.mkdtemp()
rs = np.random.RandomState(4)
for split, n in [('train', 6), ('validation', 2), ('test', 2)]:
    for cls in ['diseased', 'healthy']:
        d = os.path.join(root, 'datasets', split, cls)
        os.makedirs(d)
        for i in range(n):
            with open(os.path.join(d, '%04d.png' % i), 'wb') as f:
                f.write(png_bytes(rs.randint(0, 256, (30, 40, 3)).astype(np.uint8)))
train_dataset = gluon.data.vision.ImageFolderDataset(os.path.join(root, 'datasets/train'))
val_dataset = gluon.data.vision.ImageFolderDataset(os.path.join(root, 'datasets/validation'))
test_dataset = gluon.data.vision.ImageFolderDataset(os.path.join(root, 'datasets/test'))
sample_idx = 8
sample = train_dataset[sample_idx]
data = sample[0]
label = sample[1]
print(f"Data type: {data.dtype}")
print(f"Label: {label}")
print(f"Label description: {train_dataset.synsets[label]}")
print(f"Image shape: {data.shape}")

jitter_param = 0.05
mean = [0.485, 0.456, 0.406]
std = [0.229, 0.224, 0.225]
training_transformer = transforms.Compose([
    transforms.Resize(size=24, keep_ratio=True),
    transforms.CenterCrop(16),
    transforms.RandomFlipLeftRight(),
    transforms.RandomColorJitter(contrast=jitter_param),
    transforms.ToTensor(),
    transforms.Normalize(mean, std)
])
validation_transformer = transforms.Compose([
    transforms.Resize(size=24, keep_ratio=True),
    transforms.CenterCrop(16),
    transforms.ToTensor(),
    transforms.Normalize(mean, std)
])
batch_size = 4
train_loader = gluon.data.DataLoader(train_dataset.transform_first(training_transformer),
                                     batch_size=batch_size, shuffle=True)
validation_loader = gluon.data.DataLoader(val_dataset.transform_first(validation_transformer),
                                          batch_size=batch_size)
test_loader = gluon.data.DataLoader(test_dataset.transform_first(validation_transformer),
                                    batch_size=batch_size)
for batch in train_loader:
    a = batch
    break
print(a[0].shape, a[0].dtype, a[1], '%.4f' % a[0].mean().asscalar())

def conv_block(filters, kernel_size=2, stride=2, batch_norm=True):
    conv_block = nn.HybridSequential()
    conv_block.add(nn.Conv2D(channels=filters, kernel_size=kernel_size, activation='relu'),
              nn.MaxPool2D(pool_size=2, strides=stride))
    if batch_norm:
        conv_block.add(nn.BatchNorm())
    return conv_block

def dense_block(neurons, activation='relu', dropout=0.2):
    dense_block = nn.HybridSequential()
    dense_block.add(nn.Dense(neurons, activation=activation))
    if dropout:
        dense_block.add(nn.Dropout(dropout))
    return dense_block

class LeafNetwork(nn.HybridBlock):
    def __init__(self):
        super(LeafNetwork, self).__init__()
        self.conv1 = conv_block(4)
        self.conv2 = conv_block(8)
        self.flatten = nn.Flatten()
        self.dense1 = dense_block(10)
        self.dense2 = nn.Dense(2)

    def hybrid_forward(self, F, batch):
        batch = self.conv1(batch)
        batch = self.conv2(batch)
        batch = self.flatten(batch)
        batch = self.dense1(batch)
        return self.dense2(batch)

ctx = mx.cpu()
model = LeafNetwork()
model.initialize(mx.initializer.Xavier(), ctx=ctx)
model.summary(mx.nd.random.uniform(shape=(4, 3, 16, 16)))
model.hybridize()
trainer = gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': 0.001})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()

def test(val_data):
    acc = mx.metric.Accuracy()
    for batch in val_data:
        outputs = model(batch[0])
        acc.update([batch[1]], [outputs])
    _, accuracy = acc.get()
    return accuracy

accuracy = mx.metric.Accuracy()
log_interval = 2
for epoch in range(2):
    accuracy.reset()
    for idx, batch in enumerate(train_loader):
        data = batch[0]
        label = batch[1]
        with mx.autograd.record():
            outputs = model(data)
            loss = loss_fn(outputs, label)
        mx.autograd.backward(loss)
        trainer.step(batch_size)
        accuracy.update([label], [outputs])
        if log_interval and (idx + 1) % log_interval == 0:
            _, acc = accuracy.get()
            print(f"Epoch[{epoch + 1}] Batch[{idx + 1}] batch loss = {loss.mean().asscalar():.4f} | accuracy = {acc}")
    _, acc = accuracy.get()
    acc_val = test(validation_loader)
    print(f"[Epoch {epoch + 1}] training: accuracy={acc}")
    print(f"[Epoch {epoch + 1}] validation: validation accuracy={acc_val}")
print(test(test_loader))
