"""d2l-zh gluon recurrent layers: rnn.RNN/GRU/LSTM with begin_state, an RNNModel block, GRU/LSTM from scratch,
deep and bidirectional layers."""
import math

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import loss as gloss, nn, rnn

mx.random.seed(5)
np.random.seed(5)

vocab_size, num_hiddens, num_steps, batch_size = 12, 8, 5, 2
rnn_layer = rnn.RNN(num_hiddens)
rnn_layer.initialize()
print(rnn_layer)
state = rnn_layer.begin_state(batch_size=batch_size)
print(type(state).__name__, len(state), state[0].shape, state[0])
X = nd.random.uniform(shape=(num_steps, batch_size, vocab_size))
Y, state_new = rnn_layer(X, state)
print(Y.shape, len(state_new), state_new[0].shape)
print(Y[-1].asnumpy().round(5), state_new[0].asnumpy().round(5))
print(rnn_layer.collect_params())
print(rnn_layer.params.keys() if hasattr(rnn_layer.params, 'keys') else '')
print(rnn_layer(X).shape)


class RNNModel(nn.Block):
    def __init__(self, rnn_layer, vocab_size, **kwargs):
        super(RNNModel, self).__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.dense = nn.Dense(vocab_size)

    def forward(self, inputs, state):
        X = nd.one_hot(inputs.T, self.vocab_size)
        Y, state = self.rnn(X, state)
        output = self.dense(Y.reshape((-1, Y.shape[-1])))
        return output, state

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


def grad_clipping(params, theta, ctx):
    norm = nd.array([0], ctx)
    for param in params:
        norm += (param.grad ** 2).sum()
    norm = norm.sqrt().asscalar()
    if norm > theta:
        for param in params:
            param.grad[:] *= theta / norm


corpus = nd.array(np.random.randint(0, vocab_size, size=(batch_size, 41)))
ctx = mx.cpu()
for layer in [rnn.RNN(num_hiddens), rnn.RNN(num_hiddens, activation='relu'), rnn.GRU(num_hiddens),
              rnn.LSTM(num_hiddens), rnn.LSTM(num_hiddens, num_layers=2), rnn.GRU(num_hiddens, bidirectional=True),
              rnn.RNN(num_hiddens, num_layers=2, bidirectional=True, dropout=0.0)]:
    model = RNNModel(layer, vocab_size)
    model.initialize(force_reinit=True, ctx=ctx, init=init.Normal(0.01))
    print(model)
    state = model.begin_state(batch_size=1, ctx=ctx)
    print([s.shape for s in state])
    output = [3]
    for t in range(6):
        X = nd.array([output[-1]], ctx=ctx).reshape((1, 1))
        (Y, state) = model(X, state)
        output.append(int(Y.argmax(axis=1).asscalar()))
    print('predict', output)
    loss = gloss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': 1.0, 'momentum': 0, 'wd': 0})
    state = model.begin_state(batch_size=batch_size, ctx=ctx)
    l_sum, n = 0.0, 0
    for i in range(0, 40 - num_steps, num_steps):
        Xb, Yb = corpus[:, i:i + num_steps], corpus[:, i + 1:i + num_steps + 1]
        for s in state:
            s.detach()
        with autograd.record():
            (output, state) = model(Xb, state)
            y = Yb.T.reshape((-1,))
            l = loss(output, y).mean()
        l.backward()
        params = [p.data() for p in model.collect_params().values()]
        grad_clipping(params, 0.5, ctx)
        trainer.step(1)
        l_sum += l.asscalar() * y.size
        n += y.size
    print('perplexity %.4f' % math.exp(l_sum / n))
    print(sorted((k, v.shape) for k, v in model.collect_params().items()))

