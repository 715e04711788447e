"""d2l-en image augmentation: imread, vision transforms, Compose, transform_first, DataLoader, a small ResNet step."""
import os, random, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, image, init, np, npx
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


tmp = tempfile.mkdtemp()
pix = onp.random.randint(0, 256, size=(24, 32, 3)).astype(onp.uint8)
write_png(os.path.join(tmp, 'cat.png'), pix)
img = image.imread(os.path.join(tmp, 'cat.png'))
print(type(img).__name__, img.shape, img.dtype, img.context)
print(img[0, :3])
print((img.asnumpy() == pix).all())

T = gluon.data.vision.transforms
augs = [T.RandomFlipLeftRight(), T.RandomFlipTopBottom(),
        T.RandomResizedCrop((16, 16), scale=(0.1, 1), ratio=(0.5, 2)),
        T.RandomBrightness(0.5), T.RandomHue(0.5),
        T.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5)]
for aug in augs:
    out = aug(img)
    print(type(aug).__name__, type(out).__name__, out.shape, out.dtype)
print(T.RandomFlipLeftRight())
print(T.RandomResizedCrop((16, 16), scale=(0.1, 1), ratio=(0.5, 2)))

flip = T.RandomFlipLeftRight()
outs = [flip(img) for _ in range(8)]
print([bool((o == img).all()) or bool((o == img[:, ::-1]).all()) for o in outs])

compose = T.Compose([T.RandomFlipLeftRight(), T.ToTensor()])
print(compose)
t = compose(img)
print(t.shape, t.dtype, float(t.max()) <= 1.0, float(t.min()) >= 0.0)
test_aug = T.Compose([T.ToTensor()])
t2 = test_aug(img)
print(t2[0, 0, :4])
print(t2.sum())

# a CIFAR-10-like dataset (uint8 HWC images, int labels) with transform_first
X = onp.random.randint(0, 256, size=(12, 32, 32, 3)).astype(onp.uint8)
y = onp.random.randint(0, 10, size=(12,)).astype(onp.int32)
ds = gluon.data.ArrayDataset(np.array(X, dtype='uint8'), y)
print(len(ds), type(ds[0][0]).__name__, ds[0][0].dtype, type(ds[0][1]).__name__, ds[0][1])
loader = gluon.data.DataLoader(ds.transform_first(test_aug), batch_size=5, shuffle=False)
for xb, yb in loader:
    print(type(xb).__name__, xb.shape, xb.dtype, yb.shape, yb.dtype)
loader2 = gluon.data.DataLoader(ds.transform_first(compose), batch_size=4, shuffle=True, num_workers=0)
print(sum(xb.shape[0] for xb, _ in loader2))


class Residual(nn.HybridBlock):
    def __init__(self, num_channels, use_1x1conv=False, strides=1, **kwargs):
        super().__init__(**kwargs)
        self.conv1 = nn.Conv2D(num_channels, kernel_size=3, padding=1, strides=strides)
        self.conv2 = nn.Conv2D(num_channels, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2D(num_channels, kernel_size=1, strides=strides) if use_1x1conv else None
        self.bn1 = nn.BatchNorm()
        self.bn2 = nn.BatchNorm()

    def hybrid_forward(self, F, X):
        Y = F.npx.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.npx.relu(Y + X)


net = nn.HybridSequential()
net.add(nn.Conv2D(8, kernel_size=3, strides=1, padding=1), nn.BatchNorm(), nn.Activation('relu'))
net.add(Residual(8), Residual(16, use_1x1conv=True, strides=2))
net.add(nn.GlobalAvgPool2D(), nn.Dense(10))
net.initialize(init=init.Xavier(), ctx=[mx.cpu()])
net.hybridize()
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
for xb, yb in loader:
    xs = gluon.utils.split_and_load(xb, [mx.cpu()])
    ys = gluon.utils.split_and_load(yb, [mx.cpu()])
    with autograd.record():
        pred = [net(x) for x in xs]
        ls = [loss(p, yy) for p, yy in zip(pred, ys)]
    for l in ls:
        l.backward()
    trainer.step(xb.shape[0])
    acc = sum(float((p.argmax(axis=1).astype(yy.dtype) == yy).sum()) for p, yy in zip(pred, ys))
    print('loss %.4f acc %d' % (sum(float(l.sum()) for l in ls), acc), pred[0].shape, pred[0].dtype, ls[0].shape)
print(net)

# the random augmenters draw from MXNet's generators: the same seeds give the same images
mx.random.seed(1); random.seed(1)
small = np.array(onp.random.randint(0, 256, size=(8, 10, 3)), dtype='uint8')
for aug in [T.RandomFlipLeftRight(), T.RandomFlipTopBottom(), T.RandomResizedCrop((4, 4), scale=(0.1, 1), ratio=(0.5, 2)),
            T.RandomBrightness(0.5), T.RandomHue(0.5), T.RandomContrast(0.5), T.RandomSaturation(0.5),
            T.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5), T.RandomLighting(0.1)]:
    print(type(aug).__name__, [int(aug(small).astype('int64').sum()) for _ in range(4)])
f = small.astype('float32') / 255
for aug in [T.RandomBrightness(0.5), T.RandomHue(0.5), T.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5)]:
    print(type(aug).__name__, ['%.5f' % float(aug(f).sum()) for _ in range(3)])
