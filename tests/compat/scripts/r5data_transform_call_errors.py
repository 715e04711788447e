# A transform given a whole (image, label) sample by Dataset.transform fails as MXNet's does: the
# TypeError names the transform's own class.
import warnings

import mxnet as mx
from mxnet import nd
from mxnet.gluon.data import ArrayDataset
from mxnet.gluon.data.vision import transforms as T

warnings.simplefilter("ignore")
X = nd.ones((2, 2, 2, 3), dtype="uint8")
for t in [T.ToTensor(), T.Normalize(), T.Cast(), T.Resize(2), T.CenterCrop(1), T.RandomResizedCrop(1),
          T.RandomFlipLeftRight(), T.RandomBrightness(0.1), T.RandomContrast(0.1), T.RandomSaturation(0.1),
          T.RandomHue(0.1), T.Compose([T.ToTensor()]), T.Compose([T.CenterCrop(1), T.ToTensor()]),
          T.RandomApply(T.ToTensor(), 1), T.Rotate(10), T.RandomRotation((1, 2))]:
    for hybridize in [False, True]:
        if hybridize and hasattr(t, "hybridize"):
            t.hybridize()
        d = ArrayDataset(X, [1, 2]).transform(t)
        try:
            print(type(t).__name__, hybridize, type(d[0]).__name__)
        except Exception as e:
            print(type(t).__name__, hybridize, type(e).__name__, e)
