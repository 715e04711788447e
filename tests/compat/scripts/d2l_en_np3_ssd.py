"""d2l-en SSD pieces: class/box predictors, flatten/concat of predictions, down-sampling blocks, a tiny SSD
built with setattr/getattr, multibox_prior per scale, multibox_target, the two losses and a Trainer step,
multibox_detection on the predictions, and ROI pooling."""
import os, random, struct, tempfile, zlib
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, image, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)


def cls_predictor(num_anchors, num_classes):
    return nn.Conv2D(num_anchors * (num_classes + 1), kernel_size=3, padding=1)


def bbox_predictor(num_anchors):
    return nn.Conv2D(num_anchors * 4, kernel_size=3, padding=1)


def forward(x, block):
    block.initialize()
    return block(x)


Y1 = forward(np.zeros((2, 8, 20, 20)), cls_predictor(5, 10))
Y2 = forward(np.zeros((2, 16, 10, 10)), cls_predictor(3, 10))
print(Y1.shape, Y2.shape)


def flatten_pred(pred):
    return npx.batch_flatten(pred.transpose(0, 2, 3, 1))


def concat_preds(preds):
    return np.concatenate([flatten_pred(p) for p in preds], axis=1)


print(concat_preds([Y1, Y2]).shape)


def down_sample_blk(num_channels):
    blk = nn.Sequential()
    for _ in range(2):
        blk.add(nn.Conv2D(num_channels, kernel_size=3, padding=1), nn.BatchNorm(in_channels=num_channels),
                nn.Activation('relu'))
    blk.add(nn.MaxPool2D(2))
    return blk


print(forward(np.zeros((2, 3, 20, 20)), down_sample_blk(10)).shape)


def base_net():
    blk = nn.Sequential()
    for num_filters in [4, 8]:
        blk.add(down_sample_blk(num_filters))
    return blk


print(forward(np.zeros((2, 3, 32, 32)), base_net()).shape)


def get_blk(i):
    if i == 0:
        blk = base_net()
    elif i == 4:
        blk = nn.GlobalMaxPool2D()
    else:
        blk = down_sample_blk(8)
    return blk


def blk_forward(X, blk, size, ratio, cls_predictor, bbox_predictor):
    Y = blk(X)
    anchors = npx.multibox_prior(Y, sizes=size, ratios=ratio)
    cls_preds = cls_predictor(Y)
    bbox_preds = bbox_predictor(Y)
    return (Y, anchors, cls_preds, bbox_preds)


sizes = [[0.2, 0.272], [0.37, 0.447], [0.54, 0.619], [0.71, 0.79], [0.88, 0.961]]
ratios = [[1, 2, 0.5]] * 5
num_anchors = len(sizes[0]) + len(ratios[0]) - 1


class TinySSD(nn.Block):
    def __init__(self, num_classes, **kwargs):
        super(TinySSD, self).__init__(**kwargs)
        self.num_classes = num_classes
        for i in range(5):
            setattr(self, f'blk_{i}', get_blk(i))
            setattr(self, f'cls_{i}', cls_predictor(num_anchors, num_classes))
            setattr(self, f'bbox_{i}', bbox_predictor(num_anchors))

    def forward(self, X):
        anchors, cls_preds, bbox_preds = [None] * 5, [None] * 5, [None] * 5
        for i in range(5):
            X, anchors[i], cls_preds[i], bbox_preds[i] = blk_forward(
                X, getattr(self, f'blk_{i}'), sizes[i], ratios[i],
                getattr(self, f'cls_{i}'), getattr(self, f'bbox_{i}'))
        anchors = np.concatenate(anchors, axis=1)
        cls_preds = concat_preds(cls_preds)
        cls_preds = cls_preds.reshape(cls_preds.shape[0], -1, self.num_classes + 1)
        bbox_preds = concat_preds(bbox_preds)
        return anchors, cls_preds, bbox_preds


