"""d2l-en object detection and image pipelines at their options: multibox_target mining/threshold/variances,
multibox_detection clip/threshold/background/NMS, roi_pooling and ROIAlign with boxes outside the map, multibox_prior
steps/offsets/clip, Conv2DTranspose output_padding/groups, transform options, DataLoader workers."""
import random, numpy as onp, mxnet as mx
from mxnet import np, npx, gluon, autograd, init
npx.set_np(); mx.random.seed(0); onp.random.seed(0); random.seed(0)
anchors = np.array([[[0, 0.1, 0.2, 0.3], [0.15, 0.2, 0.4, 0.4], [0.63, 0.05, 0.88, 0.98],
                    [0.66, 0.45, 0.8, 0.8], [0.57, 0.3, 0.92, 0.9], [0.1, 0.1, 0.5, 0.5]]])
gt = np.array([[[0, 0.1, 0.08, 0.52, 0.92], [1, 0.55, 0.2, 0.9, 0.88], [-1, -1, -1, -1, -1]]])
cls_preds = np.array(onp.random.randn(1, 3, 6).astype('float32'))
for kw in [dict(), dict(negative_mining_ratio=3), dict(negative_mining_ratio=1, negative_mining_thresh=0.3),
           dict(overlap_threshold=0.3, ignore_label=-2), dict(minimum_negative_samples=2, negative_mining_ratio=2),
           dict(variances=(0.1, 0.1, 0.2, 0.2))]:
    out = npx.multibox_target(anchors, gt, cls_preds, **kw)
    print(kw, [o.round(3).tolist() for o in out])
cls_probs = npx.softmax(np.array(onp.random.randn(1, 3, 6).astype('float32')), axis=1)
offs = np.array(onp.random.randn(1, 24).astype('float32') * 0.1)
for kw in [dict(), dict(clip=False), dict(threshold=0.3), dict(background_id=1), dict(nms_threshold=0.1, force_suppress=True),
           dict(nms_topk=3), dict(variances=(0.1, 0.1, 0.2, 0.2))]:
    print(kw, npx.multibox_detection(cls_probs, offs, anchors, **kw).round(3).tolist())
x = np.arange(48.).reshape(1, 3, 4, 4)
rois = np.array([[0, -5, -5, 50, 50], [0, 10, 10, 11, 11], [0, 25, 5, 38, 40]])
print(npx.roi_pooling(x, rois, pooled_size=(2, 3), spatial_scale=0.1).tolist())
print(mx.nd.contrib.ROIAlign(x.as_nd_ndarray(), rois.as_nd_ndarray(), pooled_size=(2, 2), spatial_scale=0.1).asnumpy().round(4).tolist())
print(npx.multibox_prior(np.zeros((1, 3, 2, 3)), sizes=[0.3, 0.6], ratios=[1, 4], steps=(0.4, 0.3), offsets=(0.1, 0.9), clip=True).round(4).tolist())
ct = gluon.nn.Conv2DTranspose(2, kernel_size=3, strides=2, padding=1, output_padding=1, dilation=1, groups=1, in_channels=2)
ct.initialize(init.Constant(0.5)); print(ct(np.ones((1, 2, 3, 3))).shape, ct(np.ones((1, 2, 3, 3)))[0, 0].tolist(), ct)
ct = gluon.nn.Conv2DTranspose(4, kernel_size=2, strides=2, groups=2, in_channels=2, use_bias=False)
ct.initialize(init.Constant(1)); print(ct(np.ones((1, 2, 2, 2))).shape, ct.weight.shape)
T = gluon.data.vision.transforms
img = np.array(onp.random.randint(0, 256, (10, 14, 3)), dtype='uint8')
print(T.Resize((7, 5))(img).shape, T.Resize(6, keep_ratio=True)(img).shape, T.Resize(6)(img).shape)
print(T.CenterCrop((20, 20))(img).shape, T.CenterCrop(4)(img).shape)
print(T.Normalize(0.5, 0.5)(T.ToTensor()(img))[0, 0, :3].tolist())
print(T.RandomResizedCrop(5, scale=(0.08, 1), ratio=(3 / 4, 4 / 3))(img).shape)
tt = T.ToTensor()(np.array(onp.random.randint(0, 256, (2, 4, 5, 3)), dtype='uint8')); print(tt.shape, tt.dtype)
print(T.Cast('float16')(img).dtype)
ds = gluon.data.ArrayDataset(np.arange(12.).reshape(6, 2), np.arange(6))
for workers in [0, 2]:
    dl = gluon.data.DataLoader(ds, batch_size=4, num_workers=workers, last_batch='keep')
    print([(type(a).__name__, a.shape, a.dtype, b.tolist()) for a, b in dl])
dl = gluon.data.DataLoader(ds.transform_first(lambda x: x * 2), batch_size=3, num_workers=2, thread_pool=True)
print([a.tolist() for a, b in dl])
print(npx.num_gpus(), npx.cpu(), npx.gpu(0), mx.context.num_gpus(), npx.current_context())
