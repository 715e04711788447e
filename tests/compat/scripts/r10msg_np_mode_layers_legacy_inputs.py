"""Under npx.set_np() gluon layers and transforms given legacy NDArrays fail with their first npx operator's refusal."""
import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.data.vision import transforms

nd = mx.nd


def show(label, fn):
    try:
        r = fn()
        print(label, "ran", type(r).__name__, r.shape)
    except Exception as e:      # noqa: BLE001  (the exception is the output)
        print(label, type(e).__name__, str(e).split("\n")[0].replace("mxnet.", "").replace("distnet.", ""))


for name in ["to_tensor", "normalize", "resize", "crop", "flip_left_right", "random_flip_left_right",
             "random_brightness", "adjust_lighting"]:
    args = {"normalize": (0.5, 0.5), "resize": (2,), "crop": (0, 0, 2, 2), "random_brightness": (0.1, 0.2),
            "adjust_lighting": ((0.1, 0.1, 0.1),)}.get(name, ())
    show(f"npx.image.{name}", lambda: getattr(mx.npx.image, name)(nd.ones((4, 4, 3), dtype="uint8"), *args))
mx.npx.set_np()
image, chw = nd.ones((4, 4, 3), dtype="uint8"), nd.ones((3, 4, 4))
for t, x in [(transforms.ToTensor(), image), (transforms.Normalize(0.5, 0.5), chw), (transforms.Resize(2), image),
             (transforms.RandomFlipLeftRight(), image), (transforms.RandomFlipTopBottom(), image),
             (transforms.RandomBrightness(0.1), image), (transforms.RandomContrast(0.1), image),
             (transforms.RandomSaturation(0.1), image), (transforms.RandomHue(0.1), image),
             (transforms.RandomColorJitter(0.1), image), (transforms.RandomLighting(0.1), image),
             (transforms.Cast(), image), (transforms.CenterCrop(2), image)]:
    show(type(t).__name__, lambda: t(x))
    show(type(t).__name__ + " (mx.np)", lambda: t(x.as_np_ndarray()))
for block, x in [(nn.Dense(2), nd.ones((2, 3))), (nn.Dense(2, in_units=3), nd.ones((2, 3))),
                 (nn.Conv2D(2, 1), nd.ones((1, 1, 3, 3))), (nn.Activation("relu"), nd.ones((2,))),
                 (nn.BatchNorm(), nd.ones((2, 3))), (nn.Embedding(4, 2), nd.ones((2,))),
                 (nn.Dropout(0.5), nd.ones((2,))), (nn.Flatten(), nd.ones((2, 3))), (nn.LayerNorm(), nd.ones((2, 3))),
                 (nn.MaxPool2D(), nd.ones((1, 1, 4, 4))),
                 (nn.LeakyReLU(0.1), nd.ones((2,)))]:
    block.initialize()
    show(type(block).__name__, lambda: block(x))
