"""load_parameters on files with missing, extra, reshaped and retyped entries under every combination of
allow_missing, ignore_extra, cast_dtype and dtype_source: which complaint comes first, and what is loaded."""
import os
import tempfile

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words


def net():
    n = nn.HybridSequential()
    n.add(nn.Dense(3, in_units=2), nn.Dense(1, in_units=3))
    return n


files = {
    "missing+extra": {"0.weight": nd.ones((3, 2)), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3)),
                      "2.weight": nd.ones(1)},
    "missing+shape": {"0.weight": nd.ones((3, 3)), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3))},
    "extra+shape": {"0.weight": nd.ones((3, 3)), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3)),
                    "1.bias": nd.ones(1), "x.y": nd.ones(1)},
    "extra+dtype": {"0.weight": nd.ones((3, 2), dtype="float64"), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3)),
                    "1.bias": nd.ones(1), "x.y": nd.ones(1)},
    "shape+dtype": {"0.weight": nd.ones((3, 2), dtype="float64"), "0.bias": nd.ones(4), "1.weight": nd.ones((1, 3)),
                    "1.bias": nd.ones(1)},
    "rank": {"0.weight": nd.ones((3, 2, 1)), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3)), "1.bias": nd.ones(1)},
    "int32": {"0.weight": nd.ones((3, 2), dtype="int32"), "0.bias": nd.ones(3), "1.weight": nd.ones((1, 3)),
              "1.bias": nd.ones(1)},
    "many extra": dict([("0.weight", nd.ones((3, 2))), ("0.bias", nd.ones(3)), ("1.weight", nd.ones((1, 3))),
                        ("1.bias", nd.ones(1))] + [("e%d.w" % i, nd.ones(1)) for i in range(12)]),
    "old names": {"hybridsequential9_dense0_weight": nd.ones((3, 2))},
}
options = [{}, {"allow_missing": True}, {"ignore_extra": True}, {"allow_missing": True, "ignore_extra": True},
           {"cast_dtype": True}, {"cast_dtype": True, "dtype_source": "saved", "ignore_extra": True, "allow_missing": True}]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.params")
    for name, content in files.items():
        nd.save(path, content)
        for kw in options:
            for initialized in (False, True):
                n = net()
                if initialized:
                    n.initialize("zeros")
                try:
                    n.load_parameters(path, **kw)
                    got = [(k, v.shape, str(v.dtype), None if v._data is None else v.data().sum().asscalar())
                           for k, v in n.collect_params().items()]
                except Exception as e:
                    got = words(e).replace(tmp, "TMP")
                print(name, kw, initialized, "->", got)
