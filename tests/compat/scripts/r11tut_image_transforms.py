"""Gluon vision transforms as the image-augmentation tutorial runs them, and resize's refusal of a None interp."""
import random
import mxnet as mx
import numpy as np
from mxnet.gluon.data.vision import transforms as T

img = mx.nd.array(np.arange(6 * 8 * 3).reshape(6, 8, 3) % 251, dtype='uint8')


def show(name, t, x=img):
    mx.random.seed(5)
    np.random.seed(5)
    random.seed(5)
    try:
        a = t(x)
        print(name, a.shape, a.dtype, a.asnumpy().ravel()[:6].tolist(), float(a.astype('float32').sum().asscalar()))
    except mx.base.MXNetError as e:
        print(name, 'MXNetError', str(e).split('\n')[0].replace('MXNetError: ', ''))


show('resize', T.Resize(4))
show('resize_keep', T.Resize(4, keep_ratio=True))
show('centercrop', T.CenterCrop((3, 5)))
show('rrc', T.RandomResizedCrop(4))
show('rrc_kw', T.RandomResizedCrop((3, 5), scale=(0.5, 1), ratio=(1, 2), interpolation=0), img.astype('float32'))
show('crop', T.CropResize(1, 1, 4, 3))
show('crop_resize', T.CropResize(0, 0, 4, 4, size=(2, 2), interpolation=1))
show('crop_resize_no_interp', T.CropResize(0, 0, 4, 4, size=(2, 2)))
hybrid = T.CropResize(0, 0, 4, 4, size=(2, 2))
hybrid.hybridize()
show('crop_resize_no_interp_hybrid', hybrid)
for kw in [dict(size=(2, 2), interp=None), dict(size=(2, 2), interp='a'), dict(size=2, interp=1.5),
           dict(size=(2, 2), keep_ratio=None)]:
    show('nd.image.resize %s' % sorted(kw.items()), lambda x: mx.nd.image.resize(x, **kw))
show('nd.image.resize positional', lambda x: mx.nd.image.resize(x, 2, True, 0))
x = img.astype('float32')
chw = mx.nd.ones((3, 4, 4))
for name, f in [('normalize std=a', lambda: mx.nd.image.normalize(chw, std='a')),
                ('normalize mean=a', lambda: mx.nd.image.normalize(chw, mean='a', std=(1, 2, 3))),
                ('crop without height', lambda: mx.nd.image.crop(x, x=0, y=0, width=2)),
                ('random_brightness min_factor=None', lambda: mx.nd.image.random_brightness(x, min_factor=None, max_factor=1)),
                ('random_brightness max_factor=b', lambda: mx.nd.image.random_brightness(x, max_factor='b')),
                ('random_hue without max_factor', lambda: mx.nd.image.random_hue(x, min_factor=0.5)),
                ('random_color_jitter brightness=None', lambda: mx.nd.image.random_color_jitter(
                    x, brightness=None, contrast=0, saturation=0, hue=0)),
                ('random_color_jitter contrast=None', lambda: mx.nd.image.random_color_jitter(x, brightness=0, contrast=None)),
                ('random_lighting alpha_std=None', lambda: mx.nd.image.random_lighting(x, alpha_std=None)),
                ('random_lighting alpha_std=a', lambda: mx.nd.image.random_lighting(x, alpha_std='a')),
                ('adjust_lighting without alpha', lambda: mx.nd.image.adjust_lighting(x))]:
    show(name, lambda _: f())
