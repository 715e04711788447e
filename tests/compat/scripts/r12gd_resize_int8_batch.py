"""nd.image.resize and transforms.Resize resize an int8 N x H x W x C batch with any interpolation, image by image as image.imresize does (as MXNet's batch loop does)."""
import hashlib
import mxnet as mx
import numpy as np
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T

x = nd.array((np.arange(2 * 4 * 5 * 3) * 37 % 256).reshape(2, 4, 5, 3).astype(np.int8), dtype='int8')
for interp in range(5):
    for size in [(3, 2), (7, 9)]:
        r = nd.image.resize(x, size, interp=interp)
        per_image = np.stack([mx.image.imresize(x[i], *size, interp=interp).asnumpy() for i in range(2)])
        print(interp, size, r.dtype, r.shape, np.array_equal(r.asnumpy(), per_image), hashlib.md5(r.asnumpy().tobytes()).hexdigest()[:12])
print(T.Resize(3)(x).asnumpy()[0, 0].tolist())
print(T.Resize((2, 3), keep_ratio=True, interpolation=2)(x).asnumpy()[1, :, 0].tolist())
