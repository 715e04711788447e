"""optimize_for / get_backend_symbol by backend name: MKLDNN fuses, 'default' needs op_names, unknown ones pass."""
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn

fc = mx.sym.relu(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=2, name="fc"))
for backend in ["MKLDNN", "MKLDNN_QUANTIZE", "default", "default_v2", "bogus"]:
    for method in ("optimize_for", "get_backend_symbol"):
        try:
            print(backend, method, getattr(fc, method)(backend).get_internals().list_outputs()[-2:])
        except mx.base.MXNetError as e:
            print(backend, method, "raises MXNetError", "op_names" in str(e), "not found" in str(e))
    net = nn.Dense(2, in_units=3)
    net.initialize(mx.init.One())
    try:
        net.optimize_for(nd.ones((1, 3)), backend=backend)
        print(backend, "block", net(nd.ones((1, 3))).asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(backend, "block raises MXNetError", "op_names" in str(e))
