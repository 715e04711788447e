"""mx.contrib has no amp attribute until mxnet.contrib.amp is imported, as MXNet imports it only on request."""
import mxnet as mx

print("amp" in dir(mx.contrib))
try:
    print(mx.contrib.amp)
except AttributeError as e:
    print("AttributeError:", e)
from mxnet.contrib import amp  # noqa: E402

print("amp" in dir(mx.contrib), amp is mx.contrib.amp, sorted(n for n in dir(amp) if not n.startswith("_"))[:8])
