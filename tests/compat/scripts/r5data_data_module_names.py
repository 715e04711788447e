# The public names of mx.gluon.data, its vision package and sampler module.
import mxnet as mx

for module in [mx.gluon.data, mx.gluon.data.vision, mx.gluon.data.sampler]:
    print(module.__name__.split(".", 1)[1], sorted(n for n in dir(module) if not n.startswith("_")))
print(mx.gluon.data.vision.ImageFolderDataset.__module__.split(".")[-1])
