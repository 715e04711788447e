"""Run under MXNet: reference names, shapes, reprs and outputs for tests/gluon/model_zoo_ref.json."""
import json, sys
import numpy as np
import mxnet as mx

v = mx.gluon.model_zoo.vision

def pattern(name, shape, i):
    n = int(np.prod(shape))
    base = np.sin(np.arange(n, dtype=np.float64) * 0.7 + i).reshape(shape)
    if name.endswith("running_var"):
        val = 1.0 + 0.5 * np.abs(base)
    elif name.endswith("gamma"):
        val = 1.0 + 0.1 * base
    elif name.endswith(("beta", "bias", "running_mean")):
        val = 0.1 * base
    else:
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
        val = base * np.sqrt(2.0 / fan_in)
    return val.astype(np.float32)

CASES = [("resnet18_v1", {"thumbnail": True, "classes": 10}, [1, 3, 32, 32]),
         ("resnet18_v2", {"thumbnail": True, "classes": 10}, [1, 3, 32, 32]),
         ("mobilenet0.25", {"classes": 10}, [1, 3, 32, 32]),
         ("mobilenetv2_0.25", {"classes": 10}, [1, 3, 32, 32]),
         ("squeezenet1.1", {"classes": 10}, [1, 3, 224, 224]),
         ("alexnet", {"classes": 10}, [1, 3, 67, 67]),
         ("vgg11", {"classes": 10}, [1, 3, 32, 32]),
         ("densenet121", {"classes": 10}, [1, 3, 224, 224])]
out = {"models": [], "names": None, "train": None}
for name, kwargs, shape in CASES:
    net = v.get_model(name, **kwargs)
    rec = {"name": name, "kwargs": kwargs, "shape": shape}
    if name in ("resnet18_v1", "mobilenetv2_0.25"):
        rec["repr_deferred"] = repr(net)
    net.initialize()
    x = mx.nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.3).reshape(shape))
    net(x)
    params = net.collect_params()
    rec["params"] = [[k, list(p.shape)] for k, p in params.items()]
    for i, (k, p) in enumerate(params.items()):
        p.set_data(mx.nd.array(pattern(k, p.shape, i)))
    rec["repr"] = repr(net)
    rec["output"] = net(x).asnumpy().tolist()
    out["models"].append(rec)

# one training step's per-parameter gradient sums and running means
net = v.resnet18_v2(thumbnail=True, classes=10)
net.initialize()
shape = (2, 3, 16, 16)
x = mx.nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.3).reshape(shape))
net(x)
for i, (k, p) in enumerate(net.collect_params().items()):
    p.set_data(mx.nd.array(pattern(k, p.shape, i)))
with mx.autograd.record():
    y = net(x)
    loss = (y * y).sum()
loss.backward()
out["train"] = {"shape": list(shape), "output": y.asnumpy().tolist(),
                "grad_abs_sum": {k: float(np.abs(p.grad().asnumpy()).sum())
                                 for k, p in net.collect_params().items() if p.grad_req != "null"},
                "running_mean_sum": {k: float(p.data().asnumpy().sum())
                                     for k, p in net.collect_params().items() if k.endswith("running_mean")}}
try:
    v.get_model("nope")
except ValueError as e:
    out["names"] = str(e).split("\n\t")[1:]
json.dump(out, open(sys.argv[1], "w"), indent=0)
