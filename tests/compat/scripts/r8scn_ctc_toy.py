# CTC on a toy alignment task: per-frame Dense classifier, gluon.loss.CTCLoss with lengths, greedy decoding
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(8)
N, T, F_, C = 3, 6, 4, 4   # class 0 is the blank
frames = nd.random.normal(shape=(N, T, F_))
labels = nd.array([[1, 2, -1], [3, 3, 1], [2, -1, -1]])
label_lens = nd.array([2, 3, 1])
data_lens = nd.array([6, 6, 5])
net = nn.Dense(C, flatten=False)
net.initialize(mx.init.Xavier())
ctc = gluon.loss.CTCLoss(layout='NTC', label_layout='NT')
print(ctc(net(frames), labels).asnumpy().tolist())
print(ctc(net(frames), labels, data_lens, label_lens).asnumpy().tolist())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.1})
for step in range(15):
    with autograd.record():
        loss = ctc(net(frames), labels, data_lens, label_lens)
    loss.backward()
    trainer.step(N)
    if step % 3 == 0:
        print(step, loss.asnumpy().tolist())


def greedy_decode(probs):
    best = probs.argmax(axis=-1).asnumpy().astype('int64').tolist()
    out = []
    for row in best:
        seq, prev = [], None
        for c in row:
            if c != prev and c != 0:
                seq.append(c)
            prev = c
        out.append(seq)
    return out


print(greedy_decode(nd.softmax(net(frames))))
tnc = gluon.loss.CTCLoss(layout='TNC', label_layout='TN')
print(tnc(net(frames).transpose((1, 0, 2)), labels.T, data_lens, label_lens).asnumpy().tolist())
raw = nd.CTCLoss(net(frames).transpose((1, 0, 2)), nd.maximum(labels, 0), blank_label='first')
print(raw.asnumpy().tolist())
