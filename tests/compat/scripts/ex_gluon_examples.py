"""example/gluon: mnist, word_language_model, dcgan, actor_critic, house_prices."""
import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn, rnn
from mxnet.gluon.model_zoo import vision as models

mx.random.seed(2); np.random.seed(2)
ctx = mx.cpu()

# mnist.py
net = nn.Sequential()
with net.name_scope():
    net.add(nn.Dense(16, activation='relu'))
    net.add(nn.Dense(8, activation='relu'))
    net.add(nn.Dense(4))
print(net)
def transformer(data, label):
    data = data.reshape((-1,)).astype(np.float32) / 255
    return data, label
imgs = nd.array(np.random.randint(0, 256, (20, 4, 4, 1)), dtype='uint8')
lbls = np.random.randint(0, 4, 20).astype('int32')
ds = gluon.data.ArrayDataset(imgs, lbls).transform(transformer)
train_data = gluon.data.DataLoader(ds, batch_size=8, shuffle=False, last_batch='discard')
net.initialize(mx.init.Xavier(magnitude=2.24), ctx=ctx)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9})
metric = mx.metric.Accuracy()
loss = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(2):
    metric.reset()
    for i, (data, label) in enumerate(train_data):
        data = data.as_in_context(ctx); label = label.as_in_context(ctx)
        with autograd.record():
            output = net(data)
            L = loss(output, label)
            L.backward()
        trainer.step(data.shape[0])
        metric.update([label], [output])
    name, acc = metric.get()
    print('[Epoch %d] Training: %s=%f' % (epoch, name, acc), label.dtype, data.dtype, L.shape)

# word_language_model: RNNModel with tied weights, detach hidden, clip_global_norm
class RNNModel(gluon.Block):
    def __init__(self, mode, vocab_size, num_embed, num_hidden, num_layers, dropout=0.5, tie_weights=False, **kwargs):
        super(RNNModel, self).__init__(**kwargs)
        with self.name_scope():
            self.drop = nn.Dropout(dropout)
            self.encoder = nn.Embedding(vocab_size, num_embed, weight_initializer=mx.init.Uniform(0.1))
            if mode == 'lstm':
                self.rnn = rnn.LSTM(num_hidden, num_layers, dropout=dropout, input_size=num_embed)
            else:
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
lm = RNNModel('lstm', 12, 6, 6, 2, 0.2, True)
lm.collect_params().initialize(mx.init.Xavier(), ctx=ctx)
print(lm)
print(sorted(lm.collect_params().keys()))
trainer = gluon.Trainer(lm.collect_params(), 'sgd', {'learning_rate': 1.0, 'momentum': 0, 'wd': 0})
loss = gluon.loss.SoftmaxCrossEntropyLoss()
corpus = nd.array(np.random.randint(0, 12, 41))
def batchify(data, batch_size):
    nbatch = data.shape[0] // batch_size
    data = data[:nbatch * batch_size]
    return data.reshape((batch_size, nbatch)).T
def detach(hidden):
    if isinstance(hidden, (tuple, list)):
        hidden = [detach(i) for i in hidden]
    else:
        hidden = hidden.detach()
    return hidden
train_data = batchify(corpus, 2)
hidden = lm.begin_state(func=mx.nd.zeros, batch_size=2, ctx=ctx)
total_L = 0.0
for ibatch, i in enumerate(range(0, train_data.shape[0] - 1, 5)):
    seq_len = min(5, train_data.shape[0] - 1 - i)
    data, target = train_data[i:i + seq_len], train_data[i + 1:i + 1 + seq_len]
    hidden = detach(hidden)
    with autograd.record():
        output, hidden = lm(data, hidden)
        L = loss(output, target.reshape((-1,)))
        L.backward()
    grads = [p.grad(ctx) for p in lm.collect_params().values()]
    norm = gluon.utils.clip_global_norm(grads, 0.25 * 5 * 2)
    trainer.step(2 * 5)
    total_L += mx.nd.sum(L).asscalar()
print(round(total_L, 3), round(float(norm), 4), [h.shape for h in hidden])

# dcgan: generator/discriminator with Conv2DTranspose, BatchNorm, LeakyReLU; SigmoidBCE
netG = nn.Sequential()
with netG.name_scope():
    netG.add(nn.Conv2DTranspose(8, 4, 1, 0, use_bias=False)); netG.add(nn.BatchNorm()); netG.add(nn.Activation('relu'))
    netG.add(nn.Conv2DTranspose(3, 4, 2, 1, use_bias=False)); netG.add(nn.Activation('tanh'))
netD = nn.Sequential()
with netD.name_scope():
    netD.add(nn.Conv2D(4, 4, 2, 1, use_bias=False)); netD.add(nn.LeakyReLU(0.2))
    netD.add(nn.Conv2D(1, 4, 1, 0, use_bias=False))
