"""d2l-en 1.0 object-oriented style on MXNet np: a Block subclass mixed with a hyperparameter saver, DataModule /
Trainer loops, scratch parameters held as np arrays, Gluon Trainer with bias wd_mult, gradient clipping through
Parameter.data().grad, multi-worker DataLoader with vision transforms, layer summaries."""
import inspect
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
from mxnet.gluon.data.vision import transforms

npx.set_np()
mx.random.seed(12)
onp.random.seed(12)


class HyperParameters:
    def save_hyperparameters(self, ignore=[]):
        frame = inspect.currentframe().f_back
        _, _, _, local_vars = inspect.getargvalues(frame)
        self.hparams = {k: v for k, v in local_vars.items()
                        if k not in set(ignore + ['self']) and not k.startswith('_')}
        for k, v in self.hparams.items():
            setattr(self, k, v)


class Module(nn.Block, HyperParameters):
    def __init__(self, plot_train_per_epoch=2, plot_valid_per_epoch=1):
        super().__init__()
        self.save_hyperparameters()
        self.history = []

    def loss(self, y_hat, y):
        raise NotImplementedError

    def forward(self, X):
        assert hasattr(self, 'net'), 'Neural network is defined'
        return self.net(X)

    def plot(self, key, value, train):
        self.history.append((key, train, round(float(value.as_in_context(npx.cpu()).asnumpy()), 4)))

    def training_step(self, batch):
        l = self.loss(self(*batch[:-1]), batch[-1])
        self.plot('loss', l, train=True)
        return l

    def validation_step(self, batch):
        l = self.loss(self(*batch[:-1]), batch[-1])
        self.plot('loss', l, train=False)

    def parameters(self):
        return self.collect_params()

    def configure_optimizers(self):
        params = self.parameters()
        if isinstance(params, list):
            return SGD(params, self.lr)
        return gluon.Trainer(params, 'sgd', {'learning_rate': self.lr})


class DataModule(HyperParameters):
    def __init__(self, root='../data', num_workers=0):
        self.save_hyperparameters()

    def train_dataloader(self):
        return self.get_dataloader(train=True)

    def val_dataloader(self):
        return self.get_dataloader(train=False)

    def get_tensorloader(self, tensors, train, indices=slice(0, None)):
        tensors = tuple(a[indices] for a in tensors)
        dataset = gluon.data.ArrayDataset(*tensors)
        return gluon.data.DataLoader(dataset, self.batch_size, shuffle=train)


class Trainer(HyperParameters):
    def __init__(self, max_epochs, num_gpus=0, gradient_clip_val=0):
        self.save_hyperparameters()

    def prepare_batch(self, batch):
        return batch

    def fit(self, model, data):
        self.train_dataloader = data.train_dataloader()
        self.val_dataloader = data.val_dataloader()
        self.num_train_batches = len(self.train_dataloader)
        model.trainer = self
        self.model = model
        self.optim = model.configure_optimizers()
        self.epoch = self.train_batch_idx = self.val_batch_idx = 0
        for self.epoch in range(self.max_epochs):
            self.fit_epoch()

    def fit_epoch(self):
        for batch in self.train_dataloader:
            with autograd.record():
                loss = self.model.training_step(self.prepare_batch(batch))
            loss.backward()
            if self.gradient_clip_val > 0:
                self.clip_gradients(self.gradient_clip_val, self.model)
            self.optim.step(1)
            self.train_batch_idx += 1
        for batch in self.val_dataloader:
            self.model.validation_step(self.prepare_batch(batch))
            self.val_batch_idx += 1

    def clip_gradients(self, grad_clip_val, model):
        params = model.parameters()
        if not isinstance(params, list):
            params = [p.data() for p in params.values()]
        norm = math.sqrt(sum((p.grad ** 2).sum() for p in params))
        if norm > grad_clip_val:
            for param in params:
                param.grad[:] *= grad_clip_val / norm


class SGD(HyperParameters):
    def __init__(self, params, lr):
        self.save_hyperparameters()

    def step(self, _):
        for param in self.params:
            param -= self.lr * param.grad


