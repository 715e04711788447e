"""A recurrent layer's dropout is checked by the RNN operator's parser, in its words: out of [0, 1] or not a number, imperative, hybridized or called as nd.RNN / sym.RNN."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from mxnet.gluon import rnn
def words(e):
    t = str(e); cut = t.find('] ../')
    return repr(t if cut < 0 else t[:t.find('[', 0, cut)] + t[cut + 2:])
for layer in [rnn.LSTM, rnn.GRU, rnn.RNN]:
    for p in ['a', (2, 2), 'relu', None, True, '0.5', 2, -1, 0.5]:
        l = layer(3, dropout=p); l.initialize()
        try: print(layer.__name__, repr(p), l(nd.ones((2, 1, 3))).shape)
        except Exception as e: print(layer.__name__, repr(p), type(e).__name__, words(e))
        l = layer(3, dropout=p, input_size=3); l.initialize(); l.hybridize()
        try: print(' hybrid', l(nd.ones((2, 1, 3))).shape)
        except Exception as e: print(' hybrid', type(e).__name__, words(e))
for p in [2, -1, 'a', 0.5, float('nan')]:
    try:
        r = nd.RNN(nd.ones((2, 1, 3)), nd.ones((4 * 3 * (3 + 3 + 2),)), nd.zeros((1, 1, 3)), nd.zeros((1, 1, 3)), state_size=3, num_layers=1, mode='lstm', p=p)
        print(p, r.shape)
    except Exception as e: print(p, type(e).__name__, words(e))
    try:
        s = mx.sym.RNN(mx.sym.var('d'), mx.sym.var('w'), mx.sym.var('s'), mx.sym.var('c'), state_size=3, num_layers=1, mode='lstm', p=p, name='r')
        print(' sym', s.infer_shape(d=(2, 1, 3))[1])
    except Exception as e: print(' sym', type(e).__name__, words(e))
