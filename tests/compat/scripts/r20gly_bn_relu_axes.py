"""BatchNormReLU layers run only on 4-D float32 data normalised over the axis written 1 (MXNet's fused kernel):
every other axis, rank or type is refused when the result is read, imperative or hybridized (the moving
statistics the kernel writes carry the refusal too, raised once by the first array read)."""
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _words import words

for shape in [(2, 3, 2, 2), (2, 3), (2, 3, 2), (2, 3, 1, 1)]:
    for axis in [1, 0, 2, -1, -3]:
        if axis >= len(shape):
            continue
        for dtype in ["float32", "float64"]:
            for hybrid in [False, True]:
                net = nn.BatchNormReLU(axis=axis)
                net.initialize()
                if dtype != "float32":
                    net.cast(dtype)
                if hybrid:
                    net.hybridize()
                x = nd.arange(nd.ones(shape).size, dtype=dtype).reshape(shape) - 5
                try:
                    with autograd.record():
                        y = net(x)
                    shown = y.asnumpy().round(4).ravel()[:6].tolist()
                except Exception as e:
                    shown = words(e)
                print(shape, axis, dtype, hybrid, shown, net)


for first in ["running_mean", "running_var", "output"]:
    for hybrid in [False, True]:
        net = nn.BatchNormReLU(axis=-1)
        net.initialize()
        if hybrid:
            net.hybridize()
        y = net(nd.ones((2, 2, 2, 3)))
        order = [first] + [name for name in ["running_mean", "running_var", "output"] if name != first]
        for name in order:
            array = y if name == "output" else getattr(net, name).data()
            try:
                shown = array.shape if name == "output" else array.asnumpy().tolist()
                if name == "output":
                    array.wait_to_read()
            except Exception as e:
                shown = words(e)
            print("read first", first, hybrid, name, shown)
