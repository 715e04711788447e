# advanced_img_io (mxnet-notebooks): every mx.image augmenter on a seeded image, their dumps(), imresize
# interpolations, copyMakeBorder, rotation, random_size_crop, ImageIter with named data/label and augmenters.
import random
import mxnet as mx
import numpy as np

random.seed(1)
np.random.seed(1)
mx.random.seed(1)
img = mx.nd.array(np.random.randint(0, 256, (9, 11, 3)), dtype='uint8')
f = img.astype('float32')


def show(name, out):
    a = out.asnumpy()
    print(name, out.shape, out.dtype.__name__ if hasattr(out.dtype, '__name__') else out.dtype,
          a.ravel()[:5].round(3), round(float(a.astype('float64').mean()), 3))


for interp in [0, 1, 2, 3, 4]:
    show('imresize%d' % interp, mx.image.imresize(img, 7, 5, interp=interp))
show('border', mx.image.copyMakeBorder(img, 1, 2, 3, 0, type=0, values=7))
show('border_reflect', mx.image.copyMakeBorder(img, 1, 1, 1, 1, type=2))
show('resize_short', mx.image.resize_short(img, 6, interp=2))
out, rect = mx.image.random_size_crop(img, (5, 5), 0.3, (0.75, 1.33))
print('random_size_crop', rect)
show('rsc', out)
show('imrotate', mx.image.imrotate(f.transpose((2, 0, 1)), 30))
show('imrotate_zoom', mx.image.imrotate(f.transpose((2, 0, 1)), -45, zoom_in=True))
show('random_rotate', mx.image.random_rotate(f.transpose((2, 0, 1)), (-20, 20)))
augs = [mx.image.ResizeAug(6), mx.image.ForceResizeAug((4, 6)), mx.image.RandomCropAug((5, 5)),
        mx.image.RandomSizedCropAug((5, 5), 0.5, (0.8, 1.2)), mx.image.CenterCropAug((4, 4)),
        mx.image.BrightnessJitterAug(0.4), mx.image.ContrastJitterAug(0.4), mx.image.SaturationJitterAug(0.4),
        mx.image.HueJitterAug(0.3), mx.image.ColorJitterAug(0.2, 0.2, 0.2),
        mx.image.LightingAug(0.1, np.array([55.46, 4.794, 1.148]),
                             np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140],
                                       [-0.5836, -0.6948, 0.4203]])),
        mx.image.ColorNormalizeAug(np.array([123.68, 116.28, 103.53]), np.array([58.395, 57.12, 57.375])),
        mx.image.RandomGrayAug(1.0), mx.image.HorizontalFlipAug(1.0), mx.image.CastAug('float16'),
        mx.image.RandomOrderAug([mx.image.BrightnessJitterAug(0.1), mx.image.ContrastJitterAug(0.1)]),
        mx.image.SequentialAug([mx.image.ResizeAug(5), mx.image.CenterCropAug((3, 3))])]
for aug in augs:
    show(type(aug).__name__, aug(f))
    print('  ', aug.dumps())
augs = mx.image.CreateAugmenter((3, 5, 5), resize=7, rand_crop=True, rand_resize=True, rand_mirror=True,
                                mean=True, std=True, brightness=0.1, contrast=0.1, saturation=0.1, hue=0.1,
                                pca_noise=0.1, rand_gray=0.1, inter_method=2)
print([a.dumps() if not isinstance(a, mx.image.RandomOrderAug) else 'order' for a in augs])
x = f
for a in augs:
    x = a(x)
show('chain', x)
