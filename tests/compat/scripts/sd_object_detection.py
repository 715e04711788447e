# Straight Dope: SSD object detection (anchors, targets, detection, toy SSD net)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn
from mxnet.contrib.ndarray import MultiBoxPrior, MultiBoxTarget, MultiBoxDetection

mx.random.seed(4)
np.random.seed(4)
n = 8
x = nd.random.uniform(shape=(1, 3, n, n))
y = MultiBoxPrior(x, sizes=[.5, .25, .1], ratios=[1, 2, .5])
print(y.shape)
boxes = y.reshape((n, n, -1, 4))
print(boxes[2, 3, 0, :])
print(boxes[0, 0, :, :])
print(nd.contrib.MultiBoxPrior(x, sizes=[.3], ratios=[1], clip=True, steps=(.25, .25), offsets=(.5, .5))[0, :3])


def class_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), 3, padding=1)


def box_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 4, 3, padding=1)


def down_sample(num_filters):
    out = nn.HybridSequential()
    for _ in range(2):
        out.add(nn.Conv2D(num_filters, 3, strides=1, padding=1))
        out.add(nn.BatchNorm(in_channels=num_filters))
        out.add(nn.Activation('relu'))
    out.add(nn.MaxPool2D(2))
    return out


def flatten_prediction(pred):
    return pred.transpose(axes=(0, 2, 3, 1)).flatten()


def concat_predictions(preds):
    return nd.concat(*preds, dim=1)


cls_pred = class_predictor(5, 10)
cls_pred.initialize()
x = nd.zeros((2, 3, 6, 6))
y = cls_pred(x)
print('Class prediction', y.shape)
box_pred = box_predictor(10)
box_pred.initialize()
print('Box prediction', box_pred(x).shape)
blk = down_sample(4)
blk.initialize()
print('Before', x.shape, 'after', blk(x).shape)
x = nd.zeros((2, 8, 4, 4))
y = nd.zeros((2, 16, 2, 2))
f1 = flatten_prediction(x)
f2 = flatten_prediction(y)
print(f1.shape, f2.shape)
print(concat_predictions([f1, f2]).shape)
print(blk)

# targets
anchors = MultiBoxPrior(nd.zeros((1, 3, 4, 4)), sizes=[.5, .25], ratios=[1, 2])
print(anchors.shape)
label = nd.array([[[0, .1, .1, .5, .6], [1, .4, .3, .9, .9], [-1, -1, -1, -1, -1]]])
num_classes = 2
cls_preds = nd.random.uniform(shape=(1, num_classes + 1, anchors.shape[1]))
box_target, box_mask, cls_target = MultiBoxTarget(anchors, label, cls_preds)
print(box_target.shape, box_mask.shape, cls_target.shape)
print(cls_target)
print(box_mask.sum(), nd.round(box_target * 1000).abs().sum())
print(box_target[0, :16])
bt2 = nd.contrib.MultiBoxTarget(anchors, label, cls_preds, overlap_threshold=.3, negative_mining_ratio=3,
                                negative_mining_thresh=.3, variances=(0.1, 0.1, 0.2, 0.2))
print(bt2[2])

# detection
cls_probs = nd.softmax(cls_preds, axis=1)
box_preds = nd.random.normal(shape=(1, anchors.shape[1] * 4), scale=.1)
out = MultiBoxDetection(cls_probs, box_preds, anchors, force_suppress=True, clip=False)
print(out.shape)
print(out[0, :6])
out2 = nd.contrib.MultiBoxDetection(cls_probs, box_preds, anchors, nms_threshold=.45, threshold=.3)
print(out2[0, :6])

# losses used by the chapter
class FocalLoss(gluon.loss.Loss):
    def __init__(self, axis=-1, alpha=0.25, gamma=2, batch_axis=0, **kwargs):
        super(FocalLoss, self).__init__(None, batch_axis, **kwargs)
        self._axis = axis
        self._alpha = alpha
        self._gamma = gamma

    def hybrid_forward(self, F, output, label):
        output = F.softmax(output)
        pt = F.pick(output, label, axis=self._axis, keepdims=True)
        loss = -self._alpha * ((1 - pt) ** self._gamma) * F.log(pt)
        return F.mean(loss, axis=self._batch_axis, exclude=True)


class SmoothL1Loss(gluon.loss.Loss):
    def __init__(self, batch_axis=0, **kwargs):
        super(SmoothL1Loss, self).__init__(None, batch_axis, **kwargs)

    def hybrid_forward(self, F, output, label, mask):
        loss = F.smooth_l1((output - label) * mask, scalar=1.0)
        return F.mean(loss, self._batch_axis, exclude=True)


cls_loss = FocalLoss()
box_loss = SmoothL1Loss()
print(cls_loss)
print(cls_loss(cls_preds.transpose((0, 2, 1)), cls_target))
print(box_loss(box_preds, box_target, box_mask))
cls_metric = mx.metric.Accuracy()
box_metric = mx.metric.MAE()
cls_metric.update([cls_target], [cls_preds])
box_metric.update([box_target], [box_preds * box_mask])
print(cls_metric.get(), box_metric.get())
print(nd.contrib.box_nms(nd.array([[0, .9, .1, .1, .5, .5], [0, .8, .12, .1, .5, .5], [1, .7, .5, .5, .9, .9]]),
                         overlap_thresh=.5, coord_start=2, score_index=1, id_index=0))
print(nd.contrib.box_iou(nd.array([[0, 0, .5, .5]]), nd.array([[.1, .1, .5, .6], [.5, .5, 1, 1]])))
