"""A worker checking call forms of a dist kvstore against MXNet 1.9.1's worker (`dist_forms_job.py TYPE`).

Prints `ok type=TYPE` and exits 0 on success, `FAILED: ...` and 1 otherwise. Run with 1 worker.
"""
import os
import sys

import numpy as np

import distnet as mx
from distnet.base import MXNetError
from job_checks import check, raises


def pulled(kv, key, shape, dtype="float32"):
    out = mx.nd.zeros(shape, dtype=dtype)
    kv.pull(key, out=out)
    return out.asnumpy()


def unique_init_keys(kv):
    """MXNet's dist init refuses a key repeated next to itself in one call (std::unique), not one further apart."""
    twice = raises(MXNetError, lambda: kv.init([3, 3], [mx.nd.ones((2,)), mx.nd.ones((2,))]))
    check(twice == "Check failed: static_cast<size_t>(std: :distance(keys_copy.begin(), last)) == "
          "static_cast<size_t>(keys.size()) (1 vs. 2) : ", twice)
    nested = raises(MXNetError, lambda: kv.init([6, 7, [7]], [mx.nd.ones((2,)), mx.nd.ones((2,)), [mx.nd.ones((2,))]]))
    check(nested.endswith("(2 vs. 3) : "), nested)
    kv.init([4, 5, 4], [mx.nd.ones((2,)), mx.nd.ones((2,)), mx.nd.ones((2,))])


def mixed_dtype_lists(kv):
    """A pushed list is copied into a buffer of the key's dtype and summed there: other dtypes are converted."""
    x = np.array([1 / 3, 1 + 2 ** -12, 65504.0, -2.5, 1e-5, 7.0])
    kv.init(12, mx.nd.zeros((6,)))
    kv.push(12, [mx.nd.array(x, dtype="float32"), mx.nd.array(x, dtype="float16")])
    want = x.astype(np.float32) + x.astype(np.float16).astype(np.float32)
    check(pulled(kv, 12, (6,)).tobytes() == want.tobytes(), "float32 + float16")
    kv.push(12, [mx.nd.array(x, dtype="float32"), mx.nd.array(x, dtype="float64")])
    check(pulled(kv, 12, (6,)).tobytes() == (x.astype(np.float32) * 2).tobytes(), "float32 + float64")
    kv.push(12, [mx.nd.ones((6,)), mx.nd.array([1, 2, 3, 4, 5, 6], dtype="int32")])
    check(pulled(kv, 12, (6,)).tolist() == [2, 3, 4, 5, 6, 7], "float32 + int32")


def refused_key_in_a_list(kv):
    """MXNet's push, pull and pushpull take a list's keys in id order: those before a refused key are sent, the rest
    are not."""
    kv.init([50, 51, 52], [mx.nd.ones((2,)), mx.nd.ones((3,)), mx.nd.ones((2,))])
    size = raises(MXNetError, lambda: kv.push([52, 51, 50], [mx.nd.ones((2,)) * 2, mx.nd.ones((4,)),
                                                          mx.nd.ones((2,)) * 3]))
    check(size == "Check failed: static_cast<size_t>(pskv.size) == pskv_size (12 vs. 16) : The value size cannot be "
          "changed 16. Key is 51", size)
    check(pulled(kv, 50, (2,)).tolist() == [3, 3] and pulled(kv, 52, (2,)).tolist() == [1, 1], "keys before 51 sent")
    # a pull too: the keys before the refused one are pulled; an output shared by keys ends with the last key's
    a, b, c = mx.nd.zeros((2,)), mx.nd.zeros((3,)), mx.nd.zeros((2,))
    copy = raises(MXNetError, lambda: kv.pull([52, 51, 50], out=[a, b, c]))
    check(copy == "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [4] "
          "to.shape=[3]", copy)
    check(a.asnumpy().tolist() == [0, 0] and c.asnumpy().tolist() == [3, 3], (a, c))
    kv.pull([52, 50], out=[a, a])
    check(a.asnumpy().tolist() == [1, 1], a)
    # a pushpull's size check runs in MXNet's engine (its outputs raise it), its copy check at the call
    out = mx.nd.zeros((4,))
    kv.pushpull(51, mx.nd.ones((4,)) * 2, out=out)
    check(raises(MXNetError, out.asnumpy) == size, "pushpull's size check at the first read")
    outs = [mx.nd.zeros((2,)), mx.nd.zeros((3,)), mx.nd.zeros((2,))]
    check(raises(MXNetError, lambda: kv.pushpull([52, 51, 50], [mx.nd.ones((2,)) * 5, mx.nd.ones((4,)),
                                                                mx.nd.ones((2,)) * 7], out=outs)) == copy, "copy")
    check(outs[0].asnumpy().tolist() == [0, 0] and outs[2].asnumpy().tolist() == [7, 7], outs)
    check(pulled(kv, 50, (2,)).tolist() == [7, 7] and pulled(kv, 52, (2,)).tolist() == [1, 1], "50 sent, 52 not")


