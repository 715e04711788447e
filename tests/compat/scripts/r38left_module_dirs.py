"""dir() of mx.np, mx.npx, mx.optimizer, nd/sym.contrib, contrib.quantization: MXNet's public names, no hooks or helpers."""
import types

import mxnet as mx

for name in ("np", "npx", "optimizer", "nd.contrib", "sym.contrib", "contrib.quantization"):
    module = eval("mx." + name)
    listed = dir(module)
    public = [n for n in listed if not n.startswith("_") and not isinstance(getattr(module, n), types.ModuleType)]
    public = [n for n in public if n != "FTRL"]      # (distnet's alias of Ftrl, kept on purpose)
    print(name, len(public), "__getattr__" in listed, "__dir__" in listed, "__all__" in listed)
    print("   ", " ".join(public))
print(mx.optimizer.NDabs is mx.nd.abs)
