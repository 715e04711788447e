"""image.crop (and transforms.CropResize) given images of 2 or 4 channels: MXNet's two channel checks, one for
3-D (h, w, c) images and one for 4-D batches, each at its own source line."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon.data.vision import transforms as T


def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, " | ".join(line for line in str(e).splitlines()[1:3]))


for shape in [(4, 8, 4), (4, 8, 2), (2, 4, 8, 2), (1, 4, 8, 4)]:
    show(lambda: T.CropResize(0, 1, 2, 3)(mx.nd.ones(shape)))
    show(lambda: mx.nd.image.crop(mx.nd.ones(shape), 0, 1, 2, 3))
