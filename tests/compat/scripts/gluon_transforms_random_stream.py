import mxnet as mx
import numpy as np
from mxnet.gluon.data.vision import transforms as T

np.random.seed(3)
img = mx.nd.array(np.random.uniform(0, 255, (8, 8, 3)).astype('float32'))
pipelines = [
    [T.RandomBrightness(0.5), lambda x: mx.nd.image.random_hue(x, 0.5, 1.5)],
    [T.RandomBrightness(0.5), T.RandomContrast(0.5), T.RandomSaturation(0.5), T.RandomHue(0.5), T.RandomLighting(0.5),
     T.RandomHue(0.5)],
    [lambda x: mx.nd.random.uniform(shape=2), T.RandomHue(0.5), lambda x: mx.nd.random.normal(shape=3),
     T.RandomBrightness(0.3)],
    [T.RandomColorJitter(0.1, 0.2, 0.3, 0.4), T.RandomLighting(0.3), T.RandomColorJitter(brightness=0.4)],
]
for steps in pipelines:
    mx.random.seed(11)
    print([round(float(f(img).sum().asscalar()), 2) for f in steps])
mx.random.seed(5)
print(T.RandomHue(0.3)(img)[2].asnumpy().round(3).tolist())
print(mx.nd.image.random_color_jitter(img, 0.1, 0.1, 0.1, 0.1).shape)