class B(HyperParameters):
    def __init__(self, a, b, c):
        self.save_hyperparameters(ignore=['c'])
        print('self.a =', self.a, 'self.b =', self.b, 'no c:', not hasattr(self, 'c'))


B(a=1, b=2, c=3)


class SyntheticRegressionData(DataModule):
    def __init__(self, w, b, noise=0.01, num_train=40, num_val=20, batch_size=8):
        super().__init__()
        self.save_hyperparameters()
        n = num_train + num_val
        self.X = np.random.randn(n, len(w))
        noise = np.random.randn(n, 1) * noise
        self.y = np.dot(self.X, w.reshape((-1, 1))) + b + noise

    def get_dataloader(self, train):
        i = slice(0, self.num_train) if train else slice(self.num_train, None)
        return self.get_tensorloader((self.X, self.y), train, i)


data = SyntheticRegressionData(w=np.array([2, -3.4]), b=4.2)
print('features:', data.X[0], '\nlabel:', data.y[0], data.X.dtype, data.y.shape)
X, y = next(iter(data.train_dataloader()))
print('X shape:', X.shape, '\ny shape:', y.shape, len(data.train_dataloader()), len(data.val_dataloader()))


class LinearRegressionScratch(Module):
    def __init__(self, num_inputs, lr, sigma=0.01):
        super().__init__()
        self.save_hyperparameters()
        self.w = np.random.normal(0, sigma, (num_inputs, 1))
        self.b = np.zeros(1)
        self.w.attach_grad()
        self.b.attach_grad()

    def forward(self, X):
        return np.dot(X, self.w) + self.b

    def loss(self, y_hat, y):
        l = (y_hat - y) ** 2 / 2
        return l.mean()

    def parameters(self):
        return [self.w, self.b]


model = LinearRegressionScratch(2, lr=0.03)
print(model, sorted(model.hparams), model.plot_train_per_epoch)
print(list(model.collect_params().keys()), list(model._children.keys()))
trainer = Trainer(max_epochs=3, gradient_clip_val=1)
trainer.fit(model, data)
print(model.history[:3], model.history[-1], len(model.history))
print(f'error in estimating w: {data.w - model.w.reshape(data.w.shape)}')
print(f'error in estimating b: {data.b - model.b}')


class LinearRegression(Module):
    def __init__(self, lr):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Dense(1)
        self.net.initialize(init.Normal(sigma=0.01))

    def loss(self, y_hat, y):
        fn = gluon.loss.L2Loss()
        return fn(y_hat, y).mean()

    def get_w_b(self):
        return (self.net.weight.data(), self.net.bias.data())


model = LinearRegression(lr=0.03)
print(model)
print(sorted(model.collect_params().keys()))
trainer = Trainer(max_epochs=3, gradient_clip_val=0.5)
trainer.fit(model, data)
w, b = model.get_w_b()
print(f'error in estimating w: {data.w - w.reshape(data.w.shape)}')
print(f'error in estimating b: {data.b - b}')
print(model.net.weight.grad(), model.history[-1])


class WeightDecay(LinearRegression):
    def __init__(self, wd, lr):
        super().__init__(lr)
        self.save_hyperparameters()
        self.wd = wd

    def configure_optimizers(self):
        self.collect_params('.*bias').setattr('wd_mult', 0)
        return gluon.Trainer(self.collect_params(), 'sgd', {'learning_rate': self.lr, 'wd': self.wd})


model = WeightDecay(wd=3, lr=0.01)
model.board = 'unused'
trainer = Trainer(max_epochs=2)
trainer.fit(model, data)
print('L2 norm of w:', float((model.get_w_b()[0] ** 2).sum()), model.net.bias.wd_mult, model.net.weight.wd_mult)


