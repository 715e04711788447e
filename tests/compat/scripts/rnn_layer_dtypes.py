# gluon.rnn layers over dtypes and inputs: the RNN op needs one floating type for data, parameters and states
# (checked at the call, after shape inference, as MXNet), hybridized or not; empty batches; clipping flags.
import mxnet as mx
import numpy as np
from mxnet import nd, autograd
from mxnet.gluon import rnn


def shapes(r):
    if isinstance(r, nd.NDArray):
        return r.shape, r.dtype
    if isinstance(r, (list, tuple)):
        return [shapes(a) for a in r]
    return r


def t(label, f):
    try:
        r = f()
        print(label, 'ok', shapes(r))
    except Exception as e:
        print(label, 'ERR', type(e).__name__)


def mk(cls, hyb=False, **kw):
    mx.random.seed(0)
    l = cls(2, **kw)
    l.initialize()
    if hyb:
        l.hybridize()
    return l


x = nd.array(np.random.RandomState(0).uniform(-1, 1, (3, 2, 4)))
for hyb in [False, True]:
    t('f64 input f32 layer', lambda: mk(rnn.LSTM, hyb)(x.astype('float64')))
    t('f64 layer f32 input', lambda: mk(rnn.GRU, hyb, dtype='float64')(x))
    t('cast', lambda: (lambda l: (l.cast('float64'), l(x.astype('float64')))[1])(mk(rnn.RNN, hyb)))
    t('hyb bad state', lambda: mk(rnn.LSTM, hyb)(x, [nd.zeros((1, 2, 2)), nd.zeros((1, 3, 2))]))
    t('hyb state f64', lambda: mk(rnn.GRU, hyb)(x, [nd.zeros((1, 2, 2), dtype='float64')]))
    t('rand begin', lambda: (lambda l: l(x, l.begin_state(2, func=nd.random.uniform))[1])(mk(rnn.LSTM, hyb)))
    t('int input', lambda: mk(rnn.GRU, hyb)(x.astype('int32')))
    t('f16', lambda: mk(rnn.LSTM, hyb, dtype='float16')(x.astype('float16')))
    t('seq len no flag', lambda: mk(rnn.LSTM, hyb)(x, None, nd.array([1, 2])))
    t('seq len f32 lstm', lambda: mk(rnn.LSTM, hyb, use_sequence_length=True)(x, mk(rnn.LSTM, hyb).begin_state(2), nd.array([1, 3])))
    t('seq len missing', lambda: mk(rnn.LSTM, hyb, use_sequence_length=True)(x))
    t('batch 0', lambda: mk(rnn.GRU, hyb, input_size=4)(nd.zeros((3, 0, 4))))
    t('time 0', lambda: mk(rnn.GRU, hyb, input_size=4)(nd.zeros((0, 2, 4))))
    t('clip f32', lambda: mk(rnn.LSTM, hyb, lstm_state_clip_min=-0.01, lstm_state_clip_max=0.01)(x))
    t('clip nan only', lambda: mk(rnn.LSTM, hyb, lstm_state_clip_nan=True)(x))

# symbolic type inference: the data's type must be known; parameters and states take it
rnn_sym = mx.sym.RNN(mx.sym.var("d"), mx.sym.var("p"), mx.sym.var("s"), state_size=2, num_layers=1, mode="gru")
for given in (dict(d="float64"), dict(p="float64"), dict(d="float64", s="float32"), dict(d="int32")):
    t("infer_type %s" % sorted(given.items()), lambda: rnn_sym.infer_type(**given))
