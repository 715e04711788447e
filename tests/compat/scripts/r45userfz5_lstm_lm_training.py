"""A word-level LSTM language model (embedding, two LSTM layers, decoder) trained by SGD with clipping keeps MXNet's losses, states and gradients bit for bit, for batches that split the gate products into row chunks."""
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn


class WordLM(nn.Block):
    def __init__(self, vocab, embed, hidden, layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.lstm = rnn.LSTM(hidden, num_layers=layers, input_size=embed)
        self.decoder = nn.Dense(vocab, flatten=False, in_units=hidden)

    def forward(self, tokens, state):
        output, state = self.lstm(self.embedding(tokens), state)
        return self.decoder(output), state


def train(vocab, embed, hidden, layers, steps, batch):
    mx.random.seed(45)
    model = WordLM(vocab, embed, hidden, layers)
    model.initialize(mx.init.Xavier())
    trainer = gluon.Trainer(model.collect_params(), 'sgd', {'learning_rate': 0.5})
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    corpus = nd.random.randint(0, vocab, (3 * steps + 1, batch)).astype('float32')
    state = model.lstm.begin_state(batch_size=batch)
    for i in range(0, 3 * steps, steps):
        data, target = corpus[i:i + steps], corpus[i + 1:i + 1 + steps]
        state = [s.detach() for s in state]
        with autograd.record():
            output, state = model(data, state)
            loss = loss_fn(output, target).mean()
        loss.backward()
        grads = [p.grad() for p in model.collect_params().values()]
        norm = gluon.utils.clip_global_norm(grads, 0.25)
        trainer.step(1)
        print('loss %.9g  norm %.9g' % (loss.asscalar(), norm))
    print('h', state[0][-1, :2, :4].asnumpy().tolist())
    print('c', state[1][0, -1, :4].asnumpy().tolist())
    print('i2h', model.lstm.l0_i2h_weight.data()[:2, :4].asnumpy().tolist())
    print('h2h grad', getattr(model.lstm, 'l%d_h2h_weight' % (layers - 1)).grad()[-2:, -4:].asnumpy().tolist())


train(vocab=60, embed=24, hidden=48, layers=2, steps=5, batch=8)
train(vocab=40, embed=16, hidden=32, layers=1, steps=4, batch=300)
