"""A dist_async job whose rank 1 cannot finish at exit: `failing_exit_job.py barrier|busy`.

Rank 1 pushes key 3 to servers that run no optimizer (an async push they refuse), then exits: the push fails in
its kvstore's final flush. Rank 0 meanwhile waits at a barrier (``barrier``: it prints the error it got) or runs
its own code with no request in flight (``busy``: its kvstore's I/O thread ends the process).
"""
import sys
import time

import distnet as mx


def main():
    kv = mx.kv.create("dist_async")
    kv.init(3, mx.nd.ones((2,)))
    print(f"ready rank={kv.rank}", flush=True)
    if kv.rank == 1:
        kv.push(3, mx.nd.ones((2,)))
        print("rank 1 leaving", flush=True)
        return 0
    start = time.monotonic()
    if sys.argv[1] == "busy":
        while time.monotonic() - start < 120:
            time.sleep(0.05)
        return 0
    try:
        kv._barrier()
    except mx.base.MXNetError as err:
        print(f"rank 0 failed after {time.monotonic() - start:.1f} s: {err}", flush=True)
        return 1
    print("rank 0 got through", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
