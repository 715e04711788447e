"""HybridBlock.infer_shape/infer_type called with no inputs, None, or inputs of several ranks, on many layer types: shapes filled or the error raised."""
from mxnet import nd
from mxnet.gluon import nn, rnn

MAKERS = [lambda: nn.Dense(2), lambda: nn.Conv2D(2, 3), lambda: nn.Conv2DTranspose(2, 3), lambda: nn.BatchNorm(),
          lambda: nn.HybridSequential(), lambda: nn.Embedding(3, 2), lambda: nn.LayerNorm(), lambda: nn.GroupNorm(1),
          lambda: nn.GroupNorm(2), lambda: nn.InstanceNorm(), lambda: nn.PReLU(), lambda: rnn.LSTM(3),
          lambda: rnn.GRU(2, layout='NTC'), lambda: rnn.RNNCell(2), lambda: rnn.LSTMCell(2), lambda: rnn.GRUCell(2)]
ARGS = [(), (None,), (nd.ones((1, 2, 4, 4)),), (nd.ones((2, 4, 6)),), (nd.ones((2, 3, 4)), [nd.zeros((1, 3, 3))] * 2)]

for make in MAKERS:
    for method in ['infer_shape', 'infer_type']:
        for args in ARGS:
            block = make()
            try:
                getattr(block, method)(*args)
                print(type(block).__name__, method, len(args), [p.shape for p in block.collect_params().values()])
            except Exception as e:
                text = str(e).split('\n')[0]
                print(type(block).__name__, method, len(args), type(e).__name__,
                      '' if type(e).__name__ == 'MXNetError' else text[:120])
