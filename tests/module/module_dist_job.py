"""Module.fit on the digits with a dist kvstore, each worker on its share of the data.

Prints `module_dist rank=R accuracy=A checksum=C` (run under distnet-launch).
"""
import os
import sys

import numpy as np

import distnet as mx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_module import digits, mlp  # noqa: E402


def main():
    kvstore = sys.argv[1] if len(sys.argv) > 1 else "dist_sync"
    kv = mx.kv.create(kvstore)
    mx.random.seed(3)
    x, y = digits(True)
    tx, ty = digits(False)
    mine = slice(kv.rank, None, kv.num_workers)
    np.random.seed(kv.rank)
    train = mx.io.NDArrayIter(x[mine], y[mine], batch_size=16, shuffle=True, label_name="softmax_label",
                              last_batch_handle="discard")
    test = mx.io.NDArrayIter(tx, ty, batch_size=100, label_name="softmax_label")
    mod = mx.mod.Module(mlp(), context=mx.cpu())
    mod.fit(train, optimizer="adam", optimizer_params={"learning_rate": 0.01}, initializer=mx.init.Xavier(),
            num_epoch=8, kvstore=kv)
    acc = dict(mod.score(test, "acc"))["accuracy"]
    args, _ = mod.get_params()
    checksum = sum(float(v.asnumpy().astype(np.float64).sum()) for v in args.values())
    print(f"module_dist rank={kv.rank} accuracy={acc:.4f} checksum={checksum:.6f}", flush=True)


if __name__ == "__main__":
    main()
