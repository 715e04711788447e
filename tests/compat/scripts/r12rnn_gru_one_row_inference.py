"""A float32 GRU run for inference over one step of one sample sums its input products as MXNet's oneDNN kernel does."""
import mxnet as mx


def values(n, seed):
    """Deterministic values in [-0.4, 0.4) with full mantissas, made from integers only."""
    out, state = [], seed * 7919 + 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append(((state >> 11) / 2.0 ** 53 - 0.5) * 0.8)
    return out


def gru_params(layers, dirs, inputs, hidden):
    n = 0
    for layer in range(layers):
        width = inputs if layer == 0 else hidden * dirs
        n += dirs * (3 * hidden * (width + hidden) + 6 * hidden)
    return n


case = 0
for layers, dirs, steps, inputs, hidden in [(1, 1, 1, 3, 2), (1, 2, 1, 5, 3), (2, 1, 1, 20, 5), (2, 2, 1, 3, 2),
                                            (1, 1, 1, 17, 16), (1, 1, 1, 3, 17), (2, 1, 2, 3, 2), (1, 1, 1, 1, 4)]:
    case += 1
    x = mx.nd.array(values(steps * inputs, case)).reshape((steps, 1, inputs))
    params = mx.nd.array(values(gru_params(layers, dirs, inputs, hidden), case + 50))
    h0 = mx.nd.array(values(layers * dirs * hidden, case + 100)).reshape((layers * dirs, 1, hidden))
    out, hn = mx.nd.RNN(x, params, h0, state_size=hidden, num_layers=layers, bidirectional=dirs == 2, mode="gru",
                        state_outputs=True)
    print(layers, dirs, steps, inputs, hidden, out.asnumpy().ravel().tolist(), hn.asnumpy().ravel().tolist())

# the same through the Gluon layer: an inference call over one step of one sample
layer = mx.gluon.rnn.GRU(3, input_size=4)
layer.initialize()
for name, p in sorted(layer.collect_params().items()):
    p.set_data(mx.nd.array(values(p.data().size, len(name))).reshape(p.shape))
print(layer(mx.nd.array(values(4, 7)).reshape((1, 1, 4))).asnumpy().ravel().tolist())
