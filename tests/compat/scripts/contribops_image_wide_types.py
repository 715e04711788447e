"""nd.image operators on float16 and float64 images as MXNet's kernels round them: to_tensor of doubles,
normalize forward and backward (half steps, the double reciprocal), seeded contrast/saturation/colour jitter."""
import mxnet as mx
import numpy as np

rs = np.random.RandomState(11)
img = rs.uniform(0, 255, (4, 5, 3))
print("to_tensor", mx.nd.image.to_tensor(mx.nd.array(img, dtype="float64")).asnumpy().tolist())
for dt in ("float16", "float32", "float64"):
    x = mx.nd.array(rs.uniform(-1, 1, (3, 4, 4)), dtype=dt)
    x.attach_grad()
    mean, std = tuple(rs.uniform(0, 1, 3).tolist()), tuple(rs.uniform(0.1, 1, 3).tolist())
    with mx.autograd.record():
        y = mx.nd.image.normalize(x, mean=mean, std=std)
    y.backward(mx.nd.array(rs.uniform(-1, 1, (3, 4, 4)), dtype=dt))
    print("normalize", dt, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
x = mx.nd.array(img, dtype="float64")
for name, args in (("random_contrast", (0.5, 1.5)), ("random_saturation", (0.5, 1.5)),
                   ("random_color_jitter", (0.3, 0.3, 0.3, 0.0))):
    mx.random.seed(5)
    print(name, getattr(mx.nd.image, name)(x, *args).asnumpy().tolist())
for dt in ("float32", "float64", "uint8"):
    mx.random.seed(7)
    print("random_lighting", dt, mx.nd.image.random_lighting(mx.nd.array(img, dtype=dt), alpha_std=0.1).asnumpy().tolist())
for dt in ("uint8", "int8", "int32", "int64"):
    x = mx.nd.array(rs.randint(0, 400 if dt[0] != "u" and dt != "int8" else 120, (3, 4, 4)), dtype=dt)
    print("normalize", dt, mx.nd.image.normalize(x, mean=(0.1, 0.2, 100.3), std=(0.5, 0.6, 0.7)).asnumpy().tolist())
