"""Under npx.set_np(), transforms given a legacy NDArray refuse it as MXNet does: the first npx operator's words,
or the output check naming mxnet's class."""
import warnings

import mxnet as mx
from mxnet import npx
from mxnet.gluon.data.vision import transforms

warnings.simplefilter("ignore")
npx.set_np()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        print(label, "raised", type(e).__name__, str(e).split("\n")[0])


image = mx.nd.ones((8, 8, 3), dtype="uint8")
attempt("CropResize", lambda: transforms.CropResize(0, 0, 4, 4)(image).shape)
attempt("CenterCrop", lambda: transforms.CenterCrop(4)(image).shape)
compose = transforms.Compose([transforms.Resize(4), transforms.ToTensor()])
attempt("Compose", lambda: compose(image).shape)
compose.hybridize()
attempt("Compose hybridized", lambda: compose(image).shape)
chain = mx.gluon.nn.HybridSequential()
chain.add(transforms.ToTensor(), transforms.Normalize(0.5, 0.2))
attempt("HybridSequential", lambda: chain(image).shape)
chain.hybridize()
attempt("HybridSequential hybridized", lambda: chain(image).shape)
attempt("CropResize of mx.np", lambda: transforms.CropResize(0, 0, 4, 4)(image.as_np_ndarray()).shape)