# classification with a multi-worker loader and vision transforms
class TinyImages(DataModule):
    def __init__(self, batch_size=8, resize=(12, 12), num_workers=2):
        super().__init__(num_workers=num_workers)
        self.save_hyperparameters()
        rng = onp.random.RandomState(13)
        imgs = rng.randint(0, 256, size=(24, 10, 10, 1)).astype('uint8')
        labels = rng.randint(0, 10, size=(24,)).astype('int32')
        trans = transforms.Compose([transforms.Resize(resize), transforms.ToTensor()])
        self.train = gluon.data.ArrayDataset(np.array(imgs, dtype='uint8'), labels).transform_first(trans)
        self.val = gluon.data.ArrayDataset(np.array(imgs[:8], dtype='uint8'), labels[:8]).transform_first(trans)

    def text_labels(self, indices):
        labels = ['t-shirt', 'trouser', 'pullover', 'dress', 'coat', 'sandal', 'shirt', 'sneaker', 'bag', 'boot']
        return [labels[int(i)] for i in indices]

    def get_dataloader(self, train):
        data = self.train if train else self.val
        return gluon.data.DataLoader(data, self.batch_size, shuffle=train, num_workers=self.num_workers)


data = TinyImages()
print(len(data.train), len(data.val), data.train[0][0].shape, data.train[0][0].dtype)
X, y = next(iter(data.val_dataloader()))
print(X.shape, X.dtype, y.shape, y.dtype, type(X).__name__, type(y).__name__)
print(X.squeeze(1).shape, data.text_labels(y)[:4], float(X.sum()))


class Classifier(Module):
    def validation_step(self, batch):
        Y_hat = self(*batch[:-1])
        self.plot('loss', self.loss(Y_hat, batch[-1]), train=False)
        self.plot('acc', self.accuracy(Y_hat, batch[-1]), train=False)

    def accuracy(self, Y_hat, Y, averaged=True):
        Y_hat = Y_hat.reshape((-1, Y_hat.shape[-1]))
        preds = Y_hat.argmax(axis=1).astype(Y.dtype)
        compare = (preds == Y.reshape(-1)).astype(np.float32)
        return compare.mean() if averaged else compare

    def loss(self, Y_hat, Y, averaged=True):
        fn = gluon.loss.SoftmaxCrossEntropyLoss()
        l = fn(Y_hat, Y)
        return l.mean() if averaged else l

    def layer_summary(self, X_shape):
        X = np.random.randn(*X_shape)
        for layer in self.net:
            X = layer(X)
            print(layer.__class__.__name__, 'output shape:\t', X.shape)


class SoftmaxRegression(Classifier):
    def __init__(self, num_outputs, lr):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Dense(num_outputs)
        self.net.initialize()


model = SoftmaxRegression(num_outputs=10, lr=0.1)
trainer = Trainer(max_epochs=2)
trainer.fit(model, data)
print([h for h in model.history if not h[1]])


class MLP(Classifier):
    def __init__(self, num_outputs, num_hiddens, lr, dropout):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential()
        self.net.add(nn.Flatten(), nn.Dense(num_hiddens, activation='relu'), nn.Dropout(dropout),
                     nn.Dense(num_outputs))
        self.net.initialize()


model = MLP(num_outputs=10, num_hiddens=16, lr=0.1, dropout=0.5)
trainer = Trainer(max_epochs=2)
trainer.fit(model, data)
print([h for h in model.history if not h[1]])
model.layer_summary((1, 1, 12, 12))


class LeNet(Classifier):
    def __init__(self, lr=0.1, num_classes=10):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential()
        self.net.add(nn.Conv2D(channels=6, kernel_size=5, padding=2, activation='sigmoid'),
                     nn.AvgPool2D(pool_size=2, strides=2),
                     nn.Conv2D(channels=16, kernel_size=3, activation='sigmoid'),
                     nn.AvgPool2D(pool_size=2, strides=2),
                     nn.Dense(12, activation='sigmoid'),
                     nn.Dense(num_classes))


model = LeNet()
model.initialize()
model.layer_summary((1, 1, 12, 12))
model.initialize(init.Xavier(), force_reinit=True)
trainer = Trainer(max_epochs=1)
trainer.fit(model, data)
print([(k, t, round(v, 3)) for k, t, v in model.history if not t])
print(sorted(model.collect_params().keys())[:4])
