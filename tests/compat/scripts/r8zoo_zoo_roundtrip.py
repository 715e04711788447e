# Model zoo nets hybridized before their first call (deferred init in graph order), exported, imported back.
import hashlib
import json
import os
import tempfile
import warnings

import mxnet as mx
import numpy as np
from mxnet import gluon, nd
from mxnet.gluon.model_zoo import vision

warnings.simplefilter("ignore")
folder = tempfile.mkdtemp()


def digest(text):
    return hashlib.md5(text.encode()).hexdigest()[:10]


for name, options in [("resnet18_v1", {}), ("resnet18_v2", {"thumbnail": True}), ("mobilenet0.25", {}),
                      ("mobilenetv2_0.25", {}), ("vgg11_bn", {})]:
    net = vision.get_model(name, classes=4, **options)
    mx.random.seed(0)
    net.initialize(mx.init.Xavier())
    net.hybridize()
    x = nd.arange(2 * 3 * 32 * 32).reshape((2, 3, 32, 32)) / (6 * 32 * 32)
    y = net(x)
    path = os.path.join(folder, name)
    net.export(path, epoch=1)
    text = open(path + "-symbol.json").read()
    ops = sorted({node["op"] for node in json.loads(text)["nodes"]})
    saved = nd.load(path + "-0001.params")
    imported = gluon.SymbolBlock.imports(path + "-symbol.json", ["data"], path + "-0001.params")
    z = imported(x)
    params = list(net.collect_params().values())
    print(name, y.shape, (np.round(y.asnumpy().astype(np.float64), 3) + 0.0).tolist())
    print("  first/last params", [round(float(p.data().sum().asscalar()), 3) for p in params[:2] + params[-2:]])
    print("  export", digest(text), ops, len(saved), sorted(saved)[:2])
    print("  imported", float(abs(y - z).max().asscalar()), len(list(imported.collect_params().keys())), imported.name)
