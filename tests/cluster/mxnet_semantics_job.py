"""A worker checking dist kvstore behaviour against numbers measured on MXNet 1.9.1 (2 workers, 2 servers).

`mxnet_semantics_job.py`; prints `ok rank=R workers=W` and exits 0 on success, `FAILED: ...` and 1 otherwise.
"""
import contextlib
import io
import os
import sys

import numpy as np

import distnet as mx
from distnet.base import MXNetError
from job_checks import check, raises


def api(kv):
    """What MXNet's worker shows: the class, the error classes, _set_updater kept locally."""
    check(type(kv).__name__ == "KVStore" and type(kv).__module__ == "distnet.kvstore.kvstore", repr(type(kv)))
    kv.init("3", mx.nd.ones((2, 3)) * (kv.rank + 1))    # rank 0's value is stored
    raises(AssertionError, lambda: kv.pull("3"))
    raises(AttributeError, lambda: kv.set_optimizer("sgd"))
    dense, sparse = mx.nd.zeros((2, 3)), mx.nd.zeros((2, 3)).tostype("row_sparse")
    logged = io.StringIO()
    with contextlib.redirect_stderr(logged):
        kv.pull("3", out=[dense, sparse])             # the row_sparse out is skipped, as in MXNet, which logs it
    check(dense.asnumpy().tolist() == [[1.0] * 3] * 2 and sparse.indices.size == 0, (dense, sparse))
    check("non-default weights" in logged.getvalue(), logged.getvalue())
    refused = raises(AssertionError, lambda: kv.save_optimizer_states("unused"))
    check(refused == "Cannot save states for distributed training", refused)
    kv._set_updater(lambda key, grad, weight: weight.__setitem__(slice(None), 42))
    # a worker's own updater is what MXNet saves (this one has no states: it fails for lacking get_states)
    raises(AttributeError, lambda: kv.save_optimizer_states(os.devnull))
    kv.push("3", mx.nd.ones((2, 3)))               # the servers still store the sum (MXNet: 2.0 everywhere)
    kv.pull("3", out=dense)
    check(dense.asnumpy().tolist() == [[2.0] * 3] * 2, dense)
    mixed = raises(MXNetError, lambda: kv.push(3, mx.nd.ones((2, 3))))
    check(mixed == "Check failed: key_type_ == key_type (0 vs. 1) : Mixed key types are not allowed", mixed)
    unknown = raises(MXNetError, lambda: kv.pull("zz", out=dense))
    check(unknown == "Check failed: str_key_dict_.find(str_key) != str_key_dict_.end(): key zz doesn't exist. Did "
          "you init?", unknown)


def failed_size_checks(kv):
    """MXNet's size check: a push of another size fails at the call and stays the key's buffer, so the key's pulls
    fail at the first read of any output (each keeps its data) until a push of the key's size; a pushpull into
    outputs of another dtype fails at the call. Messages as MXNet 1.9.1 (str key 's' is its key 1)."""
    kv.init("s", mx.nd.array([1, 2, 3]))
    size = "Check failed: static_cast<size_t>(pskv.size) == pskv_size (12 vs. 24) : The value size cannot be " \
           "changed 24. Key is 1"
    check(raises(MXNetError, lambda: kv.push("s", mx.nd.array([1, 2, 3], dtype="float64"))) == size, "push")
    a, b = mx.nd.array([7, 8, 9]), mx.nd.array([4, 4, 4])
    kv.pull("s", out=[a, b])
    check(raises(MXNetError, a.asnumpy) == size, "first read")
    check(b.asnumpy().tolist() == [4, 4, 4] and a.asnumpy().tolist() == [7, 8, 9], (a, b))
    kv.pull("s", out=a)
    check(raises(MXNetError, a.wait_to_read) == size, "pull before a good push")
    other = raises(MXNetError, lambda: kv.pushpull("s", mx.nd.array([1, 2, 3], dtype="float64"), out=a))
    check(other == "Check failed: push_dtype == pull_dtype (1 vs. 0) : Output buffer dtype is different", other)
    kv.push("s", mx.nd.array([1, 2, 3]) * 2)
    kv.pull("s", out=a)
    check(a.asnumpy().tolist() == [4, 8, 12], a)        # the two workers' sum


