"""Training throughput of the digits MLP and CNN with Gluon (imperative and hybridized) against the
same networks hand-written in numpy (forward, backward, SGD), all measured in this run.

Run: python bench/train.py [--batch-size 64] [--seconds 2] [--clock wall|cpu]
Prints samples/s per configuration and its ratio to the numpy floor of the same network. On a shared machine
wall time follows the load (and a multi-threaded BLAS waits for its threads there); ``--clock cpu`` counts
the process's CPU seconds instead (all its threads), which stay put under load.
"""
import argparse
import os
import sys
import time

import numpy as np

import distnet as mx
from distnet import autograd, gluon, nd

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples"))
import train_digits  # noqa: E402  (the networks of the example)

LR = 0.1


def digits():
    """All training images as float32 NCHW in [0, 1] and their labels."""
    images, labels = train_digits.digits_arrays(True)
    x = images.astype(np.float32).transpose(0, 3, 1, 2) / 255
    y = labels.astype(np.int64)
    return x, y


def batches(x, y, batch_size):
    """Endless (x, y) batches cycling over the data."""
    n = (len(x) // batch_size) * batch_size
    while True:
        for i in range(0, n, batch_size):
            yield x[i:i + batch_size], y[i:i + batch_size]


def throughput(step, data, batch_size, seconds, clock=time.perf_counter):
    """Samples per second of ``step(x, y)`` over at least ``seconds`` of ``clock`` (after a warm-up)."""
    for _ in range(5):
        step(*next(data))
    count, tic = 0, clock()
    while clock() - tic < seconds:
        for _ in range(10):
            step(*next(data))
        count += 10
    return count * batch_size / (clock() - tic)


# ---- Gluon ---------------------------------------------------------------------------------
def gluon_step(make, hybridize, x_shape):
    net = make()
    net.initialize(mx.init.Xavier())
    if hybridize:
        net.hybridize()
    net(nd.zeros(x_shape))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": LR})
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()

    def step(x, y):
        x, y = nd.array(x), nd.array(y)
        with autograd.record():
            loss = loss_fn(net(x), y)
        loss.backward()
        trainer.step(x.shape[0])
        loss.wait_to_read()
    return step


# ---- numpy MLP -----------------------------------------------------------------------------
def numpy_mlp_step(sizes=(64, 128, 64, 10)):
    rng = np.random.RandomState(0)
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        params += [rng.uniform(-0.1, 0.1, (n_out, n_in)).astype(np.float32), np.zeros(n_out, np.float32)]

    def step(x, y):
        n = x.shape[0]
        acts, pre = [x.reshape(n, -1)], []
        for i in range(0, len(params), 2):
            z = acts[-1] @ params[i].T + params[i + 1]
            pre.append(z)
            acts.append(np.maximum(z, 0) if i + 2 < len(params) else z)
        dz = softmax_ce_grad(acts[-1], y)
        for i in range(len(params) - 2, -1, -2):
            w = params[i]
            dw, db = dz.T @ acts[i // 2], dz.sum(0)
            if i:
                dz = (dz @ w) * (pre[i // 2 - 1] > 0)
            w -= LR * dw
            params[i + 1] -= LR * db
    return step


def softmax_ce_grad(z, y):
    """Gradient of the mean softmax cross-entropy w.r.t. the logits."""
    e = np.exp(z - z.max(1, keepdims=True))
    p = e / e.sum(1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    return p / len(y)


# ---- numpy CNN (im2col + one matrix product per convolution) -------------------------------
def im2col(x, k, pad):
    """(N, C, H, W) -> (N*H*W, C*k*k) windows of a stride-1 'same' convolution."""
    n, c, h, w = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    s = xp.strides
    win = np.lib.stride_tricks.as_strided(xp, (n, h, w, c, k, k), (s[0], s[2], s[3], s[1], s[2], s[3]))
    return win.reshape(n * h * w, c * k * k)


def col2im(cols, shape, k, pad):
    n, c, h, w = shape
    dxp = np.zeros((n, c, h + 2 * pad, w + 2 * pad), np.float32)
    cols = cols.reshape(n, h, w, c, k, k)
    for i in range(k):
        for j in range(k):
            dxp[:, :, i:i + h, j:j + w] += cols[:, :, :, :, i, j].transpose(0, 3, 1, 2)
    return dxp[:, :, pad:pad + h, pad:pad + w]


def conv_forward(x, w, b):
    n, _, h, wd = x.shape
    cols = im2col(x, 3, 1)
    out = cols @ w.reshape(w.shape[0], -1).T + b
    return out.reshape(n, h, wd, -1).transpose(0, 3, 1, 2), cols


def conv_backward(dout, x_shape, cols, w):
    f = w.shape[0]
    d2 = dout.transpose(0, 2, 3, 1).reshape(-1, f)
    dw = (d2.T @ cols).reshape(w.shape)
    dx = col2im(d2 @ w.reshape(f, -1), x_shape, 3, 1)
    return dx, dw, d2.sum(0)


def pool_forward(x):
    n, c, h, w = x.shape
    out = x.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))
    return out


def pool_backward(dout, x, out):
    up = np.repeat(np.repeat(out, 2, axis=2), 2, axis=3)
    mask = x == up
    return mask * np.repeat(np.repeat(dout, 2, axis=2), 2, axis=3)


def numpy_cnn_step():
    rng = np.random.RandomState(0)
    p = {"c1": rng.uniform(-0.1, 0.1, (16, 1, 3, 3)), "b1": np.zeros(16), "c2": rng.uniform(-0.1, 0.1, (32, 16, 3, 3)),
         "b2": np.zeros(32), "d1": rng.uniform(-0.1, 0.1, (64, 128)), "e1": np.zeros(64),
         "d2": rng.uniform(-0.1, 0.1, (10, 64)), "e2": np.zeros(10)}
    p = {k: v.astype(np.float32) for k, v in p.items()}

    def step(x, y):
        z1, cols1 = conv_forward(x, p["c1"], p["b1"])
        a1 = np.maximum(z1, 0)
        m1 = pool_forward(a1)
        z2, cols2 = conv_forward(m1, p["c2"], p["b2"])
        a2 = np.maximum(z2, 0)
        m2 = pool_forward(a2)
        f = m2.reshape(len(x), -1)
        h = f @ p["d1"].T + p["e1"]
        r = np.maximum(h, 0)
        z = r @ p["d2"].T + p["e2"]
        dz = softmax_ce_grad(z, y)
        g = {"d2": dz.T @ r, "e2": dz.sum(0)}
        dh = (dz @ p["d2"]) * (h > 0)
        g["d1"], g["e1"] = dh.T @ f, dh.sum(0)
        dm2 = (dh @ p["d1"]).reshape(m2.shape)
        dz2 = pool_backward(dm2, a2, m2) * (z2 > 0)
        dm1, g["c2"], g["b2"] = conv_backward(dz2, m1.shape, cols2, p["c2"])
        dz1 = pool_backward(dm1, a1, m1) * (z1 > 0)
        _, g["c1"], g["b1"] = conv_backward(dz1, x.shape, cols1, p["c1"])
        for k in p:
            p[k] -= LR * g[k]
    return step


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="seconds of wall time or of the process's CPU time")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    mx.random.seed(0)
    x, y = digits()
    bs, sec = args.batch_size, args.seconds
    print(f"digits: {len(x)} training images 1x8x8, batch size {bs}; samples per {args.clock} second "
          "(ratio to the numpy floor)")
    for name, make, floor_step, flat in (("MLP", train_digits.mlp, numpy_mlp_step(), True),
                                         ("CNN", train_digits.cnn, numpy_cnn_step(), False)):
        floor = throughput(floor_step, batches(x, y, bs), bs, sec, clock)
        print(f"{name} numpy (hand-written forward/backward/SGD) {floor:10.0f} samples/s  1.00x")
        for hybridize in (False, True):
            step = gluon_step(make, hybridize, (bs, 1, 8, 8))
            speed = throughput(step, batches(x, y, bs), bs, sec, clock)
            label = "gluon hybridized" if hybridize else "gluon imperative"
            print(f"{name} {label:<40} {speed:10.0f} samples/s  {speed / floor:.2f}x")


if __name__ == "__main__":
    main()
