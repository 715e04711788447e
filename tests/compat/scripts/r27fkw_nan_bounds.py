"""A NaN passes a parameter's declared bounds, as every comparison with it is false (RNN's dropout rate too)."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.ones((2, 3))
seq = mx.nd.ones((3, 1, 2))
params = mx.nd.ones((48,)) / 10
h = mx.nd.zeros((1, 1, 2))
CALLS = [('RNN 3 inputs', lambda p: mx.nd.RNN(x, x, x, state_size=2, num_layers=1, mode='lstm', p=p)),
         ('RNN', lambda p: mx.nd.RNN(seq, params, h, h, state_size=2, num_layers=1, mode='lstm', p=p)),
         ('Dropout', lambda p: mx.nd.Dropout(x, p=p)),
         ('SoftmaxOutput', lambda p: mx.nd.SoftmaxOutput(x, mx.nd.zeros(2), smooth_alpha=p)),
         ('Embedding', lambda p: mx.nd.Embedding(x, x, input_dim=p, output_dim=2))]
for name, f in CALLS:
    for p in ['nan', float('nan'), 'NaN', '-nan', 'inf', 1.5, -0.5, 0.5]:
        try:
            r = f(p)
            print(name, repr(p), r.shape, r.asnumpy().round(4).sum())
        except Exception as e:
            print(name, repr(p), words(e)[:200])
