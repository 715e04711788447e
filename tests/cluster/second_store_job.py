"""A worker that creates a dist kvstore, then gives a Trainer the type name: both share the worker's node in the job.

Prints `ok rank=R workers=W weight=...` when the second store has the first's rank and the Trainer's steps match a
one-process 'device' Trainer over W contexts (the same gradient on each).
"""
import sys

import numpy as np

import distnet as mx
from distnet import autograd, gluon, nd


def trained(kvstore, contexts):
    net = gluon.nn.Dense(2, in_units=3)
    net.initialize(mx.init.Constant(0.5), ctx=contexts)
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9}, kvstore=kvstore)
    x = nd.array([[1.0, -2.0, 0.5], [0.25, 1.0, -1.0]])
    for _ in range(2):
        for ctx in contexts:
            with autograd.record():
                loss = (net(x.as_in_context(ctx)) ** 2).sum()
            loss.backward()
        trainer.step(4)
    return net.weight.data(contexts[0]).asnumpy(), trainer._kvstore


def main():
    kv = mx.kv.create(sys.argv[1])
    kv.init("first", nd.ones((2,)))
    weight, second = trained(sys.argv[1], [mx.cpu()])
    expected, _ = trained("device", [mx.cpu(i) for i in range(kv.num_workers)])
    if second is kv or (second.rank, second.num_workers) != (kv.rank, kv.num_workers):
        print(f"second store: rank {second.rank} of {second.num_workers}, first: {kv.rank} of {kv.num_workers}")
        return 1
    if not np.array_equal(weight, expected):
        print(f"rank {kv.rank}: weight {weight.tolist()} instead of {expected.tolist()}", flush=True)
        return 1
    out = nd.zeros((2,))
    kv.pull("first", out=out)
    kv._barrier()
    print(f"ok rank={kv.rank} workers={kv.num_workers} weight={weight[0].tolist()} first={out.asnumpy().tolist()}",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
