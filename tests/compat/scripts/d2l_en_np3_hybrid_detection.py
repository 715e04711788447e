"""d2l-en detection and attention ops inside hybridized HybridBlocks: multibox_prior/target/detection, batch_dot,
sequence_mask, topk, roi_pooling, Conv2DTranspose+BatchNorm+LeakyReLU under autograd; export and SymbolBlock.imports."""
import warnings
warnings.simplefilter("ignore")
import os, tempfile, numpy as onp, mxnet as mx
from mxnet import np, npx, gluon, autograd, init
from mxnet.gluon import nn
npx.set_np(); mx.random.seed(0); onp.random.seed(0)

class Det(nn.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.conv = nn.Conv2D(4, 3, padding=1)
        self.cls = nn.Conv2D(3 * 2, 3, padding=1)
        self.box = nn.Conv2D(3 * 4, 3, padding=1)
    def hybrid_forward(self, F, x, labels):
        y = self.conv(x)
        anchors = F.npx.multibox_prior(y, sizes=[0.3, 0.5], ratios=[1, 2])
        cls_preds = F.npx.batch_flatten(F.np.transpose(self.cls(y), (0, 2, 3, 1))).reshape((-1, 48, 2))
        box_preds = F.npx.batch_flatten(F.np.transpose(self.box(y), (0, 2, 3, 1)))
        bbox_labels, bbox_masks, cls_labels = F.npx.multibox_target(anchors, labels, cls_preds.transpose(0, 2, 1))
        probs = F.npx.softmax(cls_preds).transpose(0, 2, 1)
        det = F.npx.multibox_detection(probs, box_preds, anchors, nms_threshold=0.5)
        return anchors, cls_labels, bbox_masks, det

net = Det(); net.initialize(init.Xavier())
x = np.random.uniform(size=(2, 3, 4, 4)); labels = np.array([[[0, 0.1, 0.1, 0.6, 0.7]], [[0, 0.3, 0.2, 0.9, 0.8]]])
a = net(x, labels)
net.hybridize()
b = net(x, labels)
for u, v in zip(a, b):
    print(u.shape, u.dtype, bool((u == v).all()), float(np.abs(u - v).max()))
d = tempfile.mkdtemp()
net.export(os.path.join(d, 'det'))
print(sorted(os.listdir(d)))
sb = gluon.SymbolBlock.imports(os.path.join(d, 'det-symbol.json'), ['data0', 'data1'], os.path.join(d, 'det-0000.params'))
c = sb(x, labels)
print(type(c).__name__, len(c), [bool((u == v).all()) for u, v in zip(a, c)])

class Att(nn.HybridBlock):
    def hybrid_forward(self, F, q, k, vl):
        s = F.npx.batch_dot(q, k, transpose_b=True)
        s = F.npx.sequence_mask(s.reshape((-1, 3)), vl, use_sequence_length=True, value=-1e6, axis=1).reshape((2, 2, 3))
        w = F.npx.softmax(s)
        return w, F.npx.topk(w, k=2, ret_typ='indices', axis=-1), F.npx.roi_pooling(q.reshape((1, 2, 2, 3)), vl.reshape((1, 4))[:, :1].repeat(5, axis=1) * 0, pooled_size=(1, 1), spatial_scale=1.0)
att = Att()
q = np.random.uniform(size=(2, 2, 3)); k = np.random.uniform(size=(2, 3, 3)); vl = np.array([1.0, 2, 3, 2])
r1 = att(q, k, vl); att.hybridize(); r2 = att(q, k, vl)
print([bool((u == v).all()) for u, v in zip(r1, r2)], r2[0].round(4).tolist(), r2[1].dtype, r2[2].tolist())
ct = nn.HybridSequential(); ct.add(nn.Conv2DTranspose(2, 4, 2, 1), nn.BatchNorm(), nn.LeakyReLU(0.2)); ct.initialize()
z = np.random.normal(size=(1, 3, 2, 2))
with autograd.record():
    o1 = ct(z)
ct.hybridize()
with autograd.record():
    o2 = ct(z)
o2.backward()
print(o1.shape, float(np.abs(o1 - o2).max()), ct[1].running_mean.data().round(4).tolist(), ct[0].weight.grad().shape)
