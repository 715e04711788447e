"""``mx.contrib``: contrib operators, the legacy autograd API, DataLoaderIter, text, tensorboard, onnx, quantization
(automatic mixed precision, ``mx.contrib.amp``, is imported on request, as MXNet's)."""
from . import ndarray, symbol
from . import ndarray as nd, symbol as sym
from . import autograd, io, text, tensorboard, onnx, quantization
from . import quantization as quant

__all__ = ["ndarray", "nd", "symbol", "sym", "autograd", "io", "text", "tensorboard", "onnx", "quantization", "quant"]
