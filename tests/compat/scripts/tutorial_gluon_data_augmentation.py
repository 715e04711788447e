import random
import numpy as np
import mxnet as mx
from mxnet.gluon.data.vision import transforms
mx.random.seed(123)
random.seed(123)
np.random.seed(123)

# synthetic stand-in for the giraffe photo: a 24x32 uint8 HWC image
rs = np.random.RandomState(7)
example_image = mx.nd.array(rs.randint(0, 256, (24, 32, 3)), dtype='uint8')
print(example_image.shape, example_image.dtype)

def apply(img, aug, num_rows=2, num_cols=4, scale=3):
    Y = [aug(img) for _ in range(num_rows * num_cols)]
    for y in Y:
        a = y.asnumpy().astype('float64')
        print(' ', y.shape, y.dtype, a.sum().round(2), a[0, 0].round(3).tolist(), a[-1, -1].round(3).tolist())

print('RandomResizedCrop')
shape_aug = transforms.RandomResizedCrop(size=(20, 20), scale=(0.1, 1), ratio=(0.5, 2))
apply(example_image, shape_aug)
print('RandomFlipLeftRight')
apply(example_image, transforms.RandomFlipLeftRight())
print('RandomFlipTopBottom')
apply(example_image, transforms.RandomFlipTopBottom())
fimg = example_image.astype('float32')
print('RandomBrightness')
apply(fimg, transforms.RandomBrightness(0.5))
print('RandomContrast')
apply(fimg, transforms.RandomContrast(0.5))
print('RandomSaturation')
apply(fimg, transforms.RandomSaturation(0.5))
print('RandomHue')
apply(fimg, transforms.RandomHue(0.5))
color_aug = transforms.RandomColorJitter(brightness=0.5, contrast=0.5, saturation=0.5, hue=0.5)
print('RandomColorJitter')
apply(fimg, color_aug)
print('RandomLighting')
apply(fimg, transforms.RandomLighting(alpha=1))
augs = transforms.Compose([transforms.RandomFlipLeftRight(), color_aug, shape_aug])
print('Compose')
apply(fimg, augs)
print(augs)
print('Deterministic')
for t in [transforms.CenterCrop(16), transforms.Resize(12), transforms.Resize((10, 14), keep_ratio=True), transforms.ToTensor(), transforms.Cast('float16')]:
    y = t(example_image)
    print(' ', type(t).__name__, y.shape, y.dtype, y.asnumpy().astype('float64').sum().round(3))
