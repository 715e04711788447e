"""d2l-zh semantic segmentation: VOC-style crops/colormap labels, transposed conv with bilinear init, a tiny FCN."""
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, image, init, nd
from mxnet.gluon import data as gdata, loss as gloss, model_zoo, nn

mx.random.seed(13)
np.random.seed(13)
random.seed(13)

VOC_COLORMAP = [[0, 0, 0], [128, 0, 0], [0, 128, 0], [128, 128, 0], [0, 0, 128]]
colormap2label = nd.zeros(256 ** 3)
for i, cm in enumerate(VOC_COLORMAP):
    colormap2label[(cm[0] * 256 + cm[1]) * 256 + cm[2]] = i


def voc_label_indices(colormap, colormap2label):
    colormap = colormap.astype('int32')
    idx = ((colormap[:, :, 0] * 256 + colormap[:, :, 1]) * 256 + colormap[:, :, 2])
    return colormap2label[idx]


rs = np.random.RandomState(1)
feature = nd.array(rs.randint(0, 256, size=(30, 40, 3)), dtype='uint8')
label_img = nd.array(np.array(VOC_COLORMAP)[rs.randint(0, 5, size=(30, 40))], dtype='uint8')
y = voc_label_indices(label_img, colormap2label)
print(y.shape, y.dtype, y[5:8, 10:16])


def voc_rand_crop(feature, label, height, width):
    feature, rect = image.random_crop(feature, (width, height))
    label = image.fixed_crop(label, *rect)
    return feature, label, rect


for _ in range(3):
    f, l, rect = voc_rand_crop(feature, label_img, 20, 24)
    print(f.shape, l.shape, rect, int(f.asnumpy().sum()), int(l.asnumpy().sum()))
print(image.fixed_crop(feature, 2, 3, 10, 8, size=(5, 4)).asnumpy().sum(axis=(0, 1)))
print(image.center_crop(feature, (16, 12))[1], image.random_crop(feature, (16, 12), interp=1)[0].shape)

rgb_mean = nd.array([0.485, 0.456, 0.406])
rgb_std = nd.array([0.229, 0.224, 0.225])


class TinySegDataset(gdata.Dataset):
    def __init__(self, crop_size, n):
        self.crop_size = crop_size
        r = np.random.RandomState(2)
        self.features = [nd.array(r.randint(0, 256, size=(30, 40, 3)), dtype='uint8') for _ in range(n)]
        self.labels = [nd.array(np.array(VOC_COLORMAP)[r.randint(0, 5, size=(30, 40))], dtype='uint8')
                       for _ in range(n)]

    def normalize_image(self, img):
        return (img.astype('float32') / 255 - rgb_mean) / rgb_std

    def __getitem__(self, idx):
        feature, label, _ = voc_rand_crop(self.features[idx], self.labels[idx], *self.crop_size)
        return (self.normalize_image(feature).transpose((2, 0, 1)), voc_label_indices(label, colormap2label))

    def __len__(self):
        return len(self.features)


ds = TinySegDataset((16, 16), 5)
loader = gdata.DataLoader(ds, 2, shuffle=True, last_batch='discard')
for X, Y in loader:
    print(X.shape, X.dtype, Y.shape, Y.dtype, '%.4f' % X.sum().asscalar(), Y.sum().asscalar())

# transposed convolution
X = nd.arange(1, 17).reshape((1, 1, 4, 4))
K = nd.arange(1, 10).reshape((1, 1, 3, 3))
conv = nn.Conv2D(10, kernel_size=4, padding=1, strides=2)
conv.initialize()
Xr = nd.random.uniform(shape=(1, 3, 16, 16))
Yc = conv(Xr)
conv_trans = nn.Conv2DTranspose(3, kernel_size=4, padding=1, strides=2)
conv_trans.initialize()
print(Yc.shape, conv_trans(Yc).shape, conv_trans)
print(nd.Deconvolution(X, K, kernel=(3, 3), num_filter=1, no_bias=True))
print(nd.Deconvolution(X, K, kernel=(3, 3), stride=(2, 2), pad=(1, 1), adj=(1, 1), num_filter=1, no_bias=True)[0, 0, :3])


def bilinear_kernel(in_channels, out_channels, kernel_size):
    factor = (kernel_size + 1) // 2
    if kernel_size % 2 == 1:
        center = factor - 1
    else:
        center = factor - 0.5
    og = np.ogrid[:kernel_size, :kernel_size]
    filt = (1 - abs(og[0] - center) / factor) * (1 - abs(og[1] - center) / factor)
    weight = np.zeros((in_channels, out_channels, kernel_size, kernel_size), dtype='float32')
    weight[range(in_channels), range(out_channels), :, :] = filt
    return nd.array(weight)


conv_trans = nn.Conv2DTranspose(3, kernel_size=4, padding=1, strides=2)
conv_trans.initialize(init.Constant(bilinear_kernel(3, 3, 4)))
img = nd.array(rs.randint(0, 256, size=(10, 12, 3)), dtype='uint8')
Xi = img.astype('float32').transpose((2, 0, 1)).expand_dims(axis=0) / 255
Yi = conv_trans(Xi)
out_img = Yi[0].transpose((1, 2, 0))
print('input image shape:', img.shape, 'output image shape:', out_img.shape)
print(np.round(out_img[:3, :3, 0].asnumpy(), 5), conv_trans.weight.data()[0, 0])
print(conv_trans.collect_params())

# FCN head on a small backbone (the book uses resnet18_v2.features[:-2])
pretrained_net = model_zoo.vision.resnet18_v2(pretrained=False)
print(pretrained_net.features[-4:], pretrained_net.output)
backbone = model_zoo.vision.mobilenet0_25(pretrained=False)
net = nn.HybridSequential()
for layer in backbone.features[:-2]:
    net.add(layer)
num_classes = 5
net.add(nn.Conv2D(num_classes, kernel_size=1),
        nn.Conv2DTranspose(num_classes, kernel_size=64, padding=16, strides=32))
print(len(net), net[-2], net[-1])
net[-1].initialize(init.Constant(bilinear_kernel(num_classes, num_classes, 64)))
net[-2].initialize(init=init.Xavier())
net[:-2].initialize(init.Xavier())
X = nd.random.uniform(shape=(2, 3, 64, 64))
print(net(X).shape)
loss = gloss.SoftmaxCrossEntropyLoss(axis=1)
Yl = nd.array(np.random.randint(0, num_classes, size=(2, 64, 64)))
net.collect_params().reset_ctx(mx.cpu())
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.0005, 'wd': 1e-3})
for step in range(2):
    with autograd.record():
        out = net(X)
        l = loss(out, Yl)
    l.backward()
    trainer.step(2)
    print(step, l.shape, l.asnumpy().round(2))
pred = nd.argmax(net(X), axis=1)
print(pred.shape, pred.dtype)
print(net[-1].weight.data()[0, 0, 30:34, 30:34])
