import mxnet as mx, numpy as np
img = mx.nd.array(np.arange(18).reshape(2, 3, 3) * 10, dtype="uint8")
mx.random.seed(0)
print([int(mx.nd.image.random_flip_left_right(img).asnumpy()[0, 0, 0] != 0) for _ in range(16)])
mx.random.seed(0)
T = mx.gluon.data.vision.transforms
print([int(T.RandomFlipLeftRight()(img).asnumpy()[0, 0, 0] != 0) for _ in range(16)])
mx.random.seed(0)
print([int(mx.nd.image.random_flip_top_bottom(img).asnumpy()[0, 0, 0] != 0) for _ in range(16)])
mx.random.seed(0)
print([float(mx.nd.image.random_brightness(img.astype('float32'), 0.5, 1.5).asnumpy()[0, 0, 1]) for _ in range(6)])

T = mx.gluon.data.vision.transforms
for shape in [(3, 6, 6), (2, 6, 6, 3), (6, 6, 4), (6, 6)]:
    for t in (T.RandomFlipLeftRight(), T.RandomBrightness(0.1), T.RandomLighting(0.1), T.RandomHue(0.1), T.RandomColorJitter(0.1, 0.1, 0.1, 0.1), T.RandomContrast(0.1), T.RandomSaturation(0.1), T.RandomFlipTopBottom()):
        try:
            print(shape, type(t).__name__, t(mx.nd.ones(shape)).shape)
        except Exception as e:
            print(shape, type(t).__name__, type(e).__name__)
