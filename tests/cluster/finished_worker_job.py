"""A job whose rank 1 leaves early (exit 0): `finished_worker_job.py pull|barrier [KVSTORE]` (dist_sync).

Rank 1 initialises key 3 with the others, then exits. Rank 0 then pulls key 3 (``pull``; in dist_sync it pushes
first, to a round rank 1 never pushes to) or calls a barrier rank 1 never reaches (``barrier``), and prints how long
it waited and the error it got.
"""
import sys
import time

import distnet as mx


def main():
    kv = mx.kv.create(sys.argv[2] if len(sys.argv) > 2 else "dist_sync")
    kv.init(3, mx.nd.ones((2,)))
    if kv.rank == 1:
        print("rank 1 leaving", flush=True)
        return 0
    time.sleep(1.0)                         # rank 1 is gone by now
    start = time.monotonic()
    try:
        if sys.argv[1] == "pull":
            if kv.type == "dist_sync":         # (a dist_async server without an optimizer refuses pushes)
                kv.push(3, mx.nd.ones((2,)))
            out = mx.nd.zeros((2,))
            kv.pull(3, out=out)
            print(f"pulled {out.asnumpy().tolist()}", flush=True)
        else:
            kv._barrier()
    except mx.base.MXNetError as err:
        print(f"rank 0 failed after {time.monotonic() - start:.1f} s: {err}", flush=True)
        return 1
    print("rank 0 got through", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
