"""float64 RNN, LSTM and GRU layers (MXNet's native kernels) and float64 dot products of several rows keep MXNet's bits for values with full 53-bit mantissas."""
import mxnet as mx
from mxnet import autograd, nd


def values(n, seed):
    """Deterministic values in [-0.5, 0.5) with full mantissas, made from integers only."""
    out, state = [], seed * 7919 + 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append((state >> 11) / 2.0 ** 53 - 0.5)
    return out


def array(shape, seed):
    size = 1
    for d in shape:
        size *= d
    return nd.array(values(size, seed), dtype="float64").reshape(shape)


for m, n, k in [(2, 3, 4), (3, 5, 8), (5, 4, 17), (4, 1, 6), (7, 2, 3)]:
    print("dot", m, n, k, nd.dot(array((m, k), m), array((k, n), n)).asnumpy().ravel().tolist())

for layer, steps, batch, inputs in [(mx.gluon.rnn.RNN(3, num_layers=2, activation="tanh", input_size=4, dtype="float64"), 3, 2, 4),
                                    (mx.gluon.rnn.LSTM(4, bidirectional=True, input_size=5, dtype="float64"), 2, 3, 5),
                                    (mx.gluon.rnn.GRU(3, num_layers=2, input_size=8, dtype="float64"), 3, 3, 8)]:
    layer.initialize()
    for i, (name, p) in enumerate(sorted(layer.collect_params().items())):
        p.set_data(array(p.shape, 40 + i))
    x = array((steps, batch, inputs), 1)
    x.attach_grad()
    with autograd.record():
        out = layer(x)
        loss = (out * out).sum()
    loss.backward()
    print(layer, out.asnumpy().ravel().tolist()[:6], x.grad.asnumpy().ravel().tolist()[:6])
    for name, p in sorted(layer.collect_params().items()):
        print(" ", name[name.index("_") + 1:], p.grad().asnumpy().ravel().tolist()[:4])
