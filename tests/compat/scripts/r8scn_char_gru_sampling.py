# Character-level language model with a GRUCell: truncated BPTT over two chunks, temperature sampling (rounded)
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn, rnn

text = "hello world, hello gluon. "
chars = sorted(set(text))
V = len(chars)
ids = nd.array([chars.index(c) for c in text])
print(V, ''.join(chars))
mx.random.seed(130)


class CharLM(gluon.Block):
    def __init__(self, **kwargs):
        super(CharLM, self).__init__(**kwargs)
        with self.name_scope():
            self.emb = nn.Embedding(V, 6)
            self.cell = rnn.GRUCell(12, input_size=6)
            self.out = nn.Dense(V, flatten=False)

    def forward(self, x, state):
        outs, state = self.cell.unroll(x.shape[1], self.emb(x), begin_state=state, layout='NTC', merge_outputs=True)
        return self.out(outs), state


net = CharLM()
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.03})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
inputs, targets = ids[:-1].reshape((1, -1)), ids[1:].reshape((1, -1))
half = inputs.shape[1] // 2
for epoch in range(25):
    state = net.cell.begin_state(batch_size=1)
    total = 0.0
    for s in (slice(0, half), slice(half, None)):
        state = [h.detach() for h in state]
        with autograd.record():
            logits, state = net(inputs[:, s], state)
            loss = loss_fn(logits, targets[:, s]).mean()
        loss.backward()
        grads = [p.grad() for p in net.collect_params().values()]
        gluon.utils.clip_global_norm(grads, 1.0)
        trainer.step(1)
        total += loss.asscalar()
    if epoch % 6 == 0:
        print(epoch, round(total / 2, 3))
state = net.cell.begin_state(batch_size=1)
tok = nd.array([[chars.index('h')]])
out = 'h'
for _ in range(10):
    logits, state = net(tok, state)
    probs = nd.softmax(logits[:, -1] / 0.1)
    nxt = int(probs.argmax(axis=1).asscalar())
    out += chars[nxt]
    tok = nd.array([[nxt]])
print(repr(out))
