"""Executor monitor callbacks read their arrays back from handles, as MXNet's callbacks do; Monitor statistics."""
import ctypes
import numpy as np
import mxnet as mx
from mxnet.base import NDArrayHandle, py_str


def reading(seen, monitor_all=False):
    def callback(name, handle):
        array = mx.nd.NDArray(ctypes.cast(handle, NDArrayHandle), writable=False)
        seen.append("%s %s %s" % (py_str(name), array.shape, np.round(array.asnumpy(), 4).tolist()))
    return callback


x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
net = mx.sym.FullyConnected(mx.sym.exp(x, name="e") * 2, weight=w, num_hidden=2, no_bias=True, name="fc")
for monitor_all in [False, True]:
    exe = net.simple_bind(mx.cpu(), grad_req="null", x=(2, 3))
    exe.arg_dict["x"][:] = np.arange(6).reshape(2, 3) / 10.
    exe.arg_dict["w"][:] = np.arange(6).reshape(2, 3) / 5. - 0.5
    seen = []
    exe.set_monitor_callback(reading(seen, monitor_all), monitor_all)
    exe.forward()
    print("-- forward, monitor_all", monitor_all)
    print("\n".join(seen))

exe = net.simple_bind(mx.cpu(), x=(2, 3))
exe.arg_dict["x"][:] = np.arange(6).reshape(2, 3) / 10.
exe.arg_dict["w"][:] = np.arange(6).reshape(2, 3) / 5. - 0.5
seen = []
exe.set_monitor_callback(reading(seen))
exe.forward(is_train=True)
exe.backward(mx.nd.ones((2, 2)))
print("-- forward and backward")
print("\n".join(seen))
print("handle written?", exe.outputs[0].asnumpy().round(4).tolist())

small = mx.sym.relu(x * 2 - 1, name="r")
for kw in [{}, {"pattern": "r.*"}, {"sort": True}, {"stat_func": lambda a: mx.nd.max(a)}]:
    mon = mx.mon.Monitor(1, **kw)
    exe = small.simple_bind(mx.cpu(), grad_req="null", x=(2, 2))
    exe.arg_dict["x"][:] = np.arange(4).reshape(2, 2) / 2.
    mon.install(exe)
    mon.tic()
    exe.forward()
    print("-- Monitor", sorted(kw))
    for step, name, value in mon.toc():
        print(step, name, value)
