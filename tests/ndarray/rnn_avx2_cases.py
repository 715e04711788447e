"""RNN layers and seeded inputs for the AVX2 fixture (rnn_avx2_mxnet_1.9.1.npz)."""
import zlib

import numpy as np

# (layer class name, keyword arguments, input shape): one and two layers, bidirectional (the reverse direction's
# products over its steps in run order), each mode
CASES = [("LSTM", dict(hidden_size=8), (6, 3, 5)), ("GRU", dict(hidden_size=8), (6, 3, 5)),
         ("RNN", dict(hidden_size=8), (6, 3, 5)), ("LSTM", dict(hidden_size=8, num_layers=2), (5, 3, 4)),
         ("RNN", dict(hidden_size=7, activation="relu", num_layers=2, bidirectional=True), (3, 4, 5)),
         ("LSTM", dict(hidden_size=16, layout="NTC"), (2, 7, 10)),
         ("LSTM", dict(hidden_size=6, bidirectional=True), (4, 2, 3)), ("GRU", dict(hidden_size=6, bidirectional=True),
                                                                         (7, 3, 2)),
         # input products over 160 rows and more; a batch of one (matrix-vector gemms onto the input's products);
         # layers above another of their primitive (their last step's input product apart); GRU state gemms of
         # more than 256 gates (blocks added onto the update gate's part)
         ("GRU", dict(hidden_size=16), (8, 32, 16)), ("LSTM", dict(hidden_size=16, num_layers=2), (8, 1, 16)),
         ("GRU", dict(hidden_size=16, num_layers=2), (8, 32, 16)), ("GRU", dict(hidden_size=86), (2, 2, 16)),
         ("RNN", dict(hidden_size=16, num_layers=3), (8, 1, 16)),
         ("LSTM", dict(hidden_size=256), (35, 32, 256)),      # a language model's layer: products over 2**28 MACs
         ("GRU", dict(hidden_size=5, layout="NTC"), (1, 1, 4))]  # inference: one row against 15 gates, a gemv

# mx.nd.RNN without state outputs, two stacked layers (Gluon's layers always ask for the states)
NO_STATE_OUTPUTS = ["lstm", "gru", "rnn_tanh"]


def _nd_rnn_crc(mx, rng, mode):
    """The CRC-32 of output, input gradient and parameter gradient of a 2-layer ``mode`` nd.RNN, (2, 2, 8) data."""
    gates, size, layers = {"lstm": 4, "gru": 3, "rnn_tanh": 1}[mode], 8, 2
    x = mx.nd.array(rng.uniform(-1, 1, (2, 2, size)))
    p = mx.nd.array(rng.uniform(-0.5, 0.5, layers * gates * size * (2 * size + 2)))
    states = [mx.nd.zeros((layers, 2, size))] * (2 if mode == "lstm" else 1)
    for a in (x, p):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.RNN(x, p, *states, state_size=size, num_layers=layers, mode=mode)
    y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape)))
    return zlib.crc32(b"".join(a.asnumpy().tobytes() for a in (y, x.grad, p.grad)))


def results(mx):
    """The CRC-32 of every case's output (training and inference), input gradient and parameter gradients from
    ``mx`` (MXNet or distnet)."""
    rng = np.random.RandomState(0)
    out = {"y": [], "dx": [], "dparams": [], "y_predict": []}
    for name, kwargs, shape in CASES:
        mx.random.seed(3)
        net = getattr(mx.gluon.rnn, name)(**kwargs)
        net.initialize(mx.init.Uniform(0.5))
        x = mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32))
        x.attach_grad()
        with mx.autograd.record():
            y = net(x)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        out["y"].append(zlib.crc32(y.asnumpy().tobytes()))
        out["y_predict"].append(zlib.crc32(net(x).asnumpy().tobytes()))
        out["dx"].append(zlib.crc32(x.grad.asnumpy().tobytes()))
        out["dparams"].append(zlib.crc32(b"".join(p.grad().asnumpy().tobytes()
                                                  for p in net.collect_params().values())))
    out["nd_rnn"] = [_nd_rnn_crc(mx, rng, mode) for mode in NO_STATE_OUTPUTS]
    return {name: np.array(crcs, np.uint32) for name, crcs in out.items()}