def row_sparse_pull_checks(kv):
    """MXNet's row_sparse_pull checks: dense outputs and several outputs of one key fail at the call; a dense key's
    rows fail at the first read of the output, which keeps its data."""
    kv.init("rd", mx.nd.ones((4, 2)))
    kv.init("rs", mx.nd.ones((4, 2)).tostype("row_sparse"))
    dense = raises(MXNetError, lambda: kv.row_sparse_pull("rs", out=mx.nd.zeros((4, 2)), row_ids=mx.nd.array([1])))
    check(dense == "Check failed: val_stype == kRowSparseStorage (0 vs. 1) : Expected row_sparse storage type for "
          "row_sparse_pull values, but detected storage type 0", dense)
    a, b = mx.nd.sparse.zeros("row_sparse", (4, 2)), mx.nd.sparse.zeros("row_sparse", (4, 2))
    two = raises(MXNetError, lambda: kv.row_sparse_pull("rs", out=[a, b], row_ids=[mx.nd.array([0]), mx.nd.array([1])]))
    check(two == "Check failed: num_vals == 1 (2 vs. 1) : RowSparsePull with multiple values is not supported yet", two)
    # a key listed twice is one key with two outputs, refused in the keys' sorted order: "rt" (inited later) not pulled
    kv.init("rt", mx.nd.ones((4, 2)).tostype("row_sparse"))
    c = mx.nd.sparse.zeros("row_sparse", (4, 2))
    twice = raises(MXNetError, lambda: kv.row_sparse_pull(["rt", "rs", "rs"], out=[c, a, b],
                                                          row_ids=[mx.nd.array([0]), mx.nd.array([1]), mx.nd.array([2])]))
    check(twice == two and c.indices.size == 0, (twice, c))
    d = mx.nd.sparse.row_sparse_array((np.ones((1, 2)) * 7, [2]), shape=(4, 2))
    kv.row_sparse_pull(["rs", "rd"], out=[a, d], row_ids=[mx.nd.array([0]), mx.nd.array([1])])     # "rs" is pulled
    failed = raises(MXNetError, d.asnumpy)
    check(failed == "Check failed: storage_type() != kDefaultStorage (0 vs. 0) : CheckAndAlloc(aux_shapes) is not "
          "intended for kDefaultStorage", failed)
    check(d.asnumpy()[2].tolist() == [7, 7] and a.asnumpy()[0].tolist() == [1, 1], (d, a))     # raised once
    kv.row_sparse_pull("rs", out=b, row_ids=mx.nd.array([3, 1]))
    check(b.indices.asnumpy().tolist() == [1, 3] and b.data.asnumpy().tolist() == [[1, 1], [1, 1]], b)


def pulls_into_views(kv):
    """A pull or pushpull into a slice fills the array it views, as MXNet's views share their array's memory."""
    kv.init("v", mx.nd.ones((2,)) * 4)
    whole = mx.nd.zeros((3,))
    kv.pull("v", out=whole[:2])
    check(whole.asnumpy().tolist() == [4, 4, 0], whole)
    kv.pushpull("v", mx.nd.ones((2,)), out=whole[1:])
    check(whole.asnumpy().tolist() == [4, 2, 2], whole)       # the two workers' sum


def received_pulls(kv):
    """MXNet's CPU worker receives a key's pulls in the one array last pushed for it (rank 0: its initial value
    before any push) and copies them to the outputs from there; several pushed arrays are summed elsewhere. A pushpull
    pushes an array shared by keys after the earlier keys' pulls wrote it. Values measured on MXNet 1.9.1."""
    r, w = kv.rank, mx.nd.ones((3,))
    kv.init("r1", w)
    w[:] = 7
    out = mx.nd.zeros((3,))
    kv.pull("r1", out=out)
    check(w.asnumpy().tolist() == [1 if r == 0 else 7] * 3 and out.asnumpy().tolist() == [1] * 3, (w, out))
    g, listed = mx.nd.ones((3,)) * 2, mx.nd.ones((3,)) * 3
    kv.push("r1", g)
    g[:] = 9                        # after the push: not sent, overwritten by the pull
    kv.pull("r1", out=out)
    check(g.asnumpy().tolist() == [4] * 3 and out.asnumpy().tolist() == [4] * 3, (g, out))
    kv.push("r1", [listed, listed])
    kv.pull("r1", out=out)
    check(listed.asnumpy().tolist() == [3] * 3 and out.asnumpy().tolist() == [12] * 3, (listed, out))
    big = mx.nd.ones((40, 40), dtype="float16")       # split across the servers, held in float32 there
    kv.init("r2", mx.nd.zeros((40, 40), dtype="float16"))
    kv.push("r2", big)
    kv.pull("r2", out=mx.nd.zeros((40, 40), dtype="float16"))
    check(np.all(big.asnumpy() == 2), big)
    shared, outs = mx.nd.ones((3,)), [mx.nd.zeros((3,)) for _ in range(3)]
    kv.init(["r3", "r4", "r5"], [mx.nd.zeros((3,))] * 3)
    kv.pushpull(["r3", "r4", "r5"], [shared] * 3, out=outs)
    check([o.asnumpy()[0] for o in outs] == [2, 4, 8] and shared.asnumpy()[0] == 8, (shared, outs))
    refused = None
    try:
        kv.pull("r1", out=out, ignore_sparse=False)
    except MXNetError as err:
        refused = str(err)
    check(refused == 'Traceback (most recent call last):\n  File "../src/kvstore/./kvstore_dist.h", line 278\n'
          "MXNetError: Check failed: ignore_sparse: dist kvstore pull doesn't support ignore_sparse=False", refused)


