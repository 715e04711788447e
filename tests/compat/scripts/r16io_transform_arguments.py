"""Vision transforms built with the arguments their constructors take, and refused (TypeError) with ones they do
not: the option-free transforms take no argument at all, not even a prefix."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data.vision import transforms as T
from _words import words


def attempt(label, fn):
    try:
        t = fn()
        out = t(nd.array([[[10, 20, 30], [40, 50, 60]]], dtype="uint8"))
        print(label, "->", type(t).__name__, out.shape, out.dtype.__name__)
    except Exception as e:
        print(label, "->", words(e))


attempt("ToTensor()", lambda: T.ToTensor())
attempt("ToTensor(1.0)", lambda: T.ToTensor(1.0))
attempt("ToTensor(prefix)", lambda: T.ToTensor(prefix="t_"))
attempt("RandomFlipLeftRight(0.5)", lambda: T.RandomFlipLeftRight(0.5))
attempt("RandomFlipLeftRight(p=1)", lambda: T.RandomFlipLeftRight(p=1))
attempt("RandomFlipTopBottom(1)", lambda: T.RandomFlipTopBottom(1))
attempt("RandomFlipTopBottom(params)", lambda: T.RandomFlipTopBottom(params=None))
attempt("Cast(int32)", lambda: T.Cast("int32"))
attempt("Cast(int32, x)", lambda: T.Cast("int32", 1))
attempt("Cast(prefix)", lambda: T.Cast(prefix="c_"))
attempt("Normalize(1, 2, 3)", lambda: T.Normalize(1, 2, 3))
attempt("Resize(2, True, 1, 0)", lambda: T.Resize(2, True, 1, 0))
attempt("CenterCrop(2, 1, 0)", lambda: T.CenterCrop(2, 1, 0))
attempt("RandomBrightness()", lambda: T.RandomBrightness())
attempt("RandomBrightness(0.1, 0.2)", lambda: T.RandomBrightness(0.1, 0.2))
attempt("RandomLighting()", lambda: T.RandomLighting())
attempt("RandomColorJitter(brightness=0, bogus=1)", lambda: T.RandomColorJitter(brightness=0, bogus=1))
attempt("Compose()", lambda: T.Compose())
attempt("Compose([], 1)", lambda: T.Compose([], 1))
for cls in ["ToTensor", "RandomFlipLeftRight", "RandomFlipTopBottom", "Cast"]:
    print(cls, "name", getattr(T, cls)().name[:len(cls)])
