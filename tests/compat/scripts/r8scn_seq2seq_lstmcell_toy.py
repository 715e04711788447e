# Seq2seq toy (reverse a sequence) with LSTMCell encoder/decoder, teacher forcing, greedy decoding; rounded prints
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn, rnn

mx.random.seed(21)
V, H, T = 6, 8, 4
src = nd.array([[1, 2, 3, 4], [2, 3, 4, 5], [5, 4, 1, 2], [3, 1, 5, 2]])
tgt = nd.reverse(src, axis=1)
bos = nd.zeros((src.shape[0], 1))
dec_in = nd.concat(bos, tgt[:, :-1], dim=1)
print(tgt.asnumpy().tolist(), dec_in.asnumpy().tolist())


class Seq2Seq(gluon.Block):
    def __init__(self, **kwargs):
        super(Seq2Seq, self).__init__(**kwargs)
        with self.name_scope():
            self.emb = nn.Embedding(V, 5)
            self.enc = rnn.LSTMCell(H, input_size=5)
            self.dec = rnn.LSTMCell(H, input_size=5)
            self.out = nn.Dense(V, flatten=False, in_units=H)

    def encode(self, x):
        _, state = self.enc.unroll(T, self.emb(x), layout='NTC', merge_outputs=True)
        return state

    def forward(self, x, y_in):
        state = self.encode(x)
        outs, _ = self.dec.unroll(T, self.emb(y_in), begin_state=state, layout='NTC', merge_outputs=True)
        return self.out(outs)

    def greedy(self, x):
        state = self.encode(x)
        tok = nd.zeros((x.shape[0],))
        result = []
        for _ in range(T):
            o, state = self.dec(self.emb(tok), state)
            tok = self.out(o).argmax(axis=1)
            result.append(tok)
        return nd.stack(*result, axis=1)


net = Seq2Seq()
net.initialize(mx.init.Xavier())
print([(k, v.shape) for k, v in sorted(net.collect_params().items())][:4])
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05, 'clip_gradient': 5})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(30):
    with autograd.record():
        logits = net(src, dec_in)
        loss = loss_fn(logits, tgt)
    loss.backward()
    trainer.step(src.shape[0])
    if epoch % 5 == 0:
        print(epoch, round(float(loss.mean().asscalar()), 4))
print(net.greedy(src).asnumpy().tolist())
print(round(float(loss_fn(net(src, dec_in), tgt).mean().asscalar()), 3))
