# gluon.data.vision.transforms: reprs and outputs on small fixed images.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


def show(label, x):
    a = x.asnumpy().astype(np.float64)
    print(label, x.shape, np.dtype(x.dtype).name, round(float(a.sum()), 3) + 0.0, np.round(a.ravel()[:6], 4).tolist())


img = nd.array(np.arange(6 * 8 * 3).reshape(6, 8, 3) % 256, dtype="uint8")
ts = [T.ToTensor(), T.Normalize(0.5, 0.25), T.Normalize((0.1, 0.2, 0.3), (0.5, 0.6, 0.7)),
      T.Resize(4), T.Resize((5, 3)), T.Resize(4, keep_ratio=True), T.Resize((4, 4), interpolation=0),
      T.CenterCrop(4), T.CenterCrop((3, 5)), T.Cast(), T.Cast("int32"),
      T.RandomResizedCrop(4), T.RandomFlipLeftRight(), T.RandomFlipTopBottom(),
      T.RandomBrightness(0.1), T.RandomContrast(0.2), T.RandomSaturation(0.3), T.RandomHue(0.1),
      T.RandomColorJitter(0.1, 0.2, 0.3, 0.05), T.RandomLighting(0.1),
      T.Compose([T.Resize(4), T.ToTensor()]), T.Compose([T.ToTensor(), T.Normalize(0, 1)]),
      T.Compose([T.Cast(), T.Resize(3), T.CenterCrop(2)]),
      T.RandomResizedCrop((4, 3), scale=(0.5, 1.0), ratio=(0.5, 2.0), interpolation=2)]
for t in ts:
    print(t)
for t in [T.ToTensor(), T.Resize(4), T.Resize((5, 3)), T.Resize(4, keep_ratio=True), T.Resize(3, interpolation=0),
          T.CenterCrop(4), T.CenterCrop((3, 5)), T.Cast(), T.Cast("int32"),
          T.Compose([T.Resize(4), T.ToTensor(), T.Normalize((0.1, 0.2, 0.3), (0.5, 0.6, 0.7))])]:
    show(type(t).__name__, t(img))
f = img.astype("float32")
show("ToTensor float", T.ToTensor()(f))
show("Normalize", T.Normalize(0.5, 0.25)(T.ToTensor()(img)))
batch = nd.stack(img, img)
show("ToTensor batch", T.ToTensor()(batch))
show("Resize batch", T.Resize(3)(batch))
attempt("Normalize on HWC uint8", lambda: T.Normalize(0.5, 0.25)(img).shape)
attempt("Normalize wrong channels", lambda: T.Normalize((1, 2), (1, 2))(T.ToTensor()(img)).shape)
attempt("CenterCrop too big", lambda: T.CenterCrop(10)(img).shape)
attempt("Resize 2D", lambda: T.Resize(3)(nd.ones((4, 4))).shape)
mx.random.seed(3)
np.random.seed(3)
for t in [T.RandomFlipLeftRight(), T.RandomFlipTopBottom()]:
    outs = [t(img).asnumpy()[0, :, 0].tolist() for _ in range(4)]
    print(type(t).__name__, outs)
fimg = T.ToTensor()(img)
for t in [T.RandomBrightness(0.3), T.RandomContrast(0.3), T.RandomSaturation(0.3), T.RandomHue(0.2),
          T.RandomColorJitter(0.2, 0.2, 0.2, 0.1), T.RandomLighting(0.5)]:
    mx.random.seed(12)
    np.random.seed(12)
    show(type(t).__name__, t(img.astype("float32")))
mx.random.seed(4)
np.random.seed(4)
import random
random.seed(4)
show("RandomResizedCrop", T.RandomResizedCrop(4)(img))
show("RandomResizedCrop2", T.RandomResizedCrop((3, 2), scale=(0.3, 0.6))(img))
