"""d2l-en softmax regression (np era): a synthetic Fashion-MNIST-like dataset through gluon.data.vision transforms,
softmax from scratch and the concise Gluon version."""
import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(4)
onp.random.seed(4)

rng = onp.random.RandomState(4)
images = rng.randint(0, 256, size=(60, 28, 28, 1)).astype('uint8')
targets = rng.randint(0, 10, size=(60,)).astype('int32')
mnist_train = gluon.data.ArrayDataset(np.array(images, dtype='uint8'), targets)
print(len(mnist_train), type(mnist_train[0][0]).__name__, mnist_train[0][0].shape, mnist_train[0][0].dtype,
      type(mnist_train[0][1]).__name__, mnist_train[0][1])
img, label = mnist_train[3]
print(img.shape, img.dtype, label)
X, y = mnist_train[:5]
print(type(X).__name__, X.shape, y)


def get_fashion_mnist_labels(labels):
    text_labels = ['t-shirt', 'trouser', 'pullover', 'dress', 'coat', 'sandal', 'shirt', 'sneaker', 'bag', 'boot']
    return [text_labels[int(i)] for i in labels]


print(get_fashion_mnist_labels(y))
trans = gluon.data.vision.transforms.ToTensor()
t = trans(mnist_train[0][0])
print(type(t).__name__, t.shape, t.dtype, float(t.sum()))
tr = [gluon.data.vision.transforms.Resize(32), gluon.data.vision.transforms.ToTensor()]
trans2 = gluon.data.vision.transforms.Compose(tr)
print(trans2)
t2 = trans2(mnist_train[0][0])
print(t2.shape, t2.dtype, float(t2.sum().round(2) if hasattr(t2, 'round') else t2.sum()))
loader = gluon.data.DataLoader(mnist_train.transform_first(trans), 16, shuffle=True, num_workers=0)
for X, y in loader:
    print(type(X).__name__, X.shape, X.dtype, type(y).__name__, y.shape, y.dtype)
    break
print(len(loader), sum(1 for _ in loader))
loader2 = gluon.data.DataLoader(mnist_train.transform_first(trans2), 32, shuffle=False, last_batch='discard')
print([x[0].shape for x in loader2])
norm = gluon.data.vision.transforms.Normalize(0.5, 0.25)
print(norm(t)[0, 0, :3])

# softmax from scratch
X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(X.sum(0, keepdims=True), X.sum(1, keepdims=True))


def softmax(X):
    X_exp = np.exp(X)
    partition = X_exp.sum(1, keepdims=True)
    return X_exp / partition


X = np.random.normal(0, 1, (2, 5))
X_prob = softmax(X)
print(X_prob, X_prob.sum(1))
num_inputs, num_outputs = 784, 10
W = np.random.normal(0, 0.01, (num_inputs, num_outputs))
b = np.zeros(num_outputs)
W.attach_grad()
b.attach_grad()


def net(X):
    return softmax(np.dot(X.reshape((-1, W.shape[0])), W) + b)


y = np.array([0, 2])
y_hat = np.array([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat[[0, 1], y])


def cross_entropy(y_hat, y):
    return - np.log(y_hat[range(len(y_hat)), y])


print(cross_entropy(y_hat, y))


def accuracy(y_hat, y):
    if len(y_hat.shape) > 1 and y_hat.shape[1] > 1:
        y_hat = y_hat.argmax(axis=1)
    cmp = y_hat.astype(y.dtype) == y
    return float(cmp.astype(y.dtype).sum())


print(accuracy(y_hat, y) / len(y), y_hat.argmax(axis=1), y_hat.argmax(axis=1).dtype)


class Accumulator:
    def __init__(self, n):
        self.data = [0.0] * n

    def add(self, *args):
        self.data = [a + float(b) for a, b in zip(self.data, args)]

    def __getitem__(self, idx):
        return self.data[idx]


def evaluate_accuracy(net, data_iter):
    metric = Accumulator(2)
    for X, y in data_iter:
        metric.add(accuracy(net(X), y), y.size)
    return metric[0] / metric[1]


test_iter = gluon.data.DataLoader(mnist_train.transform_first(trans), 20, shuffle=False)
print('%.4f' % evaluate_accuracy(net, test_iter))


def updater(batch_size):
    for param in [W, b]:
        param[:] = param - 0.1 * param.grad / batch_size


for epoch in range(2):
    metric = Accumulator(3)
    for X, y in test_iter:
        with autograd.record():
            y_hat = net(X)
            l = cross_entropy(y_hat, y)
        l.backward()
        updater(X.shape[0])
        metric.add(float(l.sum()), accuracy(y_hat, y), y.size)
    print('epoch %d loss %.4f acc %.4f' % (epoch, metric[0] / metric[2], metric[1] / metric[2]))
print(b.round(4) if hasattr(b, 'round') else b)

# concise
net = nn.Sequential()
net.add(nn.Dense(10))
net.initialize(init.Normal(sigma=0.01))
loss = gluon.loss.SoftmaxCrossEntropyLoss()
print(loss)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
for epoch in range(2):
    metric = Accumulator(3)
    for X, y in test_iter:
        with autograd.record():
            y_hat = net(X)
            l = loss(y_hat, y)
        l.backward()
        trainer.step(X.shape[0])
        metric.add(float(l.sum()), accuracy(y_hat, y), y.size)
    print('epoch %d loss %.4f acc %.4f' % (epoch, metric[0] / metric[2], metric[1] / metric[2]))
print(net)
print(l.shape, l.dtype, npx.softmax(np.array([[1.0, 2.0]])), npx.log_softmax(np.array([[1.0, 2.0]])))
print(npx.pick(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1, 0])), npx.one_hot(np.array([1, 0]), 3))
print(npx.pick(np.array([[1.0, 2.0], [3.0, 4.0]]), np.array([1, 0]), keepdims=True))
print(mx.metric.Accuracy() if hasattr(mx, 'metric') else None)
acc = mx.metric.Accuracy()
try:
    acc.update([np.array([0, 1])], [np.array([[0.3, 0.7], [0.1, 0.9]])])
except TypeError:
    print('metric on np arrays: TypeError')
acc.update([np.array([0, 1]).as_nd_ndarray()], [np.array([[0.3, 0.7], [0.1, 0.9]]).as_nd_ndarray()])
print(acc.get())