def refusals(kv):
    """MXNet's words for a non-optimizer given to set_optimizer, a pull with ignore_sparse=False, an integer key."""
    check(raises(AttributeError, lambda: kv.set_optimizer("sgd")) ==
          "'str' object has no attribute 'multi_precision'", "set_optimizer('sgd')")
    no = "Check failed: ignore_sparse: dist kvstore pull doesn't support ignore_sparse=False"
    check(raises(MXNetError, lambda: kv.pull(12, out=mx.nd.zeros((6,)), ignore_sparse=False)) == no, "dense out")
    check(raises(MXNetError, lambda: kv.pull(12, out=mx.nd.sparse.zeros("row_sparse", (6,)), ignore_sparse=False))
          == no, "row_sparse out")
    for dtype, words in (("int32", ", not int32"), ("uint8", " not uint8")):     # (MXNet's server dies of it)
        refused = raises(MXNetError, lambda: kv.init(40, mx.nd.ones((2,), dtype=dtype)))
        check(refused == f"This operation only support floating point types{words}", refused)


def device_merge_buffers(kv):
    """A device store: once a pushed list was summed (the store's merge buffers made, for the keys known then), a
    pull copies the buffer a push of another shape left into the key's merge buffer first, and fails there."""
    kv.init([20, 21], [mx.nd.ones((2, 2)), mx.nd.ones((3,))])
    kv.push(20, mx.nd.ones((4,)) * 2)
    check(pulled(kv, 20, (4,)).tolist() == [2] * 4, "pull before any sum")
    kv.push(21, [mx.nd.ones((3,)), mx.nd.ones((3,))])
    merge = "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [4] to.shape=[2,2]"
    check(raises(MXNetError, lambda: pulled(kv, 20, (4,))) == merge, "flat pull after a sum")
    check(raises(MXNetError, lambda: pulled(kv, 20, (3,))) == merge, "pull of a third shape")
    kv.push(20, mx.nd.ones((2, 2)))
    check(pulled(kv, 20, (2, 2)).tolist() == [[1, 1], [1, 1]], "after a push of the key's shape")
    kv.init(22, mx.nd.ones((2, 2)))         # no merge buffer: pulled as before any sum
    kv.push(22, mx.nd.ones((4,)) * 3)
    check(pulled(kv, 22, (4,)).tolist() == [3] * 4, "a key initialised after the sum")


