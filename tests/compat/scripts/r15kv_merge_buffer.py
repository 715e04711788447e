"""A local store keeps a summed push's merge buffer as its value: an optimizer set afterwards steps from each new
sum written into that buffer, while single pushes step from the stored weight."""
import mxnet as mx
from mxnet import nd

GRAD = [0.7, 0.1, 0, 0, 0, -0.7]


def show(kv, key=0):
    out = nd.zeros((6,))
    kv.pull(key, out=out)
    return [round(v, 5) for v in out.asnumpy().tolist()]


def grads(count):
    return [nd.array(GRAD, ctx=mx.cpu(i)) for i in range(count)] if count > 1 else nd.array(GRAD)


for kind in ["local", "device", "local_allreduce_device"]:
    for first, later in [(2, 2), (2, 1), (1, 2), (3, 3), (1, 1), (3, 2)]:
        kv = mx.kv.create(kind)
        kv.init(0, nd.array([1, 2, 3, 4, 5, 6]))
        kv.push(0, grads(first))
        line = [show(kv)]
        kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.5, momentum=0.5))
        for _ in range(3):
            kv.push(0, grads(later))
            line.append(show(kv))
        print(kind, first, later, line)

for threshold in [0.5, 0.25]:
    kv = mx.kv.create("device")
    kv.set_gradient_compression({"type": "2bit", "threshold": threshold})
    kv.init(0, nd.array([1, 2, 3, 4, 5, 6]))
    kv.push(0, nd.array(GRAD))
    line = [show(kv)]
    seen = []

    def updater(key, grad, weight):
        seen.append(grad.asnumpy().tolist() == weight.asnumpy().tolist())
        weight[:] = weight * 2 + grad
    kv._set_updater(updater)
    for _ in range(2):
        kv.push(0, nd.array(GRAD))
        line.append(show(kv))
    print("compressed", threshold, line, seen)
