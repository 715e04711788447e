"""nd.image.crop and CropResize with a window starting left of or above the image read MXNet's memory walk (rows above, images before), forward and backward."""
# recorded on AVX2
import mxnet as mx
from mxnet.gluon.data.vision import transforms

x = mx.nd.arange(1, 61).reshape((4, 5, 3))
for cx, cy, w, h in [(-1, 1, 2, 2), (-2, 2, 3, 2), (-1, 3, 1, 1), (-5, 2, 6, 2), (0, 1, 5, 3)]:
    out = mx.nd.image.crop(x, cx, cy, w, h)
    print((cx, cy, w, h), out.shape, out.dtype.__name__, out.asnumpy()[..., 0].tolist())

batch = mx.nd.arange(1, 121).reshape((2, 4, 5, 3)).astype('uint8')
print(mx.nd.image.crop(batch, -1, 1, 2, 2).asnumpy()[..., 1].tolist())
print(mx.nd.image.crop(batch, -1, -1, 2, 2).asnumpy()[1, ..., 2].tolist())

x.attach_grad()
with mx.autograd.record():
    y = mx.nd.image.crop(x, -1, 1, 2, 2)
y.backward(mx.nd.arange(1, 13).reshape((2, 2, 3)))
print(x.grad.asnumpy()[..., 0].tolist())
print(x.grad.asnumpy()[..., 2].tolist())

img = mx.nd.arange(0, 105).reshape((5, 7, 3)).astype('uint8')
for hybrid in (False, True):
    t = transforms.CropResize(-2, 1, 4, 3, size=(2, 2), interpolation=1)
    if hybrid:
        t.hybridize()
    print(hybrid, t(img).asnumpy()[..., 0].tolist())
print(transforms.CropResize(-1, 2, 3, 2)(img).asnumpy()[..., 1].tolist())
