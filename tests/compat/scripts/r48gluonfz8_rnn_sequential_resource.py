"""An RNN kernel's error (an LSTM with projection run while recording, float16) reaches the next op holding the sequential random resource (RNN, shuffle, multinomial), and a failed sequential sampler's reaches the next RNN, as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd, autograd


def show(name, f):
    try:
        r = f()
        print(name, r.shape, r.dtype, r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, str(e).strip().splitlines()[-1])


def settle(name):
    try:
        nd.waitall()
        print(name, 'waitall ok')
    except mx.base.MXNetError as e:
        print(name, 'waitall', str(e).strip().splitlines()[-1])


mx.random.seed(2)
x = nd.ones((3, 2, 4))
proj = gluon.rnn.LSTM(5, 1, projection_size=3)
lstm = gluon.rnn.LSTM(5, 1)
gru = gluon.rnn.GRU(5, 1)
for layer in (proj, lstm, gru):
    layer.initialize(mx.init.Constant(0.05))
show('proj inference', lambda: proj(x))
show('lstm', lambda: lstm(x))

with autograd.record():
    y = proj(x)
show('next lstm', lambda: lstm(x))
show('lstm again', lambda: lstm(x))
settle('a')

with autograd.record():
    y = proj(x)
show('next gru', lambda: gru(x))
show('proj inference', lambda: proj(x))
settle('b')

with autograd.record():
    y = proj(x)
show('uniform', lambda: nd.random.uniform(shape=(2,)))
show('shuffle', lambda: nd.random.shuffle(nd.arange(3)))
show('lstm', lambda: lstm(x))
settle('c')

with autograd.record():
    y = proj(x)
show('multinomial', lambda: nd.random.multinomial(nd.array([0.5, 0.5])))
settle('d')

z = nd.random.multinomial(nd.array([[1, 2]], dtype='int32'))
show('lstm after multinomial', lambda: lstm(x))
show('lstm', lambda: lstm(x))
settle('e')

z = nd.random.shuffle(nd.array([1, 0], dtype='bool'))
show('gru after shuffle', lambda: gru(x))
settle('f')

half = gluon.rnn.LSTM(5, 1, dtype='float16')
half.initialize()
z = half(x.astype('float16'))
show('shuffle after float16', lambda: nd.random.shuffle(nd.arange(3)))
settle('g')

bad = nd.linalg.potrf(nd.array([[-1., 0], [0, 1]]))
z = lstm(x + bad.sum())
show('shuffle after failed input', lambda: nd.random.shuffle(nd.arange(3)))
show('lstm', lambda: lstm(x))
settle('h')

proj.hybridize()
with autograd.record():
    y = proj(x)
show('shuffle after hybridized', lambda: nd.random.shuffle(nd.arange(3)))
settle('i')

d = mx.sym.var('d')
o = mx.sym.RNN(d, mx.sym.var('p'), mx.sym.var('s'), mx.sym.var('c'), state_size=5, num_layers=1, mode='lstm',
               projection_size=3)
ex = o.simple_bind(mx.cpu(), d=(3, 2, 4), grad_req='write')
ex.forward(is_train=True)
show('shuffle after executor', lambda: nd.random.shuffle(nd.arange(3)))
settle('j')
