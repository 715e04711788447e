"""A small dist_sync job: each worker pushes (rank + 1) * ones and must pull exactly the sum.

Prints `job_sum rank=R workers=W ok sum=S node=H cwd=D` and exits 0, or says what differed and
exits 1. Several rounds, a small key and one above the big-array bound (split across servers).
`--fail-rank R` makes rank R exit with status 3 after the first round instead.
"""
import argparse
import os
import sys

import numpy as np

import distnet as mx


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kvstore", default="dist_sync")
    parser.add_argument("--fail-rank", type=int, default=-1)
    args = parser.parse_args()
    kv = mx.kv.create(args.kvstore)
    workers, rank = kv.num_workers, kv.rank
    shapes = {3: (2, 3), 7: (1000, 1001)}       # key 7 exceeds the default 1,000,000 bound
    for key, shape in shapes.items():
        kv.init(key, mx.nd.zeros(shape))
    expected = workers * (workers + 1) / 2
    for round_ in range(3):
        for key, shape in shapes.items():
            kv.push(key, mx.nd.ones(shape) * (rank + 1))
        for key, shape in shapes.items():
            out = mx.nd.zeros(shape)
            kv.pull(key, out=out)
            got = out.asnumpy()
            if not np.array_equal(got, np.full(shape, expected, dtype=np.float32)):
                print(f"job_sum rank={rank} round {round_} key {key}: pulled values "
                      f"{np.unique(got)[:5]} instead of {expected}", flush=True)
                return 1
        if rank == args.fail_rank:
            print(f"job_sum rank={rank} failing on purpose", flush=True)
            return 3
    kv._barrier()
    print(f"job_sum rank={rank} workers={workers} ok sum={expected:g} "
          f"node={os.environ.get('DMLC_NODE_HOST')} cwd={os.getcwd()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
