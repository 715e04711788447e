"""A worker checking how a fresh dist store sums pushed lists of mixed storage (`copy_storage_job.py TYPE`), against
MXNet 1.9.1's worker: the copy buffers take the storage of the first array of the key's first summed push, a list
led by row_sparse over dense ones is refused at the call (nothing sent), and each array copied across storage types
logs MXNet's storage fallback once per process. Prints `ok type=TYPE`; run with 1 worker."""
import os
import sys
import tempfile

import distnet as mx
from distnet.base import MXNetError
from job_checks import check, raises

FALLBACK = "Storage fallback detected:\nCopy from {} storage type on cpu to {} storage type on cpu."


def logged(call):
    """What ``call()`` writes on file descriptor 2."""
    with tempfile.TemporaryFile() as f:
        saved = os.dup(2)
        os.dup2(f.fileno(), 2)
        try:
            call()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        f.seek(0)
        return f.read().decode()


def main():
    kind = sys.argv[1]
    kv = mx.kv.create(kind)
    kv.init(["d", "r"], [mx.nd.ones((4, 2)), mx.nd.ones((4, 2)).tostype("row_sparse")])
    rows = mx.nd.array([[0, 0], [1, 2], [0, 0], [3, 4]]).tostype("row_sparse")
    text = logged(lambda: (kv.push("d", [mx.nd.ones((4, 2)), rows]), mx.nd.waitall()))
    check(FALLBACK.format("row_sparse", "default") in text, text)
    out = mx.nd.zeros((4, 2))
    kv.pull("d", out=out)
    check(out.asnumpy().tolist() == [[1, 1], [2, 3], [1, 1], [4, 5]], out)
    first = "src[0].storage_type()" if "device" in kind else "stype"
    refused = raises(MXNetError, lambda: kv.push("d", [rows, mx.nd.ones((4, 2))]))
    check(refused == f"Check failed: {first} == buf.copy_buf[0].storage_type(): Storage type mismatch detected. "
          "1(src) vs. 0(buf.copy_buf)", refused)
    text = logged(lambda: (kv.push("r", [rows, mx.nd.ones((4, 2))]), mx.nd.waitall()))
    check(FALLBACK.format("default", "row_sparse") in text, text)
    got = mx.nd.sparse.zeros("row_sparse", (4, 2))
    kv.row_sparse_pull("r", out=got, row_ids=mx.nd.arange(4))
    check(got.asnumpy().tolist() == [[1, 1], [2, 3], [1, 1], [4, 5]], got)
    print(f"ok type={kind}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
