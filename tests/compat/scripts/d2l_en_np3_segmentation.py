"""d2l-en semantic segmentation: VOC-style image/label files, colormap lookups, random_crop/fixed_crop,
a segmentation Dataset and DataLoader, transposed convolution (by hand and Conv2DTranspose), bilinear
kernel initialisation through init.Constant, an FCN on resnet18_v2 features and one training step."""
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


VOC_COLORMAP = [[0, 0, 0], [128, 0, 0], [0, 128, 0], [128, 128, 0], [0, 0, 128]]
VOC_CLASSES = ['background', 'aeroplane', 'bicycle', 'bird', 'boat']

root = tempfile.mkdtemp()
names = []
for i in range(5):
    h, w = 20 + i, 24 + 2 * i
    write_png(os.path.join(root, 'img%d.png' % i), onp.random.randint(0, 256, (h, w, 3)).astype(onp.uint8))
    cls = onp.random.randint(0, len(VOC_COLORMAP), (h, w))
    write_png(os.path.join(root, 'lab%d.png' % i), onp.array(VOC_COLORMAP, onp.uint8)[cls])
    names.append(i)
write_png(os.path.join(root, 'img5.png'), onp.zeros((8, 8, 3), onp.uint8))
write_png(os.path.join(root, 'lab5.png'), onp.zeros((8, 8, 3), onp.uint8))
names.append(5)


def read_images(root, names):
    features, labels = [], []
    for n in names:
        features.append(image.imread(os.path.join(root, 'img%d.png' % n)))
        labels.append(image.imread(os.path.join(root, 'lab%d.png' % n)))
    return features, labels


train_features, train_labels = read_images(root, names)
print(len(train_features), train_features[0].shape, train_labels[0].dtype, type(train_labels[0]).__name__)


def voc_colormap2label():
    colormap2label = np.zeros(256 ** 3)
    for i, colormap in enumerate(VOC_COLORMAP):
        colormap2label[(colormap[0] * 256 + colormap[1]) * 256 + colormap[2]] = i
    return colormap2label


def voc_label_indices(colormap, colormap2label):
    colormap = colormap.astype(np.int32)
    idx = ((colormap[:, :, 0] * 256 + colormap[:, :, 1]) * 256 + colormap[:, :, 2])
    return colormap2label[idx]


c2l = voc_colormap2label()
print(c2l.dtype, c2l.shape, c2l[8388608], c2l[32768])
y = voc_label_indices(train_labels[0], c2l)
print(y.dtype, y.shape)
print(y[:3, :6])
print(VOC_CLASSES[int(y[1, 1])])


def voc_rand_crop(feature, label, height, width):
    feature, rect = image.random_crop(feature, (width, height))
    label = image.fixed_crop(label, *rect)
    return feature, label


for _ in range(3):
    f, l = voc_rand_crop(train_features[1], train_labels[1], 10, 12)
    print(f.shape, l.shape, int(f.astype('int64').sum()), int(l.astype('int64').sum()), type(f).__name__)


class SegDataset(gluon.data.Dataset):
    def __init__(self, crop_size, root, names):
        self.rgb_mean = np.array([0.485, 0.456, 0.406])
        self.rgb_std = np.array([0.229, 0.224, 0.225])
        self.crop_size = crop_size
        features, labels = read_images(root, names)
        self.features = [self.normalize_image(feature) for feature in self.filter(features)]
        self.labels = self.filter(labels)
        self.colormap2label = voc_colormap2label()
        print('read ' + str(len(self.features)) + ' examples')

    def normalize_image(self, img):
        return (img.astype('float32') / 255 - self.rgb_mean) / self.rgb_std

    def filter(self, imgs):
        return [img for img in imgs if (img.shape[0] >= self.crop_size[0] and img.shape[1] >= self.crop_size[1])]

    def __getitem__(self, idx):
        feature, label = voc_rand_crop(self.features[idx], self.labels[idx], *self.crop_size)
        return (feature.transpose(2, 0, 1), voc_label_indices(label, self.colormap2label))

    def __len__(self):
        return len(self.features)


crop_size = (16, 16)
voc_train = SegDataset(crop_size, root, names)
print(voc_train.normalize_image(train_features[0])[0, :2])
train_iter = gluon.data.DataLoader(voc_train, 2, shuffle=True, last_batch='discard')
for X, Y in train_iter:
    print(X.shape, X.dtype, Y.shape, Y.dtype, '%.4f' % float(X.sum()), float(Y.sum()))

# transposed convolution
def trans_conv(X, K):
    h, w = K.shape
    Y = np.zeros((X.shape[0] + h - 1, X.shape[1] + w - 1))
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            Y[i: i + h, j: j + w] += X[i, j] * K
    return Y


