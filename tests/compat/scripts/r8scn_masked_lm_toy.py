# A BERT-style masked language model in miniature: token + position embeddings, one self-attention layer,
# random masking with a [MASK] id, prediction gathered only at masked positions (gather_nd), weight-tied decoder
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

V, T, D, MASK = 8, 6, 8, 7
mx.random.seed(370)
seqs = nd.array([[1, 2, 3, 4, 5, 6], [2, 3, 4, 5, 6, 1], [3, 4, 5, 6, 1, 2], [4, 5, 6, 1, 2, 3]])


class TinyBERT(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(TinyBERT, self).__init__(**kwargs)
        with self.name_scope():
            self.tok = nn.Embedding(V, D)
            self.pos = self.params.get('pos', shape=(1, T, D), init=mx.init.Normal(0.02))
            self.qkv = nn.Dense(3 * D, flatten=False)
            self.ln = nn.LayerNorm()
            self.out_bias = self.params.get('out_bias', shape=(V,), init=mx.init.Zero())

    def hybrid_forward(self, F, x, positions, pos, out_bias):
        h = F.broadcast_add(self.tok(x), pos)
        q, k, v = F.split(self.qkv(h), num_outputs=3, axis=-1)
        att = F.softmax(F.batch_dot(q, k, transpose_b=True) / (D ** 0.5), axis=-1)
        h = self.ln(h + F.batch_dot(att, v))
        picked = F.gather_nd(h, positions)                      # (M, D)
        return F.FullyConnected(picked, self.tok.weight.data(), out_bias, num_hidden=V)   # tied to the embedding


def mask_batch(batch):
    probs = nd.random.uniform(shape=batch.shape)
    chosen = (probs < 0.25).asnumpy().nonzero()
    rows, cols = chosen
    masked = batch.copy()
    for r, c in zip(rows, cols):
        masked[int(r), int(c)] = MASK
    positions = nd.array([rows.tolist(), cols.tolist()])
    return masked, positions, nd.gather_nd(batch, positions)


net = TinyBERT()
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.02})
ce = gluon.loss.SoftmaxCrossEntropyLoss()
for step in range(8):
    masked, positions, targets = mask_batch(seqs)
    if positions.shape[1] == 0:
        continue
    with autograd.record():
        logits = net(masked, positions)
        loss = ce(logits, targets)
    loss.backward()
    trainer.step(positions.shape[1])
    print(step, positions.shape[1], repr(loss.mean().asscalar()), logits.argmax(axis=1).asnumpy().tolist())
print(sorted(net.collect_params().keys()))
print(net.tok.weight.grad()[MASK].asnumpy().tolist())
