"""A compressed push to a 'device' store is dequantized into the key's merge buffer, even for one array: the gradient
an updater kept is that buffer (later pulls copy through it); without an updater the store keeps the buffer."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

kv = mx.kv.create("device")
kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
kept = []


def update(key, grad, weight):
    kept.append(grad)
    weight[:] = weight + grad


kv._set_updater(update)
kv.init(0, nd.ones((3,)))
pushed = nd.array([1, -1, 0.2])
kv.push(0, pushed)
print("pushed array", pushed.asnumpy().tolist(), "kept", [g.asnumpy().tolist() for g in kept])
out = nd.zeros((3,))
kv.pull(0, out=out)
print("pulled", out.asnumpy().tolist(), "kept", [g.asnumpy().tolist() for g in kept])
kv.push(0, nd.array([0.3, -0.3, 0.2]))
kv.pull(0, out=out)
print("pulled", out.asnumpy().tolist(), "kept", [g.asnumpy().tolist() for g in kept], kept[0] is kept[1])

plain = mx.kv.create("device")
plain.set_gradient_compression({"type": "2bit", "threshold": 0.25})
plain.init(1, nd.zeros((4,)))
for grad in ([0.3, -0.1, 0.2, -0.6], [0.1, -0.2, 0.2, 0.0], [-0.5, 0.0, 0.0, 0.3]):
    plain.push(1, nd.array(grad))
    out = nd.zeros((4,))
    plain.pull(1, out=out)
    print("stored", out.asnumpy().tolist())
