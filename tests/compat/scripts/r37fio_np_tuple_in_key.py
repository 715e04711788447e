"""mx.np reads a tuple inside a tuple key as positions (bools as 0 and 1), so detection augmenters crop mx.np labels as MXNet does."""
import random

import mxnet as mx
import numpy as np

mx.npx.set_np()
a = mx.np.array(np.arange(24, dtype="float32").reshape(2, 3, 4))
for key in [(slice(None), (0, 2)), (0, (1, 2)), ((0, 1), (1, 2)), (slice(None), (0,), slice(1, 3)), ((1,),),
            (Ellipsis, (0, 3)), (slice(None), (0, 2), (1, 3)), (slice(None), (True, False, True))]:
    b = a.copy()
    b[key] = -1
    x = a.copy()
    x.attach_grad()
    with mx.autograd.record():
        y = x[key] * 2
    y.backward()
    print(key, a[key].tolist(), b.sum().item(), x.grad.sum().item())
labels = mx.np.array([[0, 0.1, 0.2, 0.5, 0.6], [1, 0.3, 0.1, 0.9, 0.8]], dtype="float32")
image = mx.np.array(np.arange(23 * 31 * 3).reshape(23, 31, 3) % 251, dtype="uint8")
for area in ((0.1, 0.9), (0.3, 0.5)):
    random.seed(3)
    out, moved = mx.image.DetRandomCropAug(min_object_covered=0.1, area_range=area)(image, labels)
    print(area, type(out).__name__, out.shape, int(out.asnumpy().sum()), type(moved).__name__,
          np.round(moved.asnumpy() if hasattr(moved, "asnumpy") else moved, 4).tolist())
