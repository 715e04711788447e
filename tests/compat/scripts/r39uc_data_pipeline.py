"""Gluon image pipelines (transforms, DataLoader with workers and batchify, rollover, samplers, random augmenters, mx.image helpers and CreateAugmenter) give MXNet values."""
# recorded on AVX2
import mxnet as mx, numpy as np, random
from mxnet import nd, gluon
from mxnet.gluon.data.vision import transforms as T
mx.random.seed(19); np.random.seed(19); random.seed(19)
imgs = [nd.array(np.random.RandomState(i).randint(0, 256, (10, 12, 3)), dtype='uint8') for i in range(6)]
labels = list(range(6))
ds = gluon.data.ArrayDataset(imgs, labels)
tf = T.Compose([T.Resize(8), T.CenterCrop((6, 6)), T.ToTensor(), T.Normalize((0.5, 0.4, 0.3), (0.2, 0.2, 0.2))])
print(tf(imgs[0]).shape, tf(imgs[0])[0, 0].asnumpy())
tds = ds.transform_first(tf)
def bf(samples):
    d, l = zip(*samples)
    return nd.stack(*d), nd.array(l)
for nw in [0, 2]:
    dl = gluon.data.DataLoader(tds, batch_size=4, shuffle=False, last_batch='keep', num_workers=nw, batchify_fn=bf if nw else None)
    for x, y in dl: print(nw, x.shape, x.dtype, y.asnumpy(), float(x.sum().asscalar()))
dl = gluon.data.DataLoader(ds, batch_size=4, last_batch='rollover', shuffle=True)
for e in range(2):
    print([y.asnumpy().tolist() for _, y in dl])
dl = gluon.data.DataLoader(ds, batch_sampler=gluon.data.BatchSampler(gluon.data.RandomSampler(6), 4, 'discard'))
print([y.asnumpy().tolist() for _, y in dl])
print(list(gluon.data.contrib.IntervalSampler(7, 3)) if hasattr(gluon.data, 'contrib') else list(gluon.contrib.data.IntervalSampler(7, 3)))
rtf = T.Compose([T.RandomResizedCrop(6, scale=(0.5, 1.0)), T.RandomFlipLeftRight(), T.RandomFlipTopBottom(), T.RandomBrightness(0.3), T.RandomContrast(0.3), T.RandomSaturation(0.3), T.RandomHue(0.1), T.RandomLighting(0.2), T.ToTensor()])
mx.random.seed(20); np.random.seed(20); random.seed(20)
print([round(float(rtf(im).sum().asscalar()), 3) for im in imgs])
mx.random.seed(21); np.random.seed(21); random.seed(21)
print([round(float(T.RandomColorJitter(0.2, 0.2, 0.2, 0.1)(im.astype('float32')).sum().asscalar()), 2) for im in imgs])
print(nd.image.to_tensor(imgs[1]).shape, nd.image.normalize(nd.image.to_tensor(imgs[1]), mean=(0.1,), std=(0.5,))[2, 0].asnumpy())
print(nd.image.resize(imgs[2], (5, 4)).asnumpy()[:, :, 0], nd.image.resize(imgs[2], 5, keep_ratio=True).shape)
print(nd.image.crop(imgs[2], 1, 2, 3, 4).asnumpy()[:, :, 1], nd.image.flip_left_right(imgs[3])[0, :, 0].asnumpy())
print(mx.image.imresize(imgs[4], 5, 7, interp=1).asnumpy()[:, :, 0])
print(mx.image.resize_short(imgs[4], 6).shape, mx.image.center_crop(imgs[4], (4, 4))[1], mx.image.fixed_crop(imgs[4], 1, 1, 3, 3).shape)
print(mx.image.color_normalize(imgs[5].astype('float32'), nd.array([100, 110, 120]), nd.array([50, 60, 70]))[0, 0].asnumpy())
random.seed(22); np.random.seed(22)
augs = mx.image.CreateAugmenter(data_shape=(3, 6, 6), resize=8, rand_crop=True, rand_mirror=True, mean=True, std=True, brightness=0.1, contrast=0.1, saturation=0.1, hue=0.1, pca_noise=0.1, rand_gray=0.2)
print([type(a).__name__ for a in augs])
out = imgs[0].astype('float32')
for a in augs: out = a(out)
print(out.shape, out.asnumpy()[0, 0])
print(mx.image.random_crop(imgs[1], (5, 5))[1], mx.image.random_size_crop(imgs[1], (5, 5), 0.5, (0.75, 1.33))[1])