X = np.array([[0.0, 1.0], [2.0, 3.0]])
K = np.array([[0.0, 1.0], [2.0, 3.0]])
print(trans_conv(X, K))
X, K = X.reshape(1, 1, 2, 2), K.reshape(1, 1, 2, 2)
tconv = nn.Conv2DTranspose(1, kernel_size=2)
tconv.initialize(init.Constant(K))
print(tconv(X))
tconv = nn.Conv2DTranspose(1, kernel_size=2, padding=1)
tconv.initialize(init.Constant(K))
print(tconv(X))
tconv = nn.Conv2DTranspose(1, kernel_size=2, strides=2)
tconv.initialize(init.Constant(K))
print(tconv(X))
print(tconv, tconv.weight)
X = np.random.uniform(size=(1, 10, 16, 16))
conv = nn.Conv2D(20, kernel_size=5, padding=2, strides=3)
tconv = nn.Conv2DTranspose(10, kernel_size=5, padding=2, strides=3)
conv.initialize()
tconv.initialize()
print(tconv(conv(X)).shape == X.shape, tconv(conv(X)).shape)
X = np.arange(9.0).reshape(3, 3)
K = np.array([[1.0, 2.0], [3.0, 4.0]])
Y = npx.convolution(X.reshape(1, 1, 3, 3), K.reshape(1, 1, 2, 2), no_bias=True, kernel=(2, 2), num_filter=1)
print(Y)


def kernel2matrix(K):
    k, W = np.zeros(5), np.zeros((4, 9))
    k[:2], k[3:5] = K[0, :], K[1, :]
    W[0, :5], W[1, 1:6], W[2, 3:8], W[3, 4:] = k, k, k, k
    return W


W = kernel2matrix(K)
print(W)
print(Y == np.dot(W, X.reshape(-1)).reshape(2, 2))
Z = trans_conv(Y.reshape(2, 2), K)
print(Z == np.dot(W.T, Y.reshape(-1)).reshape(3, 3))


def bilinear_kernel(in_channels, out_channels, kernel_size):
    factor = (kernel_size + 1) // 2
    if kernel_size % 2 == 1:
        center = factor - 1
    else:
        center = factor - 0.5
    og = (np.arange(kernel_size).reshape(-1, 1), np.arange(kernel_size).reshape(1, -1))
    filt = (1 - np.abs(og[0] - center) / factor) * (1 - np.abs(og[1] - center) / factor)
    weight = np.zeros((in_channels, out_channels, kernel_size, kernel_size))
    weight[range(in_channels), range(out_channels), :, :] = filt
    return np.array(weight)


Wb = bilinear_kernel(3, 3, 4)
print(Wb.dtype, Wb.shape)
print(Wb[0, 0])
print(Wb[0, 1].sum(), Wb[1, 1].sum())
conv_trans = nn.Conv2DTranspose(3, kernel_size=4, padding=1, strides=2)
conv_trans.initialize(init.Constant(bilinear_kernel(3, 3, 4)))
img = image.imread(os.path.join(root, 'img0.png'))
X = np.expand_dims(img.astype('float32').transpose(2, 0, 1), axis=0) / 255
Y = conv_trans(X)
out_img = Y[0].transpose(1, 2, 0)
print('input image shape:', img.shape)
print('output image shape:', out_img.shape)
print(out_img[:2, :2].round(4))

pretrained_net = gluon.model_zoo.vision.resnet18_v2()
pretrained_net.initialize(init.Xavier())
print(pretrained_net.features[-4:], pretrained_net.output)
net = nn.HybridSequential()
for layer in pretrained_net.features[:-2]:
    net.add(layer)
X = np.random.uniform(size=(1, 3, 64, 96))
print(net(X).shape)
num_classes = 5
net.add(nn.Conv2D(num_classes, kernel_size=1),
        nn.Conv2DTranspose(num_classes, kernel_size=64, padding=16, strides=32))
W = bilinear_kernel(num_classes, num_classes, 64)
net[-1].initialize(init.Constant(W))
net[-2].initialize(init=init.Xavier())
print(net(X).shape)
print(net[-1].weight.data()[0, 0, 30:34, 30:34])
loss = gluon.loss.SoftmaxCrossEntropyLoss(axis=1)
net.collect_params().reset_ctx([mx.cpu()])
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'wd': 1e-3})
X = np.random.uniform(size=(2, 3, 64, 64))
Yl = np.array(onp.random.randint(0, num_classes, (2, 64, 64)).astype('float32'))
with autograd.record():
    out = net(X)
    l = loss(out, Yl)
l.backward()
trainer.step(2)
print(out.shape, l.shape, l.dtype, bool(np.isfinite(l).all()))


def predict(img):
    X = np.expand_dims(((img.astype('float32') / 255 - voc_train.rgb_mean) / voc_train.rgb_std).transpose(2, 0, 1), axis=0)
    pred = net(X).argmax(axis=1)
    return pred.reshape(pred.shape[1], pred.shape[2])


def label2image(pred):
    colormap = np.array(VOC_COLORMAP, ctx=mx.cpu(), dtype='uint8')
    X = pred.astype('int32')
    return colormap[X, :]


pred = predict(image.fixed_crop(train_features[2], 0, 0, 32, 16))
print(pred.shape, pred.dtype)
im = label2image(np.array([[0, 1], [4, 2]]))
print(im.shape, im.dtype)
print(im)
