"""A float32 stack of RNN/LSTM layers run for inference without state outputs sums its steps as MXNet's oneDNN primitive does, which merges other steps than when the states are outputs."""
import mxnet as mx


def values(n, seed):
    """Deterministic values in [-0.4, 0.4) with full mantissas, made from integers only."""
    out, state = [], seed * 7919 + 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append(((state >> 11) / 2.0 ** 53 - 0.5) * 0.8)
    return out


def params(mode, layers, inputs, hidden):
    gates = {"rnn_tanh": 1, "rnn_relu": 1, "lstm": 4}[mode] * hidden
    return sum(gates * ((inputs if layer == 0 else hidden) + hidden + 2) for layer in range(layers))


case = 0
for mode in ("rnn_tanh", "rnn_relu", "lstm"):
    for layers, steps, batch, inputs, hidden in [(2, 3, 1, 3, 3), (3, 2, 3, 3, 3), (3, 5, 1, 17, 3), (4, 3, 2, 5, 5),
                                                 (3, 1, 2, 5, 5), (2, 1, 1, 16, 5)]:
        case += 1
        x = mx.nd.array(values(steps * batch * inputs, case)).reshape((steps, batch, inputs))
        args = [x, mx.nd.array(values(params(mode, layers, inputs, hidden), case + 50)),
                mx.nd.array(values(layers * batch * hidden, case + 100)).reshape((layers, batch, hidden))]
        if mode == "lstm":
            args.append(mx.nd.array(values(layers * batch * hidden, case + 150)).reshape((layers, batch, hidden)))
        for state_outputs in (False, True):
            out = mx.nd.RNN(*args, state_size=hidden, num_layers=layers, mode=mode, state_outputs=state_outputs)
            out = out[0] if state_outputs else out
            print(mode, layers, steps, batch, inputs, hidden, state_outputs, out.asnumpy().ravel().tolist()[-4:])
