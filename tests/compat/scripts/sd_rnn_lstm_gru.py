# Straight Dope: RNN / LSTM / GRU from scratch and with gluon.rnn (language model pieces)
import mxnet as mx
import numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, rnn

mx.random.seed(5)
np.random.seed(5)
ctx = mx.cpu(0)
vocab_size, num_hidden, seq_len, batch_size = 6, 4, 3, 2

text = "hello world"
character_list = list(set(text))
character_list.sort()
character_dict = {c: i for i, c in enumerate(character_list)}
idx = [character_dict[c] for c in text]
print(len(character_list), idx)
print(nd.one_hot(nd.array(idx[:4]), len(character_list)))

def one_hots(numerical_list, vocab_size=vocab_size):
    result = nd.zeros((len(numerical_list), vocab_size), ctx=ctx)
    for i, i_dx in enumerate(numerical_list):
        result[i, i_dx] = 1.0
    return result
print(one_hots([1, 3, 0]))

data = nd.array(np.random.randint(0, vocab_size, size=(seq_len, batch_size)))
inputs = [nd.one_hot(data[t], vocab_size) for t in range(seq_len)]
labels = nd.array(np.random.randint(0, vocab_size, size=(seq_len, batch_size)))
print(data)

def softmax(y_linear, temperature=1.0):
    lin = (y_linear - nd.max(y_linear, axis=1).reshape((-1, 1))) / temperature
    exp = nd.exp(lin)
    partition = nd.sum(exp, axis=1).reshape((-1, 1))
    return exp / partition

def cross_entropy(yhat, y):
    return - nd.mean(nd.sum(y * nd.log(yhat), axis=0, exclude=True))

def average_ce_loss(outputs, labels):
    total = 0.
    for (output, label) in zip(outputs, labels):
        total = total + cross_entropy(output, label)
    return total / len(outputs)

def SGD(params, lr):
    for param in params:
        param[:] = param - lr * param.grad

# simple rnn
num_inputs = num_outputs = vocab_size
Wxh = nd.random_normal(shape=(num_inputs, num_hidden), ctx=ctx) * .01
Whh = nd.random_normal(shape=(num_hidden, num_hidden), ctx=ctx) * .01
bh = nd.random_normal(shape=num_hidden, ctx=ctx) * .01
Why = nd.random_normal(shape=(num_hidden, num_outputs), ctx=ctx) * .01
by = nd.random_normal(shape=num_outputs, ctx=ctx) * .01
params = [Wxh, Whh, bh, Why, by]
for param in params:
    param.attach_grad()

def simple_rnn(inputs, state, temperature=1.0):
    outputs = []
    h = state
    for X in inputs:
        h_linear = nd.dot(X, Wxh) + nd.dot(h, Whh) + bh
        h = nd.tanh(h_linear)
        yhat_linear = nd.dot(h, Why) + by
        outputs.append(softmax(yhat_linear, temperature=temperature))
    return (outputs, h)

for e in range(2):
    h = nd.zeros(shape=(batch_size, num_hidden), ctx=ctx)
    with autograd.record():
        outputs, h = simple_rnn(inputs, h)
        loss = average_ce_loss(outputs, [nd.one_hot(labels[t], vocab_size) for t in range(seq_len)])
        loss.backward()
    SGD(params, .5)
    print(e, loss.asscalar())
print(Wxh.grad)

# lstm scratch
Wxg, Wxi, Wxf, Wxo = [nd.random_normal(shape=(num_inputs, num_hidden), ctx=ctx) * .01 for _ in range(4)]
Whg, Whi, Whf, Who = [nd.random_normal(shape=(num_hidden, num_hidden), ctx=ctx) * .01 for _ in range(4)]
bg, bi, bf, bo = [nd.random_normal(shape=num_hidden, ctx=ctx) * .01 for _ in range(4)]
lparams = [Wxg, Wxi, Wxf, Wxo, Whg, Whi, Whf, Who, bg, bi, bf, bo, Why, by]
for p in lparams:
    p.attach_grad()

def lstm_rnn(inputs, h, c, temperature=1.0):
    outputs = []
    for X in inputs:
        g = nd.tanh(nd.dot(X, Wxg) + nd.dot(h, Whg) + bg)
        i = nd.sigmoid(nd.dot(X, Wxi) + nd.dot(h, Whi) + bi)
        f = nd.sigmoid(nd.dot(X, Wxf) + nd.dot(h, Whf) + bf)
        o = nd.sigmoid(nd.dot(X, Wxo) + nd.dot(h, Who) + bo)
        c = f * c + i * g
        h = o * nd.tanh(c)
        yhat_linear = nd.dot(h, Why) + by
        outputs.append(nd.softmax(yhat_linear / temperature))
    return (outputs, h, c)

h = nd.zeros((batch_size, num_hidden)); c = nd.zeros((batch_size, num_hidden))
with autograd.record():
    outputs, h, c = lstm_rnn(inputs, h, c)
    loss = average_ce_loss(outputs, [nd.one_hot(labels[t], vocab_size) for t in range(seq_len)])
loss.backward()
SGD(lparams, 2)
print(loss, h, Wxf.grad)

