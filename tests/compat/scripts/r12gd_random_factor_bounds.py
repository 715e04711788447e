"""The random brightness/contrast/saturation/hue operators refuse a negative factor in MXNet's parameter-bound words (max_factor checked first), from nd.image, a transform, a hybridized one and a Symbol."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

x = nd.ones((2, 2, 3), dtype='uint8')


def show(f):
    try:
        r = f()
        print("OK", r.shape)
    except mx.base.MXNetError as e:
        print("MXNetError", [line for line in str(e).split("\n") if "Parameter" in line][0].replace("MXNetError: ", ""))


for name in ["random_brightness", "random_contrast", "random_saturation", "random_hue"]:
    for low, high in [(-1, 2), (2, -1), (-1, -2), (-0.5, 0.5), (3, 1)]:
        show(lambda: getattr(nd.image, name)(x, low, high))
for t in [T.RandomBrightness(-2), T.RandomContrast(-1.5), T.RandomSaturation(-3), T.RandomHue(3), T.RandomHue(-0.25)]:
    show(lambda: t(x))
    t.hybridize()
    show(lambda: t(x))
show(lambda: mx.sym.image.random_brightness(mx.sym.var('x'), -1, 2))
show(lambda: mx.sym.image.random_hue(mx.sym.var('x'), 1, -2).infer_shape(x=(2, 2, 3))[1][0])