def row_sparse_sums(kv):
    """Without a server optimizer, MXNet's server writes a row_sparse key's pushed rows over its first rows; a dense
    pull of the key is refused when its last row message carried fewer rows (with every row, MXNet's server aborts)."""
    w0 = np.arange(12, dtype=np.float32).reshape(6, 2)
    kv.init(30, mx.nd.array(w0).tostype("row_sparse"))
    grad = mx.nd.zeros((6, 2))
    grad[2], grad[5] = mx.nd.array([1, 2]), mx.nd.array([3, 4])
    kv.push(30, grad.tostype("row_sparse"))
    out = mx.nd.sparse.zeros("row_sparse", (6, 2))
    kv.row_sparse_pull(30, out=out, row_ids=mx.nd.arange(6))
    check(out.asnumpy().tolist() == [[1, 2], [3, 4]] + w0[2:].tolist(), out.asnumpy())
    kv.row_sparse_pull(30, out=out, row_ids=mx.nd.array([4, 1, 4]))
    # MXNet's worker keeps the size of a key's last row message (2 rows of 2 float32 here) as the key's size; the
    # pull is accepted and its output fails once when read, keeping its data
    dense = mx.nd.ones((6, 2)) * 7
    kv.pull(30, out=dense)
    size = raises(MXNetError, dense.asnumpy)
    check(size == "Check failed: static_cast<size_t>(pskv.size) == pskv_size (16 vs. 48) : The value size cannot be "
          "changed 48. Key is 30", size)
    check(dense.asnumpy().tolist() == [[7, 7]] * 6, dense)
    kv.push(30, mx.nd.sparse.zeros("row_sparse", (6, 2)))
    size = raises(MXNetError, lambda: pulled(kv, 30, (6, 2)))
    check(size.startswith("Check failed: static_cast<size_t>(pskv.size) == pskv_size (0 vs. 48)"), size)


def pushpull_output_dtypes(kv, kind):
    """A pushpull checks only its first output's dtype against the push's; the others take the value converted ('device'
    relays it through output 94 % 3 = 1, float16 here). Values from MXNet 1.9.1 (one worker)."""
    x = np.array([0.1, 1 / 3, 1000.7], dtype=np.float32)
    kv.init([93, 94], [mx.nd.array(x, dtype="float16"), mx.nd.array(x)])
    outs = [mx.nd.ones((3,), dtype="float16"), mx.nd.ones((3,))]
    kv.pushpull(93, mx.nd.array(x, dtype="float16"), out=outs)
    check([o.asnumpy().tolist() for o in outs] == [[0.0999755859375, 0.333251953125, 1000.5]] * 2, outs)
    refused = raises(MXNetError, lambda: kv.pushpull(93, mx.nd.array(x, dtype="float16"), out=outs[::-1]))
    check(refused == "Check failed: push_dtype == pull_dtype (2 vs. 0) : Output buffer dtype is different", refused)
    outs = [mx.nd.ones((3,)), mx.nd.ones((3,), dtype="float16"), mx.nd.ones((3,), dtype="float64")]
    kv.pushpull(94, mx.nd.array(x), out=outs)
    got = [o.asnumpy().tolist() for o in outs]
    half, whole = [0.0999755859375, 0.333251953125, 1000.5], x.tolist()
    check(got == ([half] * 3 if "device" in kind else [whole, half, whole]), got)


def sticky_copy_dtypes(kv):
    """A CPU worker sums a pushed list through copy buffers typed by the first array of the key's first summed push:
    of another dtype than the key's, the sum fails in its kernel, the push is not sent and the key's pulls (a
    pushpull's too, for every later list) raise it at their outputs' first read; one array pushed ends it. As MXNet
    1.9.1's dist_sync worker."""
    x = np.array([0.1, 1 / 3, 1000.7], dtype=np.float32)
    words = ('Traceback (most recent call last):\n  File "../include/mxnet/././tensor_blob.h", line 214\nMXNetError: '
             'Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not '
             'match specified type.Expected: half v.s. given float')

    def first_read(out):
        try:
            out.asnumpy()
        except MXNetError as err:
            return str(err)
    kv.init(95, mx.nd.array(x))
    kv.push(95, [mx.nd.array(x, dtype="float16")] * 2)
    out = mx.nd.ones((3,))
    kv.pull(95, out=out)
    check(first_read(out) == words and out.asnumpy().tolist() == [1] * 3, out)
    out = mx.nd.ones((3,))
    kv.pushpull(95, [mx.nd.array(x)] * 2, out=out)
    check(first_read(out) == words, "pushpull")
    kv.push(95, mx.nd.array(x) * 3)
    check(pulled(kv, 95, (3,)).tolist() == (x * 3).tolist(), "one array")


