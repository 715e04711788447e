"""d2l-en (np era) recurrent chapter: vocab on a synthetic corpus, sequence sampling, RNN from scratch with
one_hot and gradient clipping, sampling predictions, and Gluon's RNN layer with begin_state."""
import collections
import math
import random

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn, rnn

npx.set_np()
mx.random.seed(3)
onp.random.seed(3)
random.seed(3)

text = ("the time traveller for so it will be convenient to speak of him was expounding a recondite matter "
        "to us his grey eyes shone and twinkled and his usually pale face was flushed and animated ") * 3
tokens = [list(line) for line in text.split("  ") if line]
counter = collections.Counter(tk for line in tokens for tk in line)
idx_to_token = ["<unk>"] + [t for t, _ in sorted(sorted(counter.items()), key=lambda x: -x[1])]
token_to_idx = {t: i for i, t in enumerate(idx_to_token)}
corpus = [token_to_idx[t] for line in tokens for t in line]
V = len(idx_to_token)
print("vocab", V, idx_to_token[:6], len(corpus))

# sequence sampling as the book does it
X = np.array([corpus[i:i + 5] for i in range(0, 20, 5)])
print("X", X.dtype, X.shape, X)
Xs = np.array(corpus[:40]).reshape(2, -1)
print("Xs", Xs.dtype, Xs[:, 0:5])
print("int64", np.array(corpus[:6], dtype="int64"), np.array(corpus[:3], dtype=onp.int32).dtype)
seq = np.arange(35)
print("arange", seq.dtype, seq[2:9], seq.reshape(5, -1).T.shape)

# one-hot of a transposed batch
oh = npx.one_hot(np.array([[0, 2], [1, 3]]).T, 5)
print("one_hot", oh.shape, oh.dtype, oh)
print("one_hot int", npx.one_hot(np.array([1, 0], dtype="int32"), 3).dtype)


def get_params(vocab_size, num_hiddens, ctx):
    def normal(shape):
        return np.random.normal(scale=0.01, size=shape, ctx=ctx)
    params = [normal((vocab_size, num_hiddens)), normal((num_hiddens, num_hiddens)),
              np.zeros(num_hiddens, ctx=ctx), normal((num_hiddens, vocab_size)), np.zeros(vocab_size, ctx=ctx)]
    for p in params:
        p.attach_grad()
    return params


def init_state(batch_size, num_hiddens, ctx):
    return (np.zeros((batch_size, num_hiddens), ctx=ctx),)


def rnn_fn(inputs, state, params):
    W_xh, W_hh, b_h, W_hq, b_q = params
    H, = state
    outputs = []
    for x in inputs:
        H = np.tanh(np.dot(x, W_xh) + np.dot(H, W_hh) + b_h)
        outputs.append(np.dot(H, W_hq) + b_q)
    return np.concatenate(outputs, axis=0), (H,)


ctx = mx.cpu()
params = get_params(V, 16, ctx)
state = init_state(2, 16, ctx)
Xb = np.array([corpus[0:6], corpus[6:12]])
Yb = np.array([corpus[1:7], corpus[7:13]])
Y, new_state = rnn_fn(npx.one_hot(Xb.T, V), state, params)
print("scratch out", Y.shape, len(new_state), new_state[0].shape, ctx, str(ctx), repr(ctx))
print("ctx", Xb.ctx, Xb.context, Xb.as_in_ctx(ctx).shape, Xb.as_in_context(ctx).dtype)


def grad_clipping(params, theta):
    norm = math.sqrt(sum((p.grad ** 2).sum() for p in params))
    if norm > theta:
        for p in params:
            p.grad[:] *= theta / norm
    return norm


loss = gluon.loss.SoftmaxCrossEntropyLoss()
lr = 1.0
for step in range(3):
    st = init_state(2, 16, ctx)
    for s in st:
        s.detach()
    y = Yb.T.reshape(-1)
    with autograd.record():
        py, st = rnn_fn(npx.one_hot(Xb.T, V), st, params)
        l = loss(py, y).mean()
    l.backward()
    norm = grad_clipping(params, 0.01)
    for p in params:
        p[:] = p - lr * p.grad / 1
    print("step", step, type(l).__name__, l.shape, "%.5f" % float(l), "%.6f" % norm, "%.5f" % math.exp(float(l * y.size) / y.size))
print("grad", params[0].grad.dtype, ["%.5e" % v for v in params[2].grad[:4].tolist()])
print("l*size", l * 12, (l * y.size).dtype)


def predict(prefix, num_preds):
    st = init_state(1, 16, ctx)
    outputs = [token_to_idx[prefix[0]]]
    get_input = lambda: np.array([outputs[-1]], ctx=ctx).reshape(1, 1)
    for ch in prefix[1:]:
        _, st = rnn_fn(npx.one_hot(get_input().T, V), st, params)
        outputs.append(token_to_idx[ch])
    for _ in range(num_preds):
        Yp, st = rnn_fn(npx.one_hot(get_input().T, V), st, params)
        outputs.append(int(Yp.argmax(axis=1).reshape(1)))
    return "".join(idx_to_token[i] for i in outputs)


print("predict", repr(predict("the ", 8)))
am = np.array([[0.1, 0.7, 0.2]]).argmax(axis=1)
print("argmax", am, am.dtype, am.reshape(1), int(am.reshape(1)))

# Gluon RNN layer
rnn_layer = rnn.RNN(8)
rnn_layer.initialize()
st = rnn_layer.begin_state(batch_size=2)
print("begin_state", type(st).__name__, len(st), st[0].shape, type(st[0]).__name__, st[0].dtype)
Xr = np.random.uniform(size=(5, 2, V))
Yr, st_new = rnn_layer(Xr, st)
print("rnn layer", Yr.shape, type(st_new).__name__, len(st_new), st_new[0].shape)
print("rnn vals", Yr[0, 0, :4].round(4) if False else onp.round(Yr[-1].asnumpy(), 4))
print(rnn_layer)
for name, p in rnn_layer.collect_params().items():
    print(name, p.shape, p.dtype)


class RNNModel(nn.Block):
    def __init__(self, rnn_layer, vocab_size, **kwargs):
        super().__init__(**kwargs)
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.dense = nn.Dense(vocab_size)

    def forward(self, inputs, state):
        X = npx.one_hot(inputs.T, self.vocab_size)
        Y, state = self.rnn(X, state)
        return self.dense(Y.reshape(-1, Y.shape[-1])), state

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


net = RNNModel(rnn.RNN(12), V)
net.initialize(ctx=ctx, force_reinit=True, init=init.Normal(0.01))
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 1})
for step in range(3):
    state = net.begin_state(batch_size=2, ctx=ctx)
    with autograd.record():
        py, state = net(Xb, state)
        l = loss(py, Yb.T.reshape(-1)).mean()
    l.backward()
    ps = [p.data() for p in net.collect_params().values()]
    norm = math.sqrt(sum((p.grad ** 2).sum() for p in ps))
    if norm > 0.05:
        for p in ps:
            p.grad[:] *= 0.05 / norm
    trainer.step(1)
    print("concise", step, "%.5f" % l.item(), "%.6f" % norm, py.shape)
print(net)
print("dense w", onp.round(net.dense.weight.data()[:2, :3].asnumpy(), 6))
state = net.begin_state(batch_size=1, ctx=ctx)
Yp, state = net(np.array([[3]]), state)
print("one", Yp.shape, int(Yp.argmax(axis=1).reshape(1)), state[0].shape)
