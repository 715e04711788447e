"""d2l-en 1.0 MXNet code style: scratch RNN/GRU parameters from np.random.randn, one-hot of int64 token
ids, stacked outputs, gradient clipping over a mix of gluon Parameters and plain arrays, a sliced
ArrayDataset loader, an encoder over int64 embeddings, a padding-masked loss and beam-search scoring."""
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn, rnn

npx.set_np()
mx.random.seed(17)
onp.random.seed(17)


def r(a, n=5):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


corpus = [int(v) for v in onp.random.RandomState(1).randint(0, 9, size=60)]
num_steps = 5
array = np.array([corpus[i:i + num_steps + 1] for i in range(len(corpus) - num_steps)])
X, Y = array[:, :-1], array[:, 1:]
print("array", array.shape, array.dtype, X.shape, Y[0])
idx = slice(0, 40)
tensors = tuple(a[idx] for a in (X, Y))
print("sliced", [t.shape for t in tensors])
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(*tensors), 8, shuffle=False)
Xb, Yb = next(iter(loader))
print("batch", Xb.shape, Xb.dtype, type(Xb).__name__, len(loader))
Xi = Xb.astype(np.int64)
oh = npx.one_hot(Xi.T, 9)
print("one_hot int64", oh.shape, oh.dtype)

sigma = 0.01
rand = lambda *shape: np.random.randn(*shape) * sigma
W_xh, W_hh, b_h = rand(9, 16), rand(16, 16), np.zeros(16)
W_hq, b_q = rand(16, 9), np.zeros(9)
print("randn", W_xh.shape, W_xh.dtype, r(W_xh[0, :3], 6), np.random.randn().shape if hasattr(np.random.randn(), "shape") else type(np.random.randn()).__name__)
params = [W_xh, W_hh, b_h, W_hq, b_q]
for p in params:
    p.attach_grad()


def rnn_scratch(inputs, state=None):
    state = np.zeros((inputs.shape[1], 16)) if state is None else state
    outputs = []
    for x in inputs:
        state = np.tanh(np.dot(x, W_xh) + np.dot(state, W_hh) + b_h)
        outputs.append(state)
    return outputs, state


loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for step in range(2):
    with autograd.record():
        outs, H = rnn_scratch(npx.one_hot(Xi.T, 9))
        Y_hat = np.stack([np.dot(h, W_hq) + b_q for h in outs], 1)
        l = loss_fn(Y_hat.reshape((-1, Y_hat.shape[-1])), Yb.reshape((-1,))).mean()
    l.backward()
    norm = math.sqrt(sum((p.grad ** 2).sum() for p in params))
    if norm > 1:
        for p in params:
            p.grad[:] *= 1 / norm
    for p in params:
        p[:] -= 1.0 * p.grad
    print("scratch", step, Y_hat.shape, "%.5f" % float(l), "ppl %.4f" % float(np.exp(l)), "%.6f" % norm)
state = None
outs, state = rnn_scratch(npx.one_hot(np.array([[3]]).T, 9), state)
Yp = np.stack([np.dot(h, W_hq) + b_q for h in outs], 1)
print("predict", int(Yp.argmax(axis=2).reshape(1)), Yp.argmax(axis=2).dtype)


class RNNLM(nn.Block):
    def __init__(self, vocab_size, num_hiddens, **kwargs):
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.rnn = rnn.GRU(num_hiddens)
        self.linear = nn.Dense(vocab_size, flatten=False)

    def forward(self, X, H=None):
        embs = npx.one_hot(X.T, self.vocab_size)
        if H is None:
            H, = self.rnn.begin_state(embs.shape[1], ctx=embs.ctx)
        outputs, (H,) = self.rnn(embs, (H,))
        return self.linear(outputs).swapaxes(0, 1), H


net = RNNLM(9, 12)
net.initialize(init.Xavier())
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 1})
for step in range(2):
    with autograd.record():
        Y_hat, H = net(Xb)
        l = loss_fn(Y_hat.reshape((-1, 9)), Yb.reshape((-1,))).mean()
    l.backward()
    grads = [p.data() for p in net.collect_params().values()]
    norm = math.sqrt(sum((p.grad ** 2).sum() for p in grads))
    if norm > 0.5:
        for p in grads:
            p.grad[:] *= 0.5 / norm
    trainer.step(1)
    print("gluon lm", step, Y_hat.shape, H.shape, "%.5f" % l.item(), "%.6f" % norm)
print(net.collect_params())

# encoder over int64 embeddings, a padding-masked loss
emb = nn.Embedding(9, 4)
emb.initialize(init.Xavier())
print(emb, emb(Xi.T).shape, emb(Xi.T).dtype, emb.weight.data().dtype)
Yt = np.array([[3, 4, 1, 0, 0], [5, 1, 0, 0, 0]])
Yh = np.random.normal(size=(2, 5, 9))
l = loss_fn(Yh.reshape((-1, 9)), Yt.reshape(-1))
mask = (Yt.reshape(-1) != 0).astype(np.float32)
print("masked", "%.5f" % float((l * mask).sum() / mask.sum()), mask.dtype, mask.sum())

# beam-search scoring over a tiny vocabulary
logp = npx.log_softmax(np.random.normal(size=(3, 5)))
k = 2
beams = [([], 0.0)]
for t in range(3):
    candidates = []
    for seq, score in beams:
        for tok in range(5):
            candidates.append((seq + [tok], score + float(logp[t, tok])))
    beams = sorted(candidates, key=lambda c: -c[1])[:k]
    print("beam", t, [(b[0], "%.4f" % b[1]) for b in beams])
L = len(beams[0][0])
print("length-normalized %.5f" % (beams[0][1] / L ** 0.75))