def sticky_copy_storage(kv):
    """A CPU worker's copy buffers also keep the storage of that first array: a list led by another storage is refused
    at the call, nothing sent. As MXNet 1.9.1's dist_sync worker (which logs the row_sparse copies' fallback)."""
    rows = mx.nd.array([[0, 0], [1, 2], [0, 0], [3, 4]]).tostype("row_sparse")
    kv.init(96, mx.nd.ones((4, 2)))
    kv.push(96, [mx.nd.ones((4, 2)), rows])
    refused = raises(MXNetError, lambda: kv.push(96, [rows, mx.nd.ones((4, 2))]))
    check(refused == "Check failed: stype == buf.copy_buf[0].storage_type(): Storage type mismatch detected. 1(src) "
          "vs. 0(buf.copy_buf)", refused)
    check(pulled(kv, 96, (4, 2)).tolist() == [[1, 1], [2, 3], [1, 1], [4, 5]], "refused list not sent")


def trainer_learning_rate(kv):
    """Trainer.set_learning_rate reaches the servers' optimizer (MXNet's keeps its old rate there)."""
    net = mx.gluon.nn.Dense(1, in_units=2, use_bias=False)
    net.initialize(mx.init.Constant(0.5))
    trainer = mx.gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.25}, kvstore=kv)
    x = mx.nd.array([[1.0, 2.0]])
    weights = []
    for _ in range(2):
        with mx.autograd.record():
            loss = (net(x) ** 2).sum()
        loss.backward()                             # gradient 2 * (w . x) * x
        trainer.step(1)
        weights.append(net.weight.data().asnumpy().tolist())
        # the gradient pushed alone received the pulled weight, as MXNet's worker receives pulls in it
        check(net.weight.grad().asnumpy().tolist() == weights[-1], net.weight.grad())
        trainer.set_learning_rate(0.125)
    # 0.5 - 0.25 * [3, 6], then -0.25 and -1 - 0.125 * [-4.5, -9]: the servers' rate is 0.125 from then on
    check(weights == [[[-0.25, -1.0]], [[0.3125, 0.125]]] and trainer.learning_rate == 0.125, weights)


def key_corners(kv, servers):
    """Int key -1 is outside the one server's key range (other negative keys fit), and with two servers a negative
    key placed on server 0 or cut over both is outside server 0's; a key list given one NDArray takes its rows as the
    keys' values."""
    if servers == 1:
        end = 2 ** 64 - 1
        for call in (lambda: kv.init(-1, mx.nd.ones((2,))), lambda: kv.init([60, -1], [mx.nd.ones((2,))] * 2),
                     lambda: kv.push(-1, mx.nd.ones((2,))), lambda: pulled(kv, -1, (2,))):
            refused = raises(MXNetError, call)
            check(refused == f"Check failed: ps_key < krs[server].end() ({end} vs. {end}) : ", refused)
        kv.init(-5, mx.nd.ones((2,)) * 7)
        check(pulled(kv, -5, (2,)).tolist() == [7, 7], "key -5")
    else:       # a negative key wraps past server 0's range: a small one placed there, a big one cut over all
        start, end = 2 ** 64, (2 ** 64 - 1) // 2
        for key, shape, line in ((-2, (2,), "krs[server]"), (-7, (40, 30), "krs[i]")):
            for call in (lambda: kv.init(key, mx.nd.ones(shape)), lambda: kv.push(key, mx.nd.ones(shape)),
                         lambda: pulled(kv, key, shape)):
                refused = raises(MXNetError, call)
                check(refused == f"Check failed: ps_key < {line}.end() ({start + key} vs. {end}) : ", refused)
    rows = mx.nd.array([[1, 2], [3, 4]])
    kv.init([61, 62], rows)
    kv.push([61, 62], rows * 10)
    out = mx.nd.zeros((2, 2))
    kv.pull([61, 62], out=out)
    check(out.asnumpy().tolist() == [[10, 20], [30, 40]], out)