# gru scratch
Wxz, Wxr, Wxh2 = [nd.random_normal(shape=(num_inputs, num_hidden), ctx=ctx) * .01 for _ in range(3)]
Whz, Whr, Whh2 = [nd.random_normal(shape=(num_hidden, num_hidden), ctx=ctx) * .01 for _ in range(3)]
bz, br, bh2 = [nd.random_normal(shape=num_hidden, ctx=ctx) * .01 for _ in range(3)]
gparams = [Wxz, Wxr, Wxh2, Whz, Whr, Whh2, bz, br, bh2]
for p in gparams:
    p.attach_grad()

def gru_rnn(inputs, h):
    outputs = []
    for X in inputs:
        z = nd.sigmoid(nd.dot(X, Wxz) + nd.dot(h, Whz) + bz)
        r = nd.sigmoid(nd.dot(X, Wxr) + nd.dot(h, Whr) + br)
        g = nd.tanh(nd.dot(X, Wxh2) + nd.dot(r * h, Whh2) + bh2)
        h = z * h + (1 - z) * g
        outputs.append(nd.softmax(nd.dot(h, Why) + by))
    return outputs, h

with autograd.record():
    outputs, h = gru_rnn(inputs, nd.zeros((batch_size, num_hidden)))
    loss = average_ce_loss(outputs, [nd.one_hot(labels[t], vocab_size) for t in range(seq_len)])
loss.backward()
print(loss, Whr.grad)
sample = nd.sample_multinomial(outputs[-1])
print(sample, sample.dtype)
print(nd.random.multinomial(outputs[-1][0], shape=3))
print(nd.argmax(outputs[-1], axis=1))


# gluon language model
class RNNModel(gluon.Block):
    def __init__(self, mode, vocab_size, num_embed, num_hidden, num_layers, dropout=0.5, tie_weights=False, **kwargs):
        super(RNNModel, self).__init__(**kwargs)
        with self.name_scope():
            self.drop = nn.Dropout(dropout)
            self.encoder = nn.Embedding(vocab_size, num_embed, weight_initializer=mx.init.Uniform(0.1))
            if mode == 'rnn_relu':
                self.rnn = rnn.RNN(num_hidden, num_layers, activation='relu', dropout=dropout, input_size=num_embed)
            elif mode == 'rnn_tanh':
                self.rnn = rnn.RNN(num_hidden, num_layers, dropout=dropout, input_size=num_embed)
            elif mode == 'lstm':
                self.rnn = rnn.LSTM(num_hidden, num_layers, dropout=dropout, input_size=num_embed)
            elif mode == 'gru':
                self.rnn = rnn.GRU(num_hidden, num_layers, dropout=dropout, input_size=num_embed)
            if tie_weights:
                self.decoder = nn.Dense(vocab_size, in_units=num_hidden, params=self.encoder.params)
            else:
                self.decoder = nn.Dense(vocab_size, in_units=num_hidden)
            self.num_hidden = num_hidden

    def forward(self, inputs, hidden):
        emb = self.drop(self.encoder(inputs))
        output, hidden = self.rnn(emb, hidden)
        output = self.drop(output)
        decoded = self.decoder(output.reshape((-1, self.num_hidden)))
        return decoded, hidden

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


def detach(hidden):
    if isinstance(hidden, (tuple, list)):
        hidden = [i.detach() for i in hidden]
    else:
        hidden = hidden.detach()
    return hidden

loss = gluon.loss.SoftmaxCrossEntropyLoss()
for mode, tie in [('rnn_relu', False), ('rnn_tanh', False), ('lstm', True), ('gru', False)]:
    model = RNNModel(mode, vocab_size, num_hidden, num_hidden, 2, 0.2, tie)
    model.collect_params().initialize(mx.init.Xavier(), ctx=ctx)
    trainer = gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': 1.0, 'momentum': 0, 'wd': 0})
    hidden = model.begin_state(func=mx.nd.zeros, batch_size=batch_size, ctx=ctx)
    print(mode, [hh.shape for hh in hidden])
    for it in range(2):
        hidden = detach(hidden)
        with autograd.record():
            output, hidden = model(data, hidden)
            L = loss(output, labels.reshape((-1,)))
            L.backward()
        grads = [i.grad(ctx) for i in model.collect_params().values()]
        norm = gluon.utils.clip_global_norm(grads, 0.2 * seq_len * batch_size)
        trainer.step(batch_size)
        print(it, round(float(norm), 4), round(float(mx.nd.sum(L).asscalar()), 4))   # rounded: dot's last bits follow the ISA
    print(model)
    print(sorted(model.collect_params().keys()))

# cells
cell = rnn.LSTMCell(num_hidden, input_size=vocab_size)
cell.initialize()
outs, states = cell.unroll(seq_len, nd.stack(*inputs, axis=1), layout='NTC', merge_outputs=True)
print(cell, outs.shape, [s.shape for s in states])
stack = rnn.SequentialRNNCell()
with stack.name_scope():
    stack.add(rnn.GRUCell(num_hidden))
    stack.add(rnn.RNNCell(num_hidden))
stack.initialize()
out, st = stack(inputs[0], stack.begin_state(batch_size=batch_size))
print(stack, out.shape, len(st))
print(sorted(stack.collect_params().keys()))
