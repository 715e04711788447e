"""MultiBoxTarget never writes its anchors' gradient, yet MultiBoxPrior's backward still adds zeros into its data's gradient sum, so a tiny SSD's feature map sums its heads' gradients in MXNet's non-oneDNN order."""
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(11)
labels = np.array([[[0, 0.1, 0.1, 0.5, 0.6], [-1, -1, -1, -1, -1]],
                   [[0, 0.3, 0.2, 0.9, 0.8], [0, 0.05, 0.5, 0.3, 0.95]]])


class TinyDetector(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.body = nn.Conv2D(16, 3, padding=1)
        self.cls_head = nn.Conv2D(16, 3, padding=1)
        self.box_head = nn.Conv2D(32, 3, padding=1)
        self.next_stage = nn.Conv2D(16, 3, padding=1)

    def forward(self, x):
        feat = self.body(x)
        anchors = npx.multibox_prior(feat, sizes=[0.2, 0.3, 0.4, 0.5], ratios=[1, 2, 0.5, 3, 0.25])
        cls_preds = self.cls_head(feat).transpose(0, 2, 3, 1).reshape(x.shape[0], -1, 2)
        box_preds = npx.batch_flatten(self.box_head(feat).transpose(0, 2, 3, 1))
        extra = npx.batch_flatten(self.next_stage(feat))
        return anchors, cls_preds, box_preds, extra


net = TinyDetector()
net.initialize(mx.init.Xavier())
x = np.random.uniform(size=(2, 4, 8, 8))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
cls_loss = gluon.loss.SoftmaxCrossEntropyLoss()
box_loss = gluon.loss.L1Loss()
for step in range(3):
    x.attach_grad()
    with autograd.record():
        anchors, cls_preds, box_preds, extra = net(x)
        box_labels, box_masks, cls_labels = npx.multibox_target(anchors, labels, cls_preds.transpose(0, 2, 1))
        loss = cls_loss(cls_preds, cls_labels) + box_loss(box_preds * box_masks, box_labels * box_masks) \
            + (extra ** 2).mean(axis=1)
    loss.backward()
    trainer.step(2)
    print(step, loss)
    print(x.grad[0, 0, :2])
    print(net.body.weight.grad()[0, 0])
