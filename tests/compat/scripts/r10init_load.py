"""ParameterDict load compares the common leading axes only, and get_constant reads a new value's shape, as MXNet."""
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import gluon


def show(f):
    try:
        print("OK", f())
    except Exception as e:          # noqa: BLE001 - the point is to print what was raised
        print(type(e).__name__, str(e).split("\n")[0][:200])


os.chdir(tempfile.mkdtemp())
mx.nd.save("r.params", {"fc_weight": mx.nd.ones((3, 4, 1)), "fc_bias": mx.nd.ones((3,))})
net = gluon.nn.Dense(3, prefix="fc_")
net.collect_params().load("r.params")
print(net.weight.shape, net.weight.data().shape, net.bias.data().asnumpy().tolist())
fixed = gluon.nn.Dense(3, in_units=4, prefix="fc_")
fixed.initialize()
show(lambda: fixed.collect_params().load("r.params"))
mx.nd.save("s.params", {"fc_weight": mx.nd.ones((3,)), "fc_bias": mx.nd.ones((3,))})
show(lambda: gluon.nn.Dense(3, prefix="fc_").collect_params().load("s.params"))
minus = gluon.ParameterDict("m_")
minus.get("w", shape=(-1, 4))
mx.nd.save("m.params", {"m_w": mx.nd.ones((2, 4))})
show(lambda: minus.load("m.params"))
d = gluon.ParameterDict("a_")
c = d.get_constant("c", [1, 2])
show(lambda: d.get_constant("c", [1, 2]))
show(lambda: d.get_constant("c", np.array([1, 2], dtype="float32")))
show(lambda: d.get_constant("c", mx.nd.array([1, 3])))