netG.initialize(mx.init.Normal(0.02), ctx=ctx); netD.initialize(mx.init.Normal(0.02), ctx=ctx)
trainerD = gluon.Trainer(netD.collect_params(), 'adam', {'learning_rate': 0.0002, 'beta1': 0.5})
trainerG = gluon.Trainer(netG.collect_params(), 'adam', {'learning_rate': 0.0002, 'beta1': 0.5})
bce = gluon.loss.SigmoidBinaryCrossEntropyLoss()
real = nd.random.uniform(-1, 1, shape=(2, 3, 8, 8))
noise = mx.nd.random.normal(0, 1, shape=(2, 5, 1, 1), ctx=ctx)
real_label = mx.nd.ones((2,), ctx=ctx); fake_label = mx.nd.zeros((2,), ctx=ctx)
metricD = mx.metric.CustomMetric(lambda label, pred: ((pred > 0.5) == label).mean())
with autograd.record():
    output = netD(real).reshape((-1, 1))
    errD_real = bce(output, real_label)
    metricD.update([real_label, ], [output, ])
    fake = netG(noise)
    output = netD(fake.detach()).reshape((-1, 1))
    errD_fake = bce(output, fake_label)
    errD = errD_real + errD_fake
    errD.backward()
trainerD.step(2)
with autograd.record():
    output = netD(fake).reshape((-1, 1))
    errG = bce(output, real_label)
    errG.backward()
trainerG.step(2)
print(fake.shape, np.round(errD.asnumpy(), 3), np.round(errG.asnumpy(), 3), metricD.get())
print(netG[1].running_mean.data().shape, np.round(netG[1].running_var.data().asnumpy()[:3], 4))

# actor_critic: Policy with two heads, multinomial sampling, pick, smooth_l1
class Policy(gluon.Block):
    def __init__(self, **kwargs):
        super(Policy, self).__init__(**kwargs)
        with self.name_scope():
            self.dense = nn.Dense(8, in_units=4, activation='relu')
            self.action_pred = nn.Dense(2, in_units=8)
            self.value_pred = nn.Dense(1, in_units=8)
    def forward(self, x):
        x = self.dense(x)
        probs = self.action_pred(x)
        values = self.value_pred(x)
        return mx.nd.softmax(probs), values
pol = Policy(); pol.collect_params().initialize(mx.init.Uniform(0.02))
opt = gluon.Trainer(pol.collect_params(), 'adam', {'learning_rate': 3e-2})
l1 = gluon.loss.L1Loss()
states = nd.array(np.random.randn(5, 4))
with autograd.record():
    heads, values, rewards = [], [], [1.0, 0.5, 0.0, 1.0, 0.2]
    for t in range(5):
        prob, value = pol(states[t:t + 1])
        action = nd.sample_multinomial(prob)
        heads.append(nd.log(prob)[0, action[0]] if False else nd.log(nd.pick(prob, action)))
        values.append(value)
    R = 0; ret = []
    for r in rewards[::-1]:
        R = r + 0.99 * R
        ret.insert(0, R)
    ret = np.array(ret); ret = (ret - ret.mean()) / (ret.std() + np.finfo(np.float32).eps)
    loss = 0.
    for logp, v, r in zip(heads, values, ret):
        reward = r - v[0, 0].asscalar()
        loss = loss + (-logp * reward) + l1(v, mx.nd.array([[r]]))
    loss.backward()
opt.step(5)
print(loss.shape, np.round(loss.asnumpy(), 4), [h.shape for h in heads[:1]])

# house_prices: Dense(1) regression with L2Loss, log_rmse
X = nd.array(np.random.randn(16, 5)); y = nd.array(np.random.uniform(1, 3, (16, 1)))
hp = nn.Sequential()
with hp.name_scope():
    hp.add(nn.Dense(1))
hp.initialize()
l2 = gluon.loss.L2Loss()
def get_rmse_log(net, X_train, y_train):
    num_train = X_train.shape[0]
    clipped_preds = nd.clip(net(X_train), 1, float('inf'))
    return np.sqrt(2 * nd.sum(l2(nd.log(clipped_preds), nd.log(y_train))).asscalar() / num_train)
tr = gluon.Trainer(hp.collect_params(), 'adam', {'learning_rate': 0.5, 'wd': 0})
it = gluon.data.DataLoader(gluon.data.ArrayDataset(X, y), 4, shuffle=False)
for epoch in range(2):
    for data, label in it:
        with autograd.record():
            output = hp(data)
            loss = l2(output, label)
        loss.backward()
        tr.step(4)
    print(epoch, round(float(get_rmse_log(hp, X, y)), 4))
