# nd.image operators have no kernel for bool images (resize excepted): the error comes when the result is
# read. transforms.Compose marks the end of the list it is given by appending None to it.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

img = nd.ones((2, 2, 3), dtype="bool")
chw = nd.ones((3, 2, 2), dtype="bool")
calls = [
    ("to_tensor", lambda: nd.image.to_tensor(img)),
    ("normalize", lambda: nd.image.normalize(chw, mean=(0, 0, 0), std=(1, 1, 1))),
    ("flip_left_right", lambda: nd.image.flip_left_right(img)),
    ("flip_top_bottom", lambda: nd.image.flip_top_bottom(img)),
    ("random_flip_left_right", lambda: nd.image.random_flip_left_right(img)),
    ("random_flip_top_bottom", lambda: nd.image.random_flip_top_bottom(img)),
    ("crop", lambda: nd.image.crop(img, 0, 0, 1, 1)),
    ("adjust_lighting", lambda: nd.image.adjust_lighting(img, alpha=(0.1, 0.1, 0.1))),
    ("random_lighting", lambda: nd.image.random_lighting(img)),
    ("random_brightness", lambda: nd.image.random_brightness(img, 0.5, 1.5)),
    ("random_contrast", lambda: nd.image.random_contrast(img, 0.5, 1.5)),
    ("random_saturation", lambda: nd.image.random_saturation(img, 0.5, 1.5)),
    ("random_hue", lambda: nd.image.random_hue(img, 0.5, 1.5)),
    ("random_color_jitter", lambda: nd.image.random_color_jitter(img, 0.1, 0.1, 0.1, 0.1)),
    ("ToTensor", lambda: T.ToTensor()(img)),
    ("Normalize", lambda: T.Normalize(0.5, 0.5)(chw)),
]
for name, fn in calls:
    try:
        y = fn()
        print(name, y.dtype.__name__, y.shape, y.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(name, "MXNetError")

augs = [T.Resize(2), T.ToTensor()]
c = T.Compose(augs)
print(len(augs), augs[-1], [type(b).__name__ for b in c._children.values()])
c2 = T.Compose(augs)
print(len(augs), [type(b).__name__ for b in c2._children.values()])
print(c2(nd.ones((4, 4, 3), dtype="uint8")).shape)
try:
    T.Compose((T.ToTensor(),))
except AttributeError as e:
    print("tuple", type(e).__name__)
