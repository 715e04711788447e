"""npx.image: nd.image operators on mx.np arrays and mx.image's names."""
import mxnet as mx
from mxnet import np, npx
import numpy as onp
npx.set_np()
img = np.array(onp.arange(24).reshape(2, 4, 3), dtype='uint8')
for name, f in [('to_tensor', lambda: npx.image.to_tensor(img)),
                ('normalize', lambda: npx.image.normalize(npx.image.to_tensor(img), mean=(0.5, 0.4, 0.3), std=(0.2, 0.2, 0.2))),
                ('flip', lambda: npx.image.flip_left_right(img)),
                ('resize', lambda: npx.image.resize(img, (2, 1))),
                ('crop', lambda: npx.image.crop(img, 1, 0, 2, 2))]:
    r = f(); print(name, type(r).__name__, r.shape, r.dtype, onp.round(r.asnumpy().ravel()[:6].astype('float64'), 4).tolist())
print(npx.image.imresize is mx.image.imresize, callable(npx.image.CreateAugmenter))
try: npx.image.to_tensor(mx.nd.ones((2, 2, 3)))
except TypeError: print('TypeError')
