"""d2l-zh SSD: class/box predictors, flatten+concat, down-sample blocks, a tiny SSD trained one step, detection."""
import numpy as np

import mxnet as mx
from mxnet import autograd, contrib, gluon, init, nd
from mxnet.gluon import loss as gloss, nn

mx.random.seed(11)
np.random.seed(11)


def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3, padding=1)


def bbox_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1)


def forward(x, block):
    block.initialize()
    return block(x)


Y1 = forward(nd.zeros((2, 8, 20, 20)), cls_predictor(5, 10))
Y2 = forward(nd.zeros((2, 16, 10, 10)), cls_predictor(3, 10))
print(Y1.shape, Y2.shape)


def flatten_pred(pred):
    return pred.transpose((0, 2, 3, 1)).flatten()


def concat_preds(preds):
    return nd.concat(*[flatten_pred(p) for p in preds], dim=1)


print(concat_preds([Y1, Y2]).shape)


def down_sample_blk(num_channels):
    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1), nn.BatchNorm(in_channels=num_channels),
                nn.Activation('relu'))
    blk.add(nn.MaxPool2D(2))
    return blk


print(forward(nd.zeros((2, 3, 20, 20)), down_sample_blk(10)).shape)
blk = down_sample_blk(4)
print(blk)


def base_net():
    blk = nn.Sequential()
    for num_filters in [8, 16]:
        blk.add(down_sample_blk(num_filters))
    return blk


print(forward(nd.zeros((2, 3, 64, 64)), base_net()).shape)


def get_blk(i):
    if i == 0:
        return base_net()
    if i == 3:
        return nn.GlobalMaxPool2D()
    return down_sample_blk(16)


def blk_forward(X, blk, size, ratio, cls_predictor, bbox_predictor):
    Y = blk(X)
    anchors = contrib.ndarray.MultiBoxPrior(Y, sizes=size, ratios=ratio)
    return (Y, anchors, cls_predictor(Y), bbox_predictor(Y))


sizes = [[0.2, 0.272], [0.37, 0.447], [0.54, 0.619], [0.71, 0.79]]
ratios = [[1, 2, 0.5]] * 4
num_anchors = len(sizes[0]) + len(ratios[0]) - 1


class TinySSD(nn.Block):
    def __init__(self, num_classes, **kwargs):
        super(TinySSD, self).__init__(**kwargs)
        self.num_classes = num_classes
        for i in range(4):
            setattr(self, 'blk_%d' % i, get_blk(i))
            setattr(self, 'cls_%d' % i, cls_predictor(num_anchors, num_classes))
            setattr(self, 'bbox_%d' % i, bbox_predictor(num_anchors))

    def forward(self, X):
        anchors, cls_preds, bbox_preds = [None] * 4, [None] * 4, [None] * 4
        for i in range(4):
            X, anchors[i], cls_preds[i], bbox_preds[i] = blk_forward(
                X, getattr(self, 'blk_%d' % i), sizes[i], ratios[i],
                getattr(self, 'cls_%d' % i), getattr(self, 'bbox_%d' % i))
        return (nd.concat(*anchors, dim=1),
                concat_preds(cls_preds).reshape((0, -1, self.num_classes + 1)),
                concat_preds(bbox_preds))


net = TinySSD(num_classes=1)
net.initialize(init.Xavier())
print([k for k in net._children][:6])
X = nd.random.uniform(shape=(4, 3, 64, 64))
anchors, cls_preds, bbox_preds = net(X)
print('output anchors:', anchors.shape)
print('output class preds:', cls_preds.shape)
print('output bbox preds:', bbox_preds.shape)

cls_loss = gloss.SoftmaxCrossEntropyLoss()
bbox_loss = gloss.L1Loss()


def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    cls = cls_loss(cls_preds, cls_labels)
    bbox = bbox_loss(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    return cls + bbox


def cls_eval(cls_preds, cls_labels):
    return (cls_preds.argmax(axis=-1) == cls_labels).sum().asscalar()


def bbox_eval(bbox_preds, bbox_labels, bbox_masks):
    return ((bbox_labels - bbox_preds) * bbox_masks).abs().sum().asscalar()


label = nd.array([[[0, 0.1, 0.1, 0.5, 0.6]], [[0, 0.3, 0.2, 0.9, 0.7]], [[0, 0.4, 0.4, 0.6, 0.8]],
                  [[-1, -1, -1, -1, -1]]])
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.2, 'wd': 5e-4})
for epoch in range(2):
    with autograd.record():
        anchors, cls_preds, bbox_preds = net(X)
        bbox_labels, bbox_masks, cls_labels = contrib.nd.MultiBoxTarget(anchors, label, cls_preds.transpose((0, 2, 1)))
        l = calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks)
    l.backward()
    trainer.step(4)
    print(epoch, l.shape, '%.4f' % l.mean().asscalar(), cls_eval(cls_preds, cls_labels), cls_labels.size,
          '%.3f' % bbox_eval(bbox_preds, bbox_labels, bbox_masks), int(bbox_masks.sum().asscalar()))
print(cls_labels[:, :12], bbox_masks.sum(axis=1))

# smooth L1 and focal loss variants from the exercises
sigmas = [10, 1, 0.5]
lines = ['-', '--', '-.']
x = nd.arange(-2, 2, 0.5)
for s in sigmas:
    print(s, nd.smooth_l1(x, scalar=s))


def focal_loss(gamma, x):
    return -(1 - x) ** gamma * x.log()


print(focal_loss(2, nd.arange(0.1, 1, 0.2)))

# prediction
img = nd.random.uniform(0, 255, shape=(64, 64, 3)).astype('uint8')
feature = mx.image.imresize(img, 64, 64).astype('float32')
Xp = feature.transpose((2, 0, 1)).expand_dims(axis=0)
anchors, cls_preds, bbox_preds = net(Xp)
cls_probs = cls_preds.softmax().transpose((0, 2, 1))
output = contrib.nd.MultiBoxDetection(cls_probs, bbox_preds, anchors)
idx = [i for i, row in enumerate(output[0]) if row[0].asscalar() != -1]
print(output.shape, len(idx) > 0, output[0, idx][:3].shape)
print(np.round(output[0, idx[:3]].asnumpy(), 3))
