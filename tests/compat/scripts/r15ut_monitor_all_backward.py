"""monitor_all in backward: each backward node's inputs (variables by name first) before its outputs (names and
shapes: MXNet shows some buffers after later nodes overwrote them in place)."""
import ctypes
import numpy as np
import mxnet as mx


def show(label, net, shapes, head=3.0):
    exe = net.simple_bind(mx.cpu(), **shapes)
    for name, array in exe.arg_dict.items():
        array[:] = np.arange(array.size).reshape(array.shape) * 0.1 + 0.5
    seen = []
    exe.set_monitor_callback(lambda name, array: seen.append((name, array)), monitor_all=True)
    exe.forward(is_train=True)
    del seen[:]
    exe.backward([mx.nd.full(o.shape, head) for o in exe.outputs])
    print("--", label)
    for name, handle in seen:
        array = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
        print(mx.base.py_str(name), array.shape)


x, y = mx.sym.Variable("x"), mx.sym.Variable("y")
show("exp times two", mx.sym.exp(x, name="e") * 2, {"x": (2,)})
show("product", mx.sym.elemwise_mul(x, y, name="m"), {"x": (2,), "y": (2,)})
show("plus one", mx.sym.elemwise_add(x, y, name="p") + 1, {"x": (2,), "y": (2,)})
show("relu activation", mx.sym.Activation(x, act_type="relu", name="r"), {"x": (2,)})
show("sin times cos", mx.sym.elemwise_mul(mx.sym.sin(x, name="s"), mx.sym.cos(x, name="c"), name="m"), {"x": (2,)})
show("relu plus sigmoid", mx.sym.elemwise_add(mx.sym.relu(x, name="a"), mx.sym.sigmoid(x, name="b"), name="p"),
     {"x": (2,)})
show("fully connected", mx.sym.FullyConnected(x, num_hidden=2, name="fc"), {"x": (2, 3)})
show("sum", mx.sym.sum(x, name="su"), {"x": (2,)})
show("square and log", mx.sym.log(mx.sym.square(x, name="sq"), name="lg"), {"x": (2,)})
show("softmax", mx.sym.softmax(x, name="sm"), {"x": (2, 3)})
show("tanh activation", mx.sym.Activation(x, act_type="tanh", name="t"), {"x": (2, 3)})
show("convolution", mx.sym.Convolution(x, kernel=(1, 1), num_filter=2, name="cv"), {"x": (1, 1, 2, 2)})
show("concat", mx.sym.Concat(x, y, dim=1, name="cc"), {"x": (2, 3), "y": (2, 3)})
show("dot", mx.sym.dot(x, y, transpose_b=True, name="d"), {"x": (2, 3), "y": (2, 3)})