def first_pulls(kv):
    """A worker that neither pushed a key nor initialised it as rank 0 receives its first pull in a buffer of that
    pull's first output's shape (the key's size): later outputs must have that shape. Rank 0 copies from its initial
    value's. Outcomes measured on MXNet 1.9.1."""
    def pull(key, *outs):
        kv.pull(key, out=list(outs) if len(outs) > 1 else outs[0])
        return [o.asnumpy().ravel().tolist() for o in outs]
    mismatch = "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [{}] to.shape=[{}]"
    kv.init(["f0", "f1", "f2"], [mx.nd.ones((2, 3)) * (i + 1) for i in range(3)])
    if kv.rank == 0:
        check(raises(MXNetError, lambda: pull("f0", mx.nd.zeros((3, 2)))) == mismatch.format("2,3", "3,2"), "f0")
        check(pull("f0", mx.nd.zeros((2, 3))) == [[1] * 6], "f0 again")
        check(raises(MXNetError, lambda: pull("f1", mx.nd.zeros((6,)), mx.nd.zeros((6,))))
              == mismatch.format("2,3", "6"), "f1")
    else:
        check(pull("f0", mx.nd.zeros((3, 2))) == [[1] * 6], "f0")
        check(raises(MXNetError, lambda: pull("f0", mx.nd.zeros((2, 3)))) == mismatch.format("3,2", "2,3"), "f0 again")
        check(pull("f1", mx.nd.zeros((6,)), mx.nd.zeros((6,))) == [[2] * 6] * 2, "f1")
        check(raises(MXNetError, lambda: pull("f2", mx.nd.zeros((6,)), mx.nd.zeros((2, 3))))
              == mismatch.format("6", "2,3"), "f2")
    kv.push("f0", mx.nd.ones((2, 3)))               # a push of the key's shape becomes the buffer
    check(pull("f0", mx.nd.zeros((2, 3))) == [[2] * 6], "f0 after a push")


def first_row_sparse_pulls(kv):
    """A worker that neither pushed a row_sparse key nor initialised it as rank 0 receives its first row_sparse_pull
    in a buffer of that pull's output's shape: later outputs must have that shape, and a big key's rows are cut among
    the servers as the buffer's rows (41 rows: 21 and 20; the key's 40: 20 and 20), each server reading its slice at
    the row's place in that cut. Outcomes measured on MXNet 1.9.1 (2 workers, 2 servers, bound 1000)."""
    kv.init(["fr", "fs"], [mx.nd.array(np.arange(1, 41)[:, None] * np.ones((1, 30))).tostype("row_sparse"),
                           mx.nd.array(np.arange(1, 13).reshape(4, 3)).tostype("row_sparse")])
    mismatch = "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [{}] to.shape=[{}]"

    def pull(key, shape, rows):
        out = mx.nd.sparse.zeros("row_sparse", shape)
        kv.row_sparse_pull(key, out=out, row_ids=mx.nd.array(rows))
        return out.indices.asnumpy().tolist(), out.data.asnumpy()[:, -1].tolist()
    if kv.rank == 0:
        check(raises(MXNetError, lambda: pull("fr", (39, 30), [1])) == mismatch.format("40,30", "39,30"), "fr")
        check(pull("fr", (40, 30), [0, 19, 20, 39]) == ([0, 19, 20, 39], [1, 20, 21, 40]), "fr again")
        check(raises(MXNetError, lambda: pull("fs", (3, 3), [2, 0])) == mismatch.format("4,3", "3,3"), "fs")
    else:
        got = pull("fr", (41, 30), [0, 19, 21, 39, 40])
        check(got == ([0, 19, 21, 39, 40], [1, 20, 21, 39, 40]), got)
        check(pull("fr", (41, 30), [40]) == ([40], [40]), "fr again")
        check(raises(MXNetError, lambda: pull("fr", (40, 30), [1])) == mismatch.format("41,30", "40,30"), "fr 40")
        check(pull("fs", (3, 3), [2, 0]) == ([0, 2], [3, 9]), "fs")
        check(raises(MXNetError, lambda: pull("fs", (4, 3), [1])) == mismatch.format("3,3", "4,3"), "fs 4")