def first_pushes(kv):
    """A push of an int key never initialised is sent as any push: its server takes the first value as the key's
    (float16 and big keys too), later pushes replace it, and the worker knows the key's shape. Row_sparse arrays
    fail MXNet's CPU reduction. As MXNet 1.9.1's dist worker and servers (one worker)."""
    kv.push(80, mx.nd.arange(6).reshape((2, 3)))
    kv.push([81, 82], [mx.nd.arange(1200, dtype="float16"), mx.nd.ones((2,)) * 3])     # 81 is split across servers
    check(pulled(kv, 80, (2, 3)).ravel().tolist() == [0, 1, 2, 3, 4, 5], "first push")
    check(pulled(kv, 81, (1200,), "float16")[-2:].tolist() == [1198, 1199] and pulled(kv, 82, (2,)).tolist() == [3, 3],
          "first pushes of a list")
    kv.push(80, mx.nd.ones((2, 3)) * 4)
    check(pulled(kv, 80, (2, 3)).tolist() == [[4] * 3] * 2, "second push")
    wrong = raises(MXNetError, lambda: pulled(kv, 80, (3, 2)))
    check(wrong == "Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = [2,3] "
          "to.shape=[3,2]", wrong)
    if "device" not in kv.type:
        rows = raises(MXNetError, lambda: kv.push(85, mx.nd.ones((2, 2)).tostype("row_sparse")))
        check(rows == "Check failed: !merged.is_none(): ", rows)


def partial_row_sparse_init(kv, servers):
    """A row_sparse init of some rows leaves each server's slice with those rows packed at its top, as MXNet's servers
    keep them (its rows beyond are unallocated memory there: not read here). Key 90 is split across 2 servers. A pull
    of rows outside a big key fails MXNet's size check at the output's first read."""
    w = mx.nd.zeros((600, 2))
    w[5] = 5
    w[400] = 7
    kv.init(90, w.tostype("row_sparse"))
    out = mx.nd.sparse.zeros("row_sparse", (600, 2))
    kv.row_sparse_pull(90, out=out, row_ids=mx.nd.array([0, 300] if servers == 2 else [0, 1]))
    check(out.data.asnumpy().tolist() == [[5, 5], [7, 7]], out.data)
    # rows outside the big key leave MXNet's message short: the output raises that check at its first read
    kv.row_sparse_pull(90, out=out, row_ids=mx.nd.array([1, 700, 1]))
    short = raises(MXNetError, lambda: out.indices.asnumpy())
    check(short == "Check failed: static_cast<size_t>(pskv.size) == num_elem * num_bytes (8 vs. 16) : ", short)


def device_relay(kv):
    """Before its merge buffers exist, MXNet's device store copies a pulled value into the output at the key (as
    unsigned 64-bit) modulo their number first, and from it into the others: a float16 output there rounds what a
    float32 one gets."""
    half = [0.0999755859375, 0.199951171875, 0.300048828125]
    for key, rounded in ((70, False), (71, True), (-3, True)):
        kv.init(key, mx.nd.array([0.1, 0.2, 0.3]))
        outs = [mx.nd.zeros((3,)), mx.nd.zeros((3,), dtype="float16", ctx=mx.cpu(1))]
        kv.pull(key, out=outs)
        check((outs[0].asnumpy().tolist() == half) == rounded and outs[1].asnumpy().tolist() == half, (key, outs))


def main():
    kind = sys.argv[1]
    kv = mx.kv.create(kind)
    check(kv.num_workers == 1, "run with 1 worker")
    unique_init_keys(kv)
    if "device" in kind:        # first: the store must not have summed a list before
        device_relay(kv)
        device_merge_buffers(kv)
    mixed_dtype_lists(kv)
    refusals(kv)
    refused_key_in_a_list(kv)
    row_sparse_sums(kv)
    key_corners(kv, int(os.environ["DMLC_NUM_SERVER"]))
    first_pushes(kv)
    partial_row_sparse_init(kv, int(os.environ["DMLC_NUM_SERVER"]))
    pushpull_output_dtypes(kv, kind)
    if "device" not in kind:
        sticky_copy_dtypes(kv)
        sticky_copy_storage(kv)
    trainer_learning_rate(kv)         # last: the servers run an optimizer from here on
    print(f"ok type={kind}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
