"""d2l-zh image augmentation: gluon vision transforms and mx.image augmenters on a synthetic image."""
import random

import numpy as np

import mxnet as mx
from mxnet import gluon, image, nd
from mxnet.gluon.data.vision import transforms

mx.random.seed(7)
np.random.seed(7)
random.seed(7)

rs = np.random.RandomState(0)
img = nd.array(rs.randint(0, 256, size=(24, 32, 3)), dtype='uint8')
print(img.shape, img.dtype, img[0, :3])


def show(tag, out):
    a = out.asnumpy().astype(np.float64)
    print(tag, out.shape, out.dtype, round(float(a.sum()), 3), a.reshape(-1)[:5].round(4).tolist())


def apply(aug, n=3):
    for i in range(n):
        show(type(aug).__name__ + str(i), aug(img))


apply(transforms.RandomFlipLeftRight())
apply(transforms.RandomFlipTopBottom())
apply(transforms.RandomResizedCrop((20, 16), scale=(0.1, 1), ratio=(0.5, 2)))
apply(transforms.RandomBrightness(0.5))
apply(transforms.RandomContrast(0.5))
apply(transforms.RandomSaturation(0.5))
apply(transforms.RandomHue(0.5))
apply(transforms.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5))
apply(transforms.RandomLighting(0.1))
augs = transforms.Compose([transforms.RandomFlipLeftRight(), transforms.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5),
                           transforms.RandomResizedCrop(16, scale=(0.5, 1), ratio=(0.5, 2))])
apply(augs)
print(augs)
show('Resize', transforms.Resize(40)(img))
show('CenterCrop', transforms.CenterCrop(16)(img))
show('ToTensor', transforms.ToTensor()(img))
norm = transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])
show('Normalize', norm(transforms.ToTensor()(img)))

# mx.image augmenters (the older image API)
for aug in [image.HorizontalFlipAug(0.5), image.BrightnessJitterAug(0.5), image.ContrastJitterAug(0.5),
            image.SaturationJitterAug(0.5), image.HueJitterAug(0.5), image.ColorJitterAug(0.3, 0.3, 0.3),
            image.RandomSizedCropAug((16, 16), 0.3, (0.5, 2)), image.CenterCropAug((16, 12)),
            image.ResizeAug(20), image.ForceResizeAug((10, 8)), image.LightingAug(0.1, np.array([55.46, 4.794, 1.148]),
                                                                                   np.array([[-0.5675, 0.7192, 0.4009],
                                                                                             [-0.5808, -0.0045, -0.8140],
                                                                                             [-0.5836, -0.6948, 0.4203]]))]:
    show(type(aug).__name__, aug(img.astype('float32')))
augl = image.CreateAugmenter(data_shape=(3, 16, 16), rand_crop=True, rand_mirror=True, brightness=0.1, mean=True, std=True)
print([type(a).__name__ for a in augl])
x = img.astype('float32')
for a in augl:
    x = a(x)
show('CreateAugmenter', x)
print(image.HorizontalFlipAug(0.5).dumps())

# dataset pipeline with transform_first and a DataLoader
X = nd.array(rs.randint(0, 256, size=(6, 12, 12, 3)), dtype='uint8')
Y = nd.array(np.arange(6) % 3)
ds = gluon.data.ArrayDataset(X, Y)
train_augs = transforms.Compose([transforms.RandomFlipLeftRight(), transforms.ToTensor()])
loader = gluon.data.DataLoader(ds.transform_first(train_augs), batch_size=4, shuffle=True)
for data, label in loader:
    show('batch', data)
    print(label, label.dtype)
test_loader = gluon.data.DataLoader(ds.transform_first(transforms.ToTensor()), batch_size=4, last_batch='discard')
print([d.shape for d, _ in test_loader])
sample = ds.transform_first(train_augs)[2]
print(type(sample), sample[0].shape, sample[1])