def float32_on_servers(kv):
    """MXNet's servers hold float64/float16 keys in float32; a worker sums a pushed list in MXNet's CPU order."""
    r = kv.rank
    x = np.array([1 / 3, 1 + 2 ** -30, 1e-300, 1e300, np.pi])
    kv.init("f64", mx.nd.array(x, dtype="float64"))
    kv.push("f64", mx.nd.array(x * (r + 1), dtype="float64"))
    out = mx.nd.zeros((5,), dtype="float64")
    kv.pull("f64", out=out)
    check(out.asnumpy().tolist() == [1.0, 3.0, 0.0, np.inf, 9.42477798461914], out)      # MXNet 1.9.1
    kv.init("sum", mx.nd.zeros((3,)))
    kv.push("sum", [mx.nd.array([1e8, 1, 3e-8]), mx.nd.array([1, 1e8, 1]), mx.nd.array([-1e8, -1e8, -1])])
    out = mx.nd.zeros((3,))
    kv.pull("sum", out=out)
    check(out.asnumpy().tolist() == [0.0, 2.0, 5.99999978589949e-08], out)      # first + (second + third)
    kv.set_optimizer(mx.optimizer.create("adam", learning_rate=0.05, rescale_grad=0.5))
    kv.init("h", mx.nd.array([-1, -0.3, 0.2, 0.7], dtype="float16"))
    kv.push("h", mx.nd.array([0.3, -0.7, 0.1, 0.9], dtype="float16") * (r + 1))
    out = mx.nd.zeros((4,), dtype="float16")
    kv.pull("h", out=out)
    check(out.asnumpy().tobytes().hex() == "33bc00b4cc303439", out)         # float16 math would give 34bcfbb3c7303239
    wide = mx.nd.zeros((4,))
    kv.pull("h", out=wide)                  # a float16 key's value reaches a float32 output as float16
    check(wide.asnumpy().tolist() == [-1.0498046875, -0.25, 0.14990234375, 0.650390625], wide)


def float16_keys(kv):
    """MXNet's nightly dist_sync checks: 'test' optimizer, rescale_grad 2, multi_precision, float16 keys."""
    w, r, rate = kv.num_workers, kv.rank, 2
    kv.init(["4", "100"], [mx.nd.ones((2, 3), dtype="float16"), mx.nd.ones((40, 40), dtype="float16")])
    kv.init("10", mx.nd.ones((2, 3), dtype="float16").tostype("row_sparse"))
    raises(MXNetError, lambda: kv.push("4", mx.nd.ones((2, 3))))      # float32 into a float16 key
    kv.set_optimizer(mx.optimizer.create("test", rescale_grad=rate, multi_precision=True))
    for i in range(2):
        for key, shape in (("4", (2, 3)), ("100", (40, 40))):       # "100" is split across the servers
            kv.push(key, mx.nd.ones(shape, dtype="float16") * (r + 1))
            out = mx.nd.zeros(shape, dtype="float16")
            kv.pull(key, out=out)
            check(np.all(out.asnumpy() == (w + 1) * w * rate / 2 * (i + 1) + 1), (key, i, out.asnumpy().ravel()[:3]))
    grad = mx.nd.zeros((2, 3), dtype="float16")
    grad[r % 2] = r + 1
    seen = []
    for _ in range(2):
        kv.push("10", grad.tostype("row_sparse"))
        out = mx.nd.zeros((2, 3), stype="row_sparse", dtype="float16")
        kv.row_sparse_pull("10", out=out, row_ids=mx.nd.array([1, 0, 1], dtype="float16"))
        seen.append(out.asnumpy()[:, 0].tolist())
    check(seen == [[3.0, 5.0], [5.0, 9.0]], seen)     # MXNet 1.9.1, 2 workers


