# Time-series forecasting with sliding windows: a window Dataset, normalisation from training statistics,
# an MLP one-step forecaster and a recursive multi-step forecast
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(70)
t = nd.arange(0, 60)
series = nd.sin(t * 0.3) + 0.1 * t / 10 + 0.05 * nd.random.normal(shape=(60,))
train, test = series[:45], series[45:]
mean, std = train.mean(), nd.sqrt(((train - train.mean()) ** 2).mean())
print(repr(mean.asscalar()), repr(std.asscalar()))


class Windows(gluon.data.Dataset):
    def __init__(self, s, width):
        self.s, self.width = s, width

    def __len__(self):
        return self.s.shape[0] - self.width

    def __getitem__(self, i):
        return self.s[i:i + self.width], self.s[i + self.width]


W = 6
norm = (train - mean) / std
ds = Windows(norm, W)
print(len(ds), ds[0][0].asnumpy().tolist(), ds[0][1].asscalar())
loader = gluon.data.DataLoader(ds, batch_size=8, shuffle=False, last_batch='rollover')
print(len(loader))
net = nn.Sequential()
net.add(nn.Dense(16, activation='relu'), nn.Dense(1))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
for epoch in range(10):
    total, count = 0.0, 0
    for xb, yb in loader:
        with autograd.record():
            loss = gluon.loss.L2Loss()(net(xb), yb)
        loss.backward()
        trainer.step(xb.shape[0])
        total += loss.sum().asscalar()
        count += xb.shape[0]
    if epoch % 3 == 0:
        print(epoch, count, repr(total / count))
window = norm[-W:].reshape((1, -1))
preds = []
for _ in range(5):
    nxt = net(window)
    preds.append(nxt.asscalar())
    window = nd.concat(window[:, 1:], nxt, dim=1)
forecast = nd.array(preds) * std + mean
print(forecast.asnumpy().tolist())
print(repr(nd.abs(forecast - test[:5]).mean().asscalar()))
