"""Star imports of gluon.data and its vision, dataloader, sampler and dataset modules bring the names MXNet's do."""
for module in ["mxnet.gluon.data.vision.transforms", "mxnet.gluon.data.dataloader", "mxnet.gluon.data.vision.datasets",
               "mxnet.gluon.data.vision", "mxnet.gluon.data", "mxnet.gluon.data.sampler", "mxnet.gluon.data.dataset"]:
    names = {}
    exec(f"from {module} import *", names)
    print(module, sorted(k for k in names if k != "__builtins__"))