def uneven_pushes(kv):
    """MXNet's server closes a sync round at its num_workers-th push of a key, whoever sent it: worker 0's two pushes,
    made while worker 1 pushes nothing, are summed in a round of their own; the servers' 'test' optimizer (rescale_grad
    2, from float16_keys) adds twice that sum (MXNet 1.9.1: both workers pull 22)."""
    kv.init("u", mx.nd.zeros((3,)))
    if kv.rank == 0:
        kv.push("u", mx.nd.ones((3,)))
        kv.push("u", mx.nd.ones((3,)) * 10)
        mx.nd.waitall()
    kv._barrier()
    out = mx.nd.zeros((3,))
    kv.pull("u", out=out)
    check(out.asnumpy().tolist() == [22.0] * 3, out)
    kv._barrier()


def compression(kv):
    """2-bit compression as MXNet's dist_sync: a worker's list is summed, then quantized with one residual per key."""
    kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
    if kv.rank == 0:        # MXNet checks in rank 0's push of the value (another rank's init would pass, then wait)
        half = raises(MXNetError, lambda: kv.init("c16", mx.nd.zeros((5,), dtype="float16")))
        check(half == "Check failed: dtype == mshadow: :kFloat32 (2 vs. 0) : Gradient compression is only supported "
              "for float32 type of parameters", half)
        # the key is known to the worker by then: its pushes fail that check too
        check(raises(MXNetError, lambda: kv.push("c16", mx.nd.ones((5,), dtype="float16"))) == half, "push c16")
        raises(MXNetError, lambda: kv.init("crs", mx.nd.zeros((4, 2)).tostype("row_sparse")))
    kv.init("c", mx.nd.zeros((5,)))
    both = raises(MXNetError, lambda: kv.pushpull("c", mx.nd.ones((5,))))
    check(both == "Check failed: gradient_compression_->get_type() == CompressionType: :kNone: Compression not "
          "supported with PushPull", both)
    seen = []
    for _ in range(3):
        kv.push("c", [mx.nd.array([0.3, 0.6, -0.6, 0.2, 1.2]), mx.nd.array([0.3, 0.1, -0.1, -0.4, 0.0])])
        out = mx.nd.zeros((5,))
        kv.pull("c", out=out)
        seen.append(out.asnumpy().tolist())
    # MXNet 1.9.1 pulls [1, 1, -1, 0, 1], [1, 1, -1, 0, 1], [1, 1, -1, -1, 1] without an optimizer; 'test' adds 2x
    check(seen == [[2, 2, -2, 0, 2], [4, 4, -4, 0, 4], [6, 6, -6, -2, 6]], seen)


def compressed_slices(kv):
    """A big compressed key is cut as MXNet cuts its compressed form (whole 16-value chunks, halves rounded up): a
    per-slice optimizer (LAMB's norms) shows the cuts. Values from MXNet 1.9.1 (2 workers, 2 servers, bound 1000)."""
    kv.set_optimizer(mx.optimizer.create("lamb", learning_rate=0.01))
    kv.init("cl", mx.nd.arange(1030) * 0.01 - 1)
    kv.push("cl", (mx.nd.arange(1030) % 3 - 1) * (kv.rank + 1))
    out = _pulled(kv, "cl", (1030,)).asnumpy()[[0, 2, 514, 515, 1029]].tolist()
    check(out == [-0.9726237058639526, -1.0073763132095337, 4.139999866485596, 4.122623920440674, 9.374930381774902],
          out)


