"""A worker checking server-side updates and call checks against MXNet 1.9.1's dist kvstore (`server_updates_job.py`).

Run with 2 workers and 2 servers, or 1 worker; prints `ok rank=R` and exits 0 on success, `FAILED: ...` and 1 otherwise.
"""
import sys

import numpy as np

import distnet as mx
from distnet.base import MXNetError
from job_checks import check, raises

W0 = np.array([0.5, -1.25, 2.0, 0.1, -0.3, 0.75], dtype=np.float32)


def gradient(rank, step):
    return np.array([0.3, -0.7, 1.5, -2.0, 0.05, 0.0], dtype=np.float32) * (step + 1) * (rank + 1) + 0.1 * rank


def steps(kv, key, optimizer, count=3):
    """The weights pulled after each of ``count`` pushes of ``gradient`` under ``optimizer`` on the servers."""
    kv.init(key, mx.nd.array(W0))
    kv.set_optimizer(optimizer)
    seen = []
    for step in range(count):
        kv.push(key, mx.nd.array(gradient(kv.rank, step)))
        out = mx.nd.zeros((6,))
        kv.pull(key, out=out)
        seen.append(out.asnumpy())
    kv._barrier()
    return seen


def failed_updates(kv):
    """MXNet's server prints an optimizer's exception and ignores it: the key keeps its value, no worker is told
    (DCASGD with momentum tests an NDArray's truth value in its update, which raises)."""
    seen = steps(kv, 10, mx.optimizer.DCASGD(learning_rate=0.1, momentum=0.5, lamda=0.04))
    check(all(s.tobytes() == W0.tobytes() for s in seen), seen)


def large_batches(kv):
    """LBSGD keeps a large batch's first gradient as the array it was given: on MXNet's server that is the key's merge
    buffer, refilled by the next round, so the batch sums the second round's gradient twice."""
    seen = steps(kv, 11, mx.optimizer.LBSGD(learning_rate=0.1, momentum=0.9, warmup_strategy="linear", warmup_epochs=2,
                                           batch_scale=2, updates_per_epoch=2))
    last = {1: [0.409999996, -1.03999996, 1.54999995, 0.700000048, -0.314999998, 0.75],       # MXNet 1.9.1
            2: [0.214999974, -0.63499999, 0.634999871, 1.88499999, -0.360000014, 0.735000014]}[kv.num_workers]
    check(seen[0].tobytes() == W0.tobytes() and np.array_equal(seen[1], seen[2]), seen)
    check(seen[2].tobytes() == np.array(last, np.float32).tobytes(), seen[2].tolist())


def numpy_outputs(kv):
    """A pull or pushpull into an mx.np array fills it and leaves it an mx.np array."""
    kv.init(12, mx.nd.ones((2, 2)))
    out = mx.np.zeros((2, 2))
    kv.pull(12, out=out)
    check(type(out) is mx.np.ndarray and out.asnumpy().tolist() == [[1, 1], [1, 1]], (type(out), out))
    kv.pushpull(12, mx.np.ones((2, 2)), out=out)
    check(type(out) is mx.np.ndarray and out.asnumpy().tolist() == [[1 - kv.num_workers] * 2] * 2, out)    # sgd, lr 1
    kv._barrier()


def pushpull_row_sparse_outputs(kv):
    """A pushpull whose only output of a key is row_sparse has no key to pull (MXNet skips sparse outputs): refused
    before anything is sent."""
    kv.init(13, mx.nd.ones((2, 2)))
    refused = raises(MXNetError, lambda: kv.pushpull(13, mx.nd.ones((2, 2)), out=mx.nd.sparse.zeros("row_sparse", (2, 2))))
    check(refused == "Check failed: uniq_vkeys.size() == uniq_okeys.size() (1 vs. 0) : List of push and pull keys are "
          "different", refused)
    out = mx.nd.zeros((2, 2))
    kv.pull(13, out=out)
    check(out.asnumpy().tolist() == [[1, 1], [1, 1]], out)       # nothing was pushed


def init_refusals(kv):
    """MXNet's init takes a key per array: several arrays for one key fail its uniqueness check on every worker; a csr
    value fails rank 0's push of it (run with 1 worker: another rank would pass, then wait at the init's barrier)."""
    twice = raises(MXNetError, lambda: kv.init([30], [[mx.nd.ones((2,)), mx.nd.ones((2,))]]))
    check(twice.endswith("(1 vs. 2) : ") and twice.startswith("Check failed: static_cast<size_t>(std: :distance"), twice)
    if kv.num_workers == 1:
        csr = raises(MXNetError, lambda: kv.init(31, mx.nd.ones((2, 2)).tostype("csr")))
        check(csr == "Unexpected storage type detected during kvstore push: 2", csr)


def compression_refusals(kv):
    """With 2-bit compression MXNet's push refuses another dtype and row_sparse arrays before its size check, and rank
    0's init of a row_sparse key in its words."""
    kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
    rows = "Check failed: gradient_compression_->get_type() == CompressionType: :kNone: Gradient compression for row " \
           "sparse storage type is not supported"
    check(raises(MXNetError, lambda: kv.init(21, mx.nd.sparse.zeros("row_sparse", (4, 2)))) == rows, "init rows")
    kv.init(20, mx.nd.zeros((10,)))
    half = raises(MXNetError, lambda: kv.push(20, mx.nd.ones((10,), dtype="float16")))
    check(half == "Check failed: dtype == mshadow: :kFloat32 (2 vs. 0) : Gradient compression is only supported for "
          "float32 type of parameters", half)
    check(raises(MXNetError, lambda: kv.push(20, mx.nd.ones((10,)).tostype("row_sparse"))) == rows, "push rows")


def main():
    kv = mx.kv.create("dist_sync")
    failed_updates(kv)
    large_batches(kv)
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=1.0))
    numpy_outputs(kv)
    pushpull_row_sparse_outputs(kv)
    init_refusals(kv)
    if kv.num_workers == 1:         # an init refused on rank 0 only would leave the workers' barriers unpaired
        compression_refusals(kv)
    print(f"ok rank={kv.rank}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
