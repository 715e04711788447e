"""The public names of mx.np.linalg and mx.np.random are MXNet's: helpers they import stay private, and mx.np
holds none of its modules' imports (inspect, weakref) or bookkeeping."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

for space, module in (("np.linalg", np.linalg), ("np.random", np.random)):
    print(space, [n for n in dir(module) if not n.startswith("_")])
print("np", [n for n in ("inspect", "weakref", "AVERAGE_NODES", "located", "message_of", "OPS", "functools")
             if hasattr(np, n)])
for name in ("inspect", "OPS", "located"):
    for space, module in (("np", np), ("np.linalg", np.linalg), ("np.random", np.random)):
        try:
            getattr(module, name)
            print(space, name, "present")
        except AttributeError as e:
            print(space, name, type(e).__name__, e)
print(np.linalg.fallback_linalg.qr is np.linalg.qr, sorted(np.linalg.fallback_linalg.__all__))