# begin_state with a function, and states for LSTM
lstm = rnn.LSTM(4, num_layers=2, input_size=3)
lstm.initialize()
st = lstm.begin_state(batch_size=2, func=nd.ones)
print([s.asnumpy().tolist() for s in st])
print(lstm.state_info(2))
x = nd.random.normal(shape=(5, 2, 3))
out, st2 = lstm(x, st)
print(out.asnumpy().round(5), [s.asnumpy().round(5) for s in st2])
lstm_ntc = rnn.LSTM(4, layout='NTC', input_size=3)
lstm_ntc.initialize()
print(lstm_ntc(x.swapaxes(0, 1)).shape)
try:
    lstm(x, st[:1])
except Exception as err:
    print('bad state:', type(err).__name__)

# GRU / LSTM from scratch with a single step
num_inputs = num_outputs = vocab_size


def _one(shape):
    return nd.random.normal(scale=0.01, shape=shape, ctx=ctx)


def _three():
    return (_one((num_inputs, num_hiddens)), _one((num_hiddens, num_hiddens)), nd.zeros(num_hiddens, ctx=ctx))


def gru_params():
    W_xz, W_hz, b_z = _three()
    W_xr, W_hr, b_r = _three()
    W_xh, W_hh, b_h = _three()
    W_hq = _one((num_hiddens, num_outputs))
    b_q = nd.zeros(num_outputs, ctx=ctx)
    params = [W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q]
    for param in params:
        param.attach_grad()
    return params


def gru(inputs, state, params):
    W_xz, W_hz, b_z, W_xr, W_hr, b_r, W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for X in inputs:
        Z = nd.sigmoid(nd.dot(X, W_xz) + nd.dot(H, W_hz) + b_z)
        R = nd.sigmoid(nd.dot(X, W_xr) + nd.dot(H, W_hr) + b_r)
        H_tilda = nd.tanh(nd.dot(X, W_xh) + nd.dot(R * H, W_hh) + b_h)
        H = Z * H + (1 - Z) * H_tilda
        Y = nd.dot(H, W_hq) + b_q
        outputs.append(Y)
    return outputs, (H,)


def lstm_params():
    W_xi, W_hi, b_i = _three()
    W_xf, W_hf, b_f = _three()
    W_xo, W_ho, b_o = _three()
    W_xc, W_hc, b_c = _three()
    W_hq = _one((num_hiddens, num_outputs))
    b_q = nd.zeros(num_outputs, ctx=ctx)
    params = [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q]
    for param in params:
        param.attach_grad()
    return params


def lstm_scratch(inputs, state, params):
    [W_xi, W_hi, b_i, W_xf, W_hf, b_f, W_xo, W_ho, b_o, W_xc, W_hc, b_c, W_hq, b_q] = params
    (H, C) = state
    outputs = []
    for X in inputs:
        I = nd.sigmoid(nd.dot(X, W_xi) + nd.dot(H, W_hi) + b_i)
        F = nd.sigmoid(nd.dot(X, W_xf) + nd.dot(H, W_hf) + b_f)
        O = nd.sigmoid(nd.dot(X, W_xo) + nd.dot(H, W_ho) + b_o)
        C_tilda = nd.tanh(nd.dot(X, W_xc) + nd.dot(H, W_hc) + b_c)
        C = F * C + I * C_tilda
        H = O * C.tanh()
        Y = nd.dot(H, W_hq) + b_q
        outputs.append(Y)
    return outputs, (H, C)


inputs = [nd.one_hot(x, vocab_size) for x in corpus[:, :num_steps].T]
for name, make, fn, nstate in [('gru', gru_params, gru, 1), ('lstm', lstm_params, lstm_scratch, 2)]:
    params = make()
    state = tuple(nd.zeros((batch_size, num_hiddens)) for _ in range(nstate))
    with autograd.record():
        outs, state = fn(inputs, state, params)
        l = gloss.SoftmaxCrossEntropyLoss()(nd.concat(*outs, dim=0), corpus[:, 1:num_steps + 1].T.reshape((-1,)))
        l = l.mean()
    l.backward()
    print(name, '%.6f' % l.asscalar(), [s.shape for s in state], params[0].grad.abs().sum().asscalar() > 0,
          nd.concat(*outs, dim=0)[:2].asnumpy().round(6))