def one_worker(kv):
    """A one-worker job with int keys, as MXNet 1.9.1 shows it: a pushed array becomes the key's buffer whatever its
    shape (pulls copy from it), an int key's second init is rank 0's push, and MXNet's checks and their words."""
    kv.push([], [])                 # a call given no key at all still makes the store's keys int keys
    mixed = raises(MXNetError, lambda: kv.init("s", mx.nd.ones((2,))))
    check(mixed == "Check failed: key_type_ == key_type (1 vs. 0) : Mixed key types are not allowed", mixed)
    kv.init(3, mx.nd.ones((2, 3)))
    kv.push(3, mx.nd.ones((6,)) * 2)                # the key's size: accepted
    out = mx.nd.array([[7, 8], [9, 10], [11, 12]])
    mismatch = "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [6] to.shape=[3,2]"
    check(raises(MXNetError, lambda: kv.pull(3, out=out)) == mismatch, "pull from the pushed shape")
    check(out.asnumpy().tolist() == [[7, 8], [9, 10], [11, 12]], out)
    flat = mx.nd.zeros((6,))
    kv.pull(3, out=flat)
    check(flat.asnumpy().tolist() == [2] * 6, flat)
    size = raises(MXNetError, lambda: kv.push(3, mx.nd.ones((4, 2))))
    check(size == "Check failed: static_cast<size_t>(pskv.size) == pskv_size (24 vs. 32) : The value size cannot be "
          "changed 32. Key is 3", size)
    wide = "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [4,2] to.shape=[2,3]"
    check(raises(MXNetError, lambda: kv.pull(3, out=mx.nd.zeros((2, 3)))) == wide, "pull after a failed push")
    listed = raises(MXNetError, lambda: kv.push(3, [mx.nd.ones((2, 3)), mx.nd.ones((3, 3))]))
    check(listed == "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [3,3] "
          "to.shape=[2,3]", listed)
    full = mx.nd.zeros((2, 3))
    kv.push(3, mx.nd.ones((2, 3)) * 3)
    out = raises(MXNetError, lambda: kv.pushpull(3, mx.nd.ones((2, 3)), out=mx.nd.zeros((3, 3))))
    check(out.endswith("from.shape = [2,3] to.shape=[3,3]"), out)
    kv.pull(3, out=full)
    check(full.asnumpy().tolist() == [[1] * 3] * 2, full)       # the pushpull's push was sent
    check(raises(MXNetError, lambda: kv.push(3, full.tostype("csr"))) ==
          "Unexpected storage type detected during kvstore push: 2", "csr push")
    check(raises(TypeError, lambda: kv.push(3, full, priority="a")) ==
          "'str' object cannot be interpreted as an integer", "priority")
    kv.set_optimizer(mx.optimizer.create("sgd", learning_rate=0.5))
    kv.init([3, 4], [mx.nd.ones((2, 3)) * 2, mx.nd.ones((2,))])     # key 3 again: a gradient of 2
    kv.pull(3, out=full)
    check(full.asnumpy().tolist() == [[0] * 3] * 2, full)
    # an int key's second init is sent uncompressed (its residual untouched), as MXNet's initial pushes are
    kv.set_gradient_compression({"type": "2bit", "threshold": 2})
    kv.init(9, mx.nd.zeros((3,)))
    kv.init(9, mx.nd.ones((3,)))
    seen, out = [], mx.nd.zeros((3,))
    for _ in range(3):
        kv.pull(9, out=out)
        seen.append(out.asnumpy()[0].item())
        kv.push(9, mx.nd.ones((3,)))
    check(seen == [-0.5, -0.5, -1.5], seen)     # MXNet 1.9.1
    # a compressed push checks its compressed size (16 values to a float32), its pulls the key's
    kv.init(10, mx.nd.zeros((5, 4)))
    short = raises(MXNetError, lambda: kv.push(10, mx.nd.ones((7,))))
    check(short == "Check failed: static_cast<size_t >(pskv.size) == num_elem * num_bytes (8 vs. 4) : The value "
          "size can't be changed. For key 10", short)
    kv.push(10, mx.nd.ones((30,)) * 3)      # 2 float32s compressed, as the key's 20 values: sent
    long = raises(MXNetError, _pulled(kv, 10, (30,)).wait_to_read)
    check(long == "Check failed: static_cast<size_t >(pskv.size) == num_elem * num_bytes (80 vs. 120) : The value "
          "size can't be changed. For key 10", long)
    kv.push(10, mx.nd.ones((5, 4)))
    check(_pulled(kv, 10, (5, 4)).asnumpy().tolist() == [[-2.0] * 4] * 5, "compressed pushes")     # MXNet 1.9.1


def _pulled(kv, key, shape):
    out = mx.nd.zeros(shape)
    kv.pull(key, out=out)
    return out


def main():
    kv = mx.kv.create("dist_sync")
    if kv.num_workers == 1:
        one_worker(kv)
        print("ok rank=0 workers=1", flush=True)
        return 0
    check(kv.num_workers == 2, "run with 1 or 2 workers")
    api(kv)
    failed_size_checks(kv)
    row_sparse_pull_checks(kv)
    pulls_into_views(kv)
    received_pulls(kv)
    first_pulls(kv)
    first_row_sparse_pulls(kv)
    float32_on_servers(kv)
    float16_keys(kv)
    uneven_pushes(kv)
    compression(kv)
    compressed_slices(kv)
    print(f"ok rank={kv.rank} workers={kv.num_workers}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
