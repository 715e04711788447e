"""Data-parallel Gluon training of the digits MLP on a distnet cluster.

    distnet-launch -n 2 -s 2 python examples/train_digits_dist.py [--kvstore dist_async]
        [--epochs 5] [--batch-size 32] [--batches N] [--checkpoint-dir DIR [--resume]] [--stop-after K]

Each worker trains on its share of every global batch (batch size x workers samples); the
servers sum the gradients and apply Adam, so with dist_sync the model equals one process trained
on the whole global batches. Rank 0 prints one line per epoch and a final summary. With
--checkpoint-dir, rank 0 writes the parameters and the servers' optimizer states after every
epoch (write, then rename: a checkpoint is complete or absent); --resume (on every worker)
continues from the latest one, and with the same --seed gives the parameters of an uninterrupted run.
"""
import argparse
import itertools
import json
import os
import shutil
import time

import numpy as np

import distnet as mx
from distnet import autograd, gluon, nd

import train_digits


def shard_batches(x, y, batch_size, rank, workers, epoch, seed):
    """This worker's part of each global batch of one epoch (the same order on every worker)."""
    order = np.random.RandomState(seed + epoch).permutation(len(x))
    step = batch_size * workers
    for i in range(0, len(order) - step + 1, step):
        mine = order[i + rank * batch_size:i + (rank + 1) * batch_size]
        yield nd.array(x[mine]), nd.array(y[mine])


def digits(train):
    """The digits as float32 (N, 1, 8, 8) in [0, 1] and float32 labels."""
    images, labels = train_digits.digits_arrays(train)
    return images.astype(np.float32).transpose(0, 3, 1, 2) / 255, labels.astype(np.float32)


def save_checkpoint(directory, net, trainer, epoch):
    """Write epoch-K/ (parameters, optimizer states) under a temporary name, rename it, then point latest.json at it.

    A job killed at any moment leaves latest.json naming a complete checkpoint (or no latest.json).
    """
    os.makedirs(directory, exist_ok=True)
    name = f"epoch-{epoch:04d}"
    tmp = os.path.join(directory, name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    net.save_parameters(os.path.join(tmp, "model.params"))
    trainer.save_states(os.path.join(tmp, "trainer.states"))
    final = os.path.join(directory, name)
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    with open(os.path.join(directory, "latest.json.tmp"), "w") as f:
        json.dump({"epoch": epoch, "path": name}, f)
    os.replace(os.path.join(directory, "latest.json.tmp"), os.path.join(directory, "latest.json"))
    for old in os.listdir(directory):           # keep this checkpoint and the one before it
        if old.startswith("epoch-") and old < f"epoch-{epoch - 1:04d}":
            shutil.rmtree(os.path.join(directory, old), ignore_errors=True)


def load_checkpoint(directory, net, trainer):
    """The next epoch to run after restoring the latest checkpoint in ``directory`` (0 if there is none).

    Every worker calls it: each loads the parameters, and the trainer gives the servers the states.
    """
    marker = os.path.join(directory, "latest.json")
    if not os.path.exists(marker):
        return 0
    with open(marker) as f:
        latest = json.load(f)
    path = os.path.join(directory, latest["path"])
    net.load_parameters(os.path.join(path, "model.params"))
    trainer.load_states(os.path.join(path, "trainer.states"))
    return latest["epoch"] + 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kvstore", default="dist_sync")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=32, help="samples per worker per step")
    parser.add_argument("--lr", type=float, default=0.005)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--checkpoint-dir")
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--stop-after", type=int, default=-1, help="exit after this epoch (tests)")
    parser.add_argument("--batches", type=int, default=0, help="at most this many steps per epoch (0: all)")
    args = parser.parse_args()

    kv = mx.kv.create(args.kvstore)
    rank, workers = kv.rank, kv.num_workers
    mx.random.seed(args.seed)
    (x, y), (tx, ty) = digits(True), digits(False)
    net = train_digits.mlp()
    net.initialize(mx.init.Xavier())
    net(nd.zeros((1, 1, 8, 8)))
    trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": args.lr}, kvstore=kv)
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    start = 0
    if args.resume and args.checkpoint_dir:
        start = load_checkpoint(args.checkpoint_dir, net, trainer)
        if rank == 0:
            print(f"resumed from {args.checkpoint_dir} at epoch {start}", flush=True)
    seen, tic, acc = 0, time.time(), float("nan")
    for epoch in range(start, args.epochs):
        total = count = 0.0
        batches = shard_batches(x, y, args.batch_size, rank, workers, epoch, args.seed)
        for xb, yb in itertools.islice(batches, args.batches or None):
            with autograd.record():
                loss = loss_fn(net(xb), yb)
            loss.backward()
            trainer.step(args.batch_size * workers)
            total += loss.sum().asscalar()
            count += xb.shape[0]
        seen += count
        acc = (net(nd.array(tx)).argmax(axis=1).asnumpy() == ty).mean()
        if rank == 0:
            print(f"epoch {epoch}  loss {total / count:.4f}  test accuracy {acc:.4f}", flush=True)
            if args.checkpoint_dir:
                save_checkpoint(args.checkpoint_dir, net, trainer, epoch)
                print(f"checkpoint epoch {epoch} saved", flush=True)
        kv._barrier()
        if epoch == args.stop_after:
            return
    speed = seen / max(time.time() - tic, 1e-9)
    if rank == 0:
        print(f"done: {workers} workers, kvstore {args.kvstore}, test accuracy {acc:.4f}, "
              f"{speed * workers:.0f} samples/s, this worker pushed {kv.bytes_pushed / 1e6:.1f} MB and pulled "
              f"{kv.bytes_pulled / 1e6:.1f} MB", flush=True)
    weights = np.concatenate([p.data().asnumpy().ravel() for p in net.collect_params().values()])
    print(f"rank {rank} weights checksum {weights.sum():.6f}", flush=True)


if __name__ == "__main__":
    main()