net = TinySSD(num_classes=1)
net.initialize()
X = np.zeros((2, 3, 64, 64))
anchors, cls_preds, bbox_preds = net(X)
print('output anchors:', anchors.shape)
print('output class preds:', cls_preds.shape)
print('output bbox preds:', bbox_preds.shape)
print(net.blk_4, net.cls_4)
print(len(list(net.collect_params().keys())))


class Bananas(gluon.data.Dataset):
    """Images written as PNG files plus a label array, as the banana detection set is read."""
    def __init__(self, root, n):
        self.files, self.labels = [], []
        for i in range(n):
            pix = onp.random.randint(0, 256, size=(64, 64, 3)).astype(onp.uint8)
            path = os.path.join(root, '%d.png' % i)
            write_png(path, pix)
            self.files.append(path)
            x0, y0 = onp.random.randint(0, 30, size=2)
            self.labels.append([0, x0, y0, x0 + 20, y0 + 24])
        self.labels = np.expand_dims(np.array(self.labels), 1) / 64

    def __getitem__(self, idx):
        return (image.imread(self.files[idx]).transpose(2, 0, 1).astype('float32'), self.labels[idx])

    def __len__(self):
        return len(self.files)


def write_png(path, pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


ds = Bananas(tempfile.mkdtemp(), 4)
train_iter = gluon.data.DataLoader(ds, batch_size=2, shuffle=True)
batch = next(iter(train_iter))
print(batch[0].shape, batch[0].dtype, batch[1].shape, batch[1].dtype)
print(batch[1])

device = mx.cpu()
net = TinySSD(num_classes=1)
net.initialize(init=init.Xavier(), ctx=device)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.2, 'wd': 5e-4})
cls_loss = gluon.loss.SoftmaxCrossEntropyLoss()
bbox_loss = gluon.loss.L1Loss()


def calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks):
    cls = cls_loss(cls_preds, cls_labels)
    bbox = bbox_loss(bbox_preds * bbox_masks, bbox_labels * bbox_masks)
    return cls + bbox


def cls_eval(cls_preds, cls_labels):
    return float((cls_preds.argmax(axis=-1).astype(cls_labels.dtype) == cls_labels).sum())


def bbox_eval(bbox_preds, bbox_labels, bbox_masks):
    return float((np.abs((bbox_labels - bbox_preds) * bbox_masks)).sum())


for epoch in range(2):
    for features, target in train_iter:
        X = features.as_in_ctx(device)
        Y = target.as_in_ctx(device)
        with autograd.record():
            anchors, cls_preds, bbox_preds = net(X)
            bbox_labels, bbox_masks, cls_labels = npx.multibox_target(anchors, Y, cls_preds.transpose(0, 2, 1))
            l = calc_loss(cls_preds, cls_labels, bbox_preds, bbox_labels, bbox_masks)
        l.backward()
        trainer.step(X.shape[0])
        print(l.shape, cls_labels.dtype, bbox_masks.shape, int(bbox_masks.sum()), int((cls_labels > 0).sum()),
              '%.0f' % cls_eval(cls_preds, cls_labels), cls_labels.size)

X = image.imread(ds.files[0]).transpose(2, 0, 1).astype('float32')
X = np.expand_dims(X, 0)
anchors, cls_preds, bbox_preds = net(X.as_in_ctx(device))
cls_probs = npx.softmax(cls_preds).transpose(0, 2, 1)
output = npx.multibox_detection(cls_probs, bbox_preds, anchors)
idx = [i for i, row in enumerate(output[0]) if row[0] != -1]
print(output.shape, output.dtype, len(idx) <= output.shape[1], cls_probs.shape)

X = np.arange(16.).reshape(1, 1, 4, 4)
print(X)
rois = np.array([[0, 0, 0, 20, 20], [0, 0, 10, 30, 30]])
print(npx.roi_pooling(X, rois, pooled_size=(2, 2), spatial_scale=0.1))
print(npx.roi_pooling(X, rois, pooled_size=(3, 3), spatial_scale=0.1).shape)
with autograd.record():
    X.attach_grad()
    out = npx.roi_pooling(X, rois, pooled_size=(2, 2), spatial_scale=0.1)
out.backward()
print(X.grad)
