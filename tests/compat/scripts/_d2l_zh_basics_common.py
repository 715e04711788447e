"""Shared pieces of the d2l-zh (nd era) basics scripts: synthetic Fashion-MNIST-like data and the book's
helper functions (sgd, evaluate_accuracy, train_ch3), written for these scripts."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import data as gdata


def synthetic_fashion(num, seed):
    """uint8 28x28x1 images whose mean brightness pattern depends on the label, with int32 labels."""
    rng = np.random.RandomState(seed)
    labels = rng.randint(0, 10, size=num).astype(np.int32)
    base = rng.randint(0, 60, size=(num, 28, 28, 1))
    rows = (np.arange(28)[None, :, None, None] // 3 == labels[:, None, None, None] % 10)
    cols = (np.arange(28)[None, None, :, None] // 14 == labels[:, None, None, None] % 2)
    images = (base + 180 * (rows & cols) + 40 * rows).clip(0, 255).astype(np.uint8)
    return gdata.ArrayDataset(nd.array(images, dtype='uint8'), labels)


def fashion_labels(labels):
    names = ['t-shirt', 'trouser', 'pullover', 'dress', 'coat', 'sandal', 'shirt', 'sneaker', 'bag', 'ankle boot']
    return [names[int(i)] for i in labels]


def load_data(batch_size, num_train=300, num_test=100, resize=None, num_workers=0):
    steps = []
    if resize:
        steps.append(gdata.vision.transforms.Resize(resize))
    steps.append(gdata.vision.transforms.ToTensor())
    transformer = gdata.vision.transforms.Compose(steps)
    train = synthetic_fashion(num_train, 0).transform_first(transformer)
    test = synthetic_fashion(num_test, 1).transform_first(transformer)
    return (gdata.DataLoader(train, batch_size, shuffle=True, num_workers=num_workers),
            gdata.DataLoader(test, batch_size, shuffle=False, num_workers=num_workers))


def sgd(params, lr, batch_size):
    for p in params:
        p[:] = p - lr * p.grad / batch_size


def evaluate_accuracy(data_iter, net, ctx=mx.cpu()):
    correct, n = nd.array([0], ctx=ctx), 0
    for X, y in data_iter:
        X, y = X.as_in_context(ctx), y.as_in_context(ctx).astype('float32')
        correct += (net(X).argmax(axis=1) == y).sum()
        n += y.size
    return correct.asscalar() / n


def train_ch3(net, train_iter, test_iter, loss, num_epochs, batch_size, params=None, lr=None, trainer=None):
    for epoch in range(num_epochs):
        loss_sum, correct_sum, n = 0.0, 0.0, 0
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                l = loss(y_hat, y).sum()
            l.backward()
            if trainer is None:
                sgd(params, lr, batch_size)
            else:
                trainer.step(batch_size)
            y = y.astype('float32')
            loss_sum += l.asscalar()
            correct_sum += (y_hat.argmax(axis=1) == y).sum().asscalar()
            n += y.size
        test_acc = evaluate_accuracy(test_iter, net)
        print('epoch %d, loss %.4f, train acc %.3f, test acc %.3f'
              % (epoch + 1, loss_sum / n, correct_sum / n, test_acc))
