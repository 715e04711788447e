"""Train an MLP and a small CNN with Gluon on the 8x8 digits shipped in examples/data/digits.

    python examples/train_digits.py [--epochs 10] [--batch-size 64] [--hybridize]

Prints one line per epoch (loss, accuracy, samples/s) and the final test accuracy of each model.
Nothing is downloaded: the data set is in MNIST's idx format next to this script (8x8 images, so read here:
gluon.data.vision.MNIST takes only the published 28x28 files, downloading them when missing).
"""
import argparse
import gzip
import os
import time

import numpy as np

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.gluon import nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "digits")


def to_input(image):
    """uint8 HWC image -> float32 CHW in [0, 1]."""
    return nd.transpose(image.astype("float32"), axes=(2, 0, 1)) / 255


def _idx(name):
    """The array in the gzipped idx file ``name`` under ROOT (uint8 data, big-endian int32 dimensions)."""
    with gzip.open(os.path.join(ROOT, name), "rb") as f:
        raw = f.read()
    ndim = raw[3]
    shape = np.frombuffer(raw[4:4 + 4 * ndim], dtype=">i4")
    return np.frombuffer(raw[4 + 4 * ndim:], dtype=np.uint8).reshape(shape)


def digits_arrays(train):
    """The training (or test) digits as numpy arrays: uint8 images (N, 8, 8, 1) and int32 labels."""
    prefix = "train" if train else "t10k"
    return (_idx(f"{prefix}-images-idx3-ubyte.gz")[..., None],
            _idx(f"{prefix}-labels-idx1-ubyte.gz").astype(np.int32))


def digits_dataset(train):
    """The training (or test) digits: uint8 (8, 8, 1) NDArray images and int32 labels."""
    images, labels = digits_arrays(train)
    return gluon.data.ArrayDataset(nd.array(images, dtype=images.dtype), labels)


def load(batch_size):
    """(train loader, test loader) over the digits."""
    train = digits_dataset(True).transform_first(to_input)
    test = digits_dataset(False).transform_first(to_input)
    return (gluon.data.DataLoader(train, batch_size, shuffle=True),
            gluon.data.DataLoader(test, batch_size, shuffle=False))


def mlp():
    """64 -> 128 -> 64 -> 10, ReLU."""
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Dense(128, activation="relu"), nn.Dense(64, activation="relu"), nn.Dense(10))
    return net


def cnn():
    """Two 3x3 convolutions with max pooling, then two dense layers."""
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Conv2D(16, 3, padding=1, activation="relu"), nn.MaxPool2D(2),
                nn.Conv2D(32, 3, padding=1, activation="relu"), nn.MaxPool2D(2),
                nn.Flatten(), nn.Dense(64, activation="relu"), nn.Dense(10))
    return net


def accuracy(net, loader):
    """Test accuracy of ``net`` over ``loader``."""
    metric = mx.metric.Accuracy()
    for x, y in loader:
        metric.update(y, net(x))
    return metric.get()[1]


def train(name, net, loaders, epochs, lr, hybridize):
    """Train with Adam and softmax cross-entropy; returns the final test accuracy."""
    train_loader, test_loader = loaders
    net.initialize(mx.init.Xavier())
    if hybridize:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": lr})
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    for epoch in range(1, epochs + 1):
        metric, total_loss, seen, tic = mx.metric.Accuracy(), 0.0, 0, time.time()
        for x, y in train_loader:
            with autograd.record():
                out = net(x)
                loss = loss_fn(out, y)
            loss.backward()
            trainer.step(x.shape[0])
            total_loss += loss.sum().asscalar()
            seen += x.shape[0]
            metric.update(y, out)
        speed = seen / (time.time() - tic)
        test_acc = accuracy(net, test_loader)
        print(f"[{name}] epoch {epoch:2d}  loss {total_loss / seen:.4f}  train acc {metric.get()[1]:.4f}  "
              f"test acc {test_acc:.4f}  {speed:8.0f} samples/s", flush=True)
    return test_acc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=0.005)
    parser.add_argument("--hybridize", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    mx.random.seed(args.seed)
    loaders = load(args.batch_size)
    results = {name: train(name, make(), loaders, args.epochs, args.lr, args.hybridize)
               for name, make in (("mlp", mlp), ("cnn", cnn))}
    print("final test accuracy: " + ", ".join(f"{k} {v:.4f}" for k, v in results.items()))


if __name__ == "__main__":
    main()
