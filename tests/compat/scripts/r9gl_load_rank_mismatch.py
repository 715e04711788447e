"""load_parameters of a saved array with fewer axes than the parameter: MXNet's shape-setter message."""
import os
import tempfile

import mxnet as mx

nn = mx.gluon.nn
path = os.path.join(tempfile.mkdtemp(), "saved.params")
for make_src, make_dst in ((lambda: nn.Dense(2, in_units=3, use_bias=False),
                            lambda: nn.Conv2D(2, 3, in_channels=3, use_bias=False)),
                           (lambda: nn.Dense(2, in_units=3, use_bias=False), lambda: nn.Conv2D(2, 3, use_bias=False)),
                           (lambda: nn.Dense(2, in_units=3, use_bias=False),
                            lambda: nn.Dense(3, in_units=3, use_bias=False)),
                           (lambda: nn.Dense(2, in_units=3), lambda: nn.Dense(2))):
    src = make_src()
    src.initialize(mx.init.One())
    src.save_parameters(path)
    dst = make_dst()
    try:
        dst.load_parameters(path)
        print("loaded", [(p.shape, p.data().sum().asscalar()) for p in dst.collect_params().values()])
    except AssertionError as e:
        print("AssertionError:", e)
os.remove(path)
os.rmdir(os.path.dirname(path))
