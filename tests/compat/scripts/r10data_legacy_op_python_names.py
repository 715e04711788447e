"""Legacy operators (nd.image, nd.contrib, nd.linalg, transforms) refusing mx.np arrays name their Python function."""
import mxnet as mx
from mxnet.gluon.data.vision import transforms

a = mx.np.ones((2, 3, 3))
m = mx.np.ones((2, 2))
calls = [
    lambda: mx.nd.image.crop(a, 0, 0, 1, 1),
    lambda: mx.nd.image.to_tensor(a),
    lambda: mx.nd.image.normalize(a, 0.5, 0.5),
    lambda: mx.nd.image.resize(a),
    lambda: mx.nd.image.flip_left_right(a),
    lambda: mx.nd.image.random_flip_left_right(a),
    lambda: mx.nd.linalg.gemm2(m, m),
    lambda: mx.nd.linalg.potrf(m),
    lambda: mx.nd.contrib.box_nms(a),
    lambda: mx.nd.contrib.quadratic(m),
    lambda: mx.nd.contrib.arange_like(m),
    lambda: mx.nd.contrib.boolean_mask(m, m),
    lambda: mx.nd._internal._plus_scalar(m, scalar=1),
    lambda: mx.nd.relu(m),
    lambda: mx.nd._internal._random_uniform(low=0, high=1, shape=(2, 2), out=m),
    lambda: transforms.CropResize(0, 0, 1, 1)(mx.np.ones((2, 2, 3))),
    lambda: transforms.ToTensor()(mx.np.ones((2, 2, 3))),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", str(e)[:110])
