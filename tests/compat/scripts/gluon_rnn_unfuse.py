"""_unfuse: a fused RNN layer as a stack of cells sharing its parameters (same outputs)."""
import numpy as np
import mxnet as mx

mx.random.seed(5)
for layer in (mx.gluon.rnn.LSTM(3, num_layers=2, bidirectional=True, input_size=2),
              mx.gluon.rnn.GRU(2, num_layers=2, dropout=0.3, input_size=2),
              mx.gluon.rnn.RNN(2, activation='tanh', input_size=2)):
    layer.initialize(mx.init.Uniform(0.4))
    stack = layer._unfuse()
    print(stack)
    print(sorted(stack.collect_params().keys()))
    print(all(stack.collect_params()[k] is v for k, v in layer.collect_params().items()))
    x = mx.nd.arange(12).reshape((3, 2, 2)) / 10
    fused = layer(x)
    cells = stack.unroll(3, x, layout='TNC', merge_outputs=True)[0]
    print(np.round(fused.asnumpy(), 4).tolist() == np.round(cells.asnumpy(), 4).tolist(), np.round(cells.asnumpy(), 4).sum())
for bad in (mx.gluon.rnn.LSTM(3, projection_size=2), mx.gluon.rnn.LSTM(3, state_clip_min=-1, state_clip_max=1)):
    try:
        bad._unfuse()
    except AssertionError as e:
        print('AssertionError', e)
