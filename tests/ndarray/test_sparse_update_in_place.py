"""Update operators whose row_sparse kernel MXNet picks write the weight in place: out= must be the weight."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

W0 = np.arange(12, dtype="float32").reshape(4, 3) / 10
G0 = np.array([[0, 0, 0], [1, -2, 3], [0, 0, 0], [0.5, 0, -1]], dtype="float32")


def rsp(a):
    return mx.nd.array(a).tostype("row_sparse")


def zeros(stype):
    z = mx.nd.zeros((4, 3))
    return z if stype == "default" else z.tostype(stype)


# (call, weight storage, state storages, kernel named by the check); None: MXNet's storage fallback, no check
CASES = [
    (lambda w, s, **k: mx.nd.sgd_update(w, rsp(G0), lr=0.1, **k), "default", (), "sgd_mom_update"),
    (lambda w, s, **k: mx.nd.sgd_update(w, rsp(G0), lr=0.1, lazy_update=False, **k), "row_sparse", (),
     "sgd_mom_update"),
    (lambda w, s, **k: mx.nd.sgd_mom_update(w, rsp(G0), *s, lr=0.1, momentum=0.9, **k), "default", ("default",),
     "sgd_mom_update"),
    (lambda w, s, **k: mx.nd.sgd_mom_update(w, rsp(G0), *s, lr=0.1, momentum=0.9, **k), "row_sparse", ("default",),
     "sgd_mom_update"),
    (lambda w, s, **k: mx.nd.sgd_mom_update(w, rsp(G0), *s, lr=0.1, momentum=0.9, **k), "default", ("row_sparse",),
     None),
    (lambda w, s, **k: mx.nd.adam_update(w, rsp(G0), *s, lr=0.1, **k), "row_sparse", ("row_sparse",) * 2,
     "adam_update"),
    (lambda w, s, **k: mx.nd.adam_update(w, rsp(G0), *s, lr=0.1, **k), "default", ("row_sparse",) * 2, None),
    (lambda w, s, **k: mx.nd.sparse.adagrad_update(w, rsp(G0), *s, lr=0.1, **k), "default", ("default",),
     "adagrad_update"),
    (lambda w, s, **k: mx.nd.ftrl_update(w, rsp(G0), *s, lr=0.1, **k), "row_sparse", ("row_sparse",) * 2,
     "ftrl_update"),
    (lambda w, s, **k: mx.nd.ftrl_update(w, rsp(G0), *s, lr=0.1, **k), "row_sparse", ("default",) * 2, None),
    (lambda w, s, **k: mx.nd.rmsprop_update(w, rsp(G0), *s, lr=0.1, **k), "default", ("default",), None),
]


def weight_of(stype):
    return mx.nd.array(W0) if stype == "default" else rsp(W0)


@pytest.mark.parametrize("call, wst, sts, kernel", CASES)
def test_a_row_sparse_kernel_needs_out_to_be_the_weight(call, wst, sts, kernel):
    weight = weight_of(wst)
    if kernel is None:      # the storage fallback writes a new array
        fresh = call(weight, [zeros(s) for s in sts])
        assert fresh is not weight and weight.asnumpy().tolist() == W0.tolist()
    else:
        for out in (None, zeros(wst)):
            with pytest.raises(MXNetError, match=rf"Check failed: req == kWriteInplace \(1 vs. 2\) : kWriteInplace "
                                                 rf"is expected for sparse {kernel}$") as info:
                # found by the kernel: a dense result raises when read, a sparse one at once
                call(weight, [zeros(s) for s in sts], out=out).asnumpy()
            assert type(info.value) is MXNetError
        assert weight.asnumpy().tolist() == W0.tolist()       # refused before anything is written
    res = call(weight, [zeros(s) for s in sts], out=weight)
    assert res is weight and weight.asnumpy()[1].tolist() != W0[1].tolist()
    if kernel is not None:
        assert weight.asnumpy()[0].tolist() == W0[0].tolist()      # the kernels skip row 0 (no gradient)


def test_required_lr_is_checked_before_storage():
    with pytest.raises(MXNetError, match="Required parameter lr of float is not presented"):
        mx.nd.sgd_update(mx.nd.array(W0), rsp(G0))


def test_a_dense_weight_updated_out_of_place_fails_when_read():
    fresh = mx.nd.sgd_update(mx.nd.array(W0), rsp(G0), lr=0.1)
    assert fresh.shape == (4, 3)
    with pytest.raises(MXNetError, match="kWriteInplace is expected for sparse sgd_mom_update"):
        fresh.asnumpy()


@pytest.mark.parametrize("call, update", [
    (lambda w: mx.nd.sgd_update(w, rsp(G0), lr=0.1, out=w), "SGDUpdate"),
    (lambda w: mx.nd.sgd_mom_update(w, rsp(G0), mx.nd.zeros((4, 3)), lr=0.1, out=w), "SGDMomUpdate"),
    (lambda w: mx.nd.adam_update(w, rsp(G0), mx.nd.zeros((4, 3)), mx.nd.zeros((4, 3)), lr=0.1, out=w),
     "AdamStdUpdate"),
    (lambda w: mx.nd.adam_update(w, rsp(G0), zeros("row_sparse"), zeros("row_sparse"), lr=0.1, out=w), "AdamUpdate"),
    (lambda w: mx.nd.sparse.adagrad_update(w, rsp(G0), zeros("row_sparse"), lr=0.1, out=w), "AdagradUpdate"),
])
def test_row_sparse_weights_must_store_every_row(call, update):
    for weight, stored in ((rsp(G0), 2), (zeros("row_sparse"), 0)):
        assert call(weight) is weight       # the kernel's check: the weight carries it to its first read
        with pytest.raises(MXNetError, match=rf"Check failed: arr.storage_shape\(\)\[0\] == arr.shape\(\)\[0\]: "
                                             rf"{update} for RowSparse weights is only implemented for RowSparse "
                                             rf"weights with all rows containing non-zeros. Expects weights.data."
                                             rf"shape\[0\] \({stored}\) == weights.shape\[0\] \(4\).$"):
            weight.asnumpy()
        assert weight.indices.shape == (stored,)        # its data is kept


def test_sparse_adagrad_with_weight_decay_has_no_kernel():
    with pytest.raises(MXNetError, match="Check failed: infer_stype_success: Operator not implemented: operator = "
                                         "_sparse_adagrad_update\ninput storage types = \\[default, row_sparse, "
                                         "default, \\]"):
        w = mx.nd.array(W0)
        mx.nd.sparse.adagrad_update(w, rsp(G0), mx.nd.zeros((4, 3)), lr=0.1, wd=0.1, out=w)
    opt = mx.optimizer.AdaGrad(wd=0.1)
    w = mx.nd.array(W0)
    with pytest.raises(MXNetError, match="Check failed: infer_stype_success: Operator not implemented: operator = "
                                         "_sparse_adagrad_update\n"):
        opt.update(0, w, rsp(G0), opt.create_state(0, w))


def test_a_row_sparse_weight_updated_out_of_place_gives_a_result_failing_when_read():
    weight = rsp(np.ones((4, 3), dtype=np.float32))
    fresh = mx.nd.sgd_update(weight, rsp(G0), lr=0.1)
    assert fresh.stype == "row_sparse" and fresh.shape == (4, 3)
    with pytest.raises(MXNetError, match="kWriteInplace is expected for sparse sgd_mom_update"):
        fresh.asnumpy()
    assert weight.asnumpy().tolist() == np.ones((4, 3)).tolist()


def test_lazy_updates_write_the_stored_rows_of_row_sparse_states_in_place():
    every = np.arange(4)
    weight = mx.nd.sparse.row_sparse_array((W0, every), shape=(4, 3))
    mom = mx.nd.sparse.row_sparse_array((np.zeros((4, 3), np.float32), every), shape=(4, 3))
    mx.nd.sgd_mom_update(weight, rsp(G0), mom, lr=0.1, momentum=0.9, out=weight)
    assert mom.indices.asnumpy().tolist() == [0, 1, 2, 3]     # the rows the gradient skips stay stored (as zeros)
    np.testing.assert_allclose(mom.asnumpy(), -0.1 * G0, rtol=1e-6)
    history = mx.nd.sparse.row_sparse_array((np.zeros((4, 3), np.float32), every), shape=(4, 3))
    mx.nd.sparse.adagrad_update(weight, rsp(G0), history, lr=0.1, out=weight)
    assert history.indices.asnumpy().tolist() == [0, 1, 2, 3]
    np.testing.assert_allclose(history.asnumpy(), G0 ** 2, rtol=1e-6)


def test_sparse_adagrad_has_no_lazy_update_parameter():
    with pytest.raises(MXNetError) as info:
        mx.nd.sparse.adagrad_update(mx.nd.array(W0), rsp(G0), mx.nd.zeros((4, 3)), lr=0.1, lazy_update=False)
    lines = message_of(info.value).splitlines()
    assert lines[:3] == ["Cannot find argument 'lazy_update', Possible Arguments:", "----------------",
                         "lr : float, required"]
    assert lines[-1] == ', in operator _sparse_adagrad_update(name="", lr="0.1", lazy_update="False")'
