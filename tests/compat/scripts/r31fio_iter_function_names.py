"""The built-in iterator functions (CSVIter, ImageRecordIter, ...) carry MXNet's names: each its own __name__, the registering closure's __qualname__ (seen in a bad call's TypeError), mxnet.io.io as module."""
# recorded on AVX2
import mxnet as mx

module = mx.io.io.__name__
for name in ["CSVIter", "LibSVMIter", "MNISTIter", "ImageRecordIter", "ImageRecordIter_v1", "ImageDetRecordIter",
             "ImageRecordUInt8Iter", "ImageRecordInt8Iter", "ImageRecordUInt8Iter_v1"]:
    f = getattr(mx.io, name)
    print(name, f.__name__, f.__qualname__, f.__module__ == module, getattr(mx.io.io, name) is f, type(f).__name__)
    try:
        f(batch_size=2, **{"batch_size": 3})
    except TypeError as e:
        print("  TypeError", str(e).replace(module, "MODULE"))
