"""group_adagrad_update and the multi-tensor LAMB ops, bit for bit against MXNet 1.9.1."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from contrib_optim_cases import ADAGRAD_ATTRS, LAMB_ATTRS, adagrad_case, lamb_case

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "contrib_optim_mxnet_1.9.1.npz")


def _equal(got, key):
    want = np.load(FIXTURE)[key]
    assert got.dtype == want.dtype, key
    np.testing.assert_array_equal(got, want, err_msg=key)


@pytest.mark.parametrize("mp", [0, 1])
@pytest.mark.parametrize("index", range(len(LAMB_ATTRS)))
def test_multi_lamb_update_equals_mxnet(index, mp):
    weights, grads, means, variances, steps, lrs, wds = lamb_case(index, mp)
    w, g, m, v = ([nd.array(x, dtype=x.dtype) for x in xs] for xs in (weights, grads, means, variances))
    result = [nd.zeros(x.shape, dtype=x.dtype) for x in weights]
    if mp:
        w32 = [nd.array(x.astype(np.float32)) for x in weights]
        nd.contrib.multi_mp_lamb_update(w, g, m, v, w32, step_count=steps, lrs=lrs, wds=wds, out=result,
                                        **LAMB_ATTRS[index])
        for k, x in enumerate(w32):
            _equal(x.asnumpy(), f"lamb{index}_{mp}_w32_{k}")
    else:
        nd.contrib.multi_lamb_update(w, g, m, v, step_count=steps, lrs=lrs, wds=wds, out=result, **LAMB_ATTRS[index])
    for name, arrays in (("out", result), ("mean", m), ("var", v)):
        for k, x in enumerate(arrays):
            _equal(x.asnumpy(), f"lamb{index}_{mp}_{name}_{k}")
    np.testing.assert_array_equal(w[0].asnumpy(), weights[0])        # the inputs are not written


def test_multi_lamb_update_needs_out_as_in_mxnet():
    weights, grads, means, variances, steps, lrs, wds = lamb_case(0, 0)
    with pytest.raises(MXNetError, match="valid ndim"):
        nd.contrib.multi_lamb_update([nd.array(weights[0])], [nd.array(grads[0])], [nd.array(means[0])],
                                     [nd.array(variances[0])], step_count=steps, lrs=lrs, wds=wds)


def test_lamb_optimizer_multi_precision_takes_the_float16_weight_norm():
    weights, grads = lamb_case(1, 1)[:2]
    opt = mx.optimizer.LAMB(learning_rate=0.1, multi_precision=True, wd=0.01)
    w = [nd.array(x, dtype=x.dtype) for x in weights]
    states = [opt.create_state_multi_precision(k, x) for k, x in enumerate(w)]
    for step in range(2):
        opt.update_multi_precision([0, 1], w, [nd.array(x * (step + 1), dtype=x.dtype) for x in grads], states)
    for k in range(2):
        _equal(w[k].asnumpy(), f"lamb_opt_weight_{k}")
        _equal(states[k][0].asnumpy(), f"lamb_opt_master_{k}")


@pytest.mark.parametrize("index", range(len(ADAGRAD_ATTRS)))
def test_group_adagrad_update_and_the_optimizer_on_row_sparse_gradients_equal_mxnet(index):
    w, g, rows, h = adagrad_case(index)
    grad = nd.sparse.retain(nd.array(g).tostype("row_sparse"), nd.array(rows, dtype=np.int64))
    weight, history = nd.array(w), nd.array(h)
    nd.contrib.group_adagrad_update(weight, grad, history, out=weight, **ADAGRAD_ATTRS[index])
    _equal(weight.asnumpy(), f"adagrad{index}_weight")
    _equal(history.asnumpy(), f"adagrad{index}_history")
    untouched = np.setdiff1d(np.arange(6), rows)
    np.testing.assert_array_equal(weight.asnumpy()[untouched], w[untouched])
    opt = mx.optimizer.contrib.GroupAdaGrad(learning_rate=0.1, rescale_grad=0.7, clip_gradient=1.5)
    weight, history = nd.array(w), nd.array(h)
    opt.update(0, weight, grad, history)
    _equal(weight.asnumpy(), f"adagrad{index}_opt_weight")
    _equal(history.asnumpy(), f"adagrad{index}_opt_history")


def test_group_adagrad_update_refuses_what_mxnet_refuses():
    weight, history = nd.ones((2, 3)), nd.ones((2, 1))
    with pytest.raises(MXNetError, match="not implemented for CPU"):
        nd.contrib.group_adagrad_update(weight, nd.ones((2, 3)), history, out=weight, lr=0.1)
    with pytest.raises(MXNetError, match="kWriteInplace"):      # the kernel's check: raised when read, nothing updated
        nd.contrib.group_adagrad_update(weight, nd.ones((2, 3)).tostype("row_sparse"), history, lr=0.1).asnumpy()
    assert weight.asnumpy().tolist() == [[1] * 3] * 2 and history.asnumpy().tolist() == [[1]] * 2


def test_group_adagrad_update_infers_shapes_before_refusing_a_dense_gradient():
    weight = nd.ones((2, 2))
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[2,2\], inferred shape=\[3,2\]$"):
        nd.contrib.group_adagrad_update(weight, nd.ones((3, 2)), nd.ones((2, 1)), lr=0.1)
    with pytest.raises(MXNetError, match=r"Operator _contrib_group_adagrad_update inferring shapes failed.\n"
                                         r"input shapes:\n\[2,2\]\n\[2,2\]\n\[3,1\]\noutput shapes:\n\[2,2\]\n"
                                         r"operator attributes:\nlr : 0.1\n\n$"):
        nd.contrib.group_adagrad_update(weight, nd.ones((2, 2)).tostype("row_sparse"), nd.ones((3, 1)), lr=0.1,
                                        out=weight)
    with pytest.raises(MXNetError, match="not implemented for CPU"):     # only the rows of the history are checked
        nd.contrib.group_adagrad_update(weight, nd.ones((2, 2)), nd.ones((2, 5)), lr=0.1)


def test_group_adagrad_update_checks_its_call_as_mxnet_front_end_does():
    update = nd.contrib.group_adagrad_update
    with pytest.raises(AssertionError, match=r"^Argument grad must have NDArray type, but got 1.5$"):
        update(nd.ones((2, 2)), 1.5, nd.ones((2, 1)), lr=0.1)
    with pytest.raises(MXNetError, match=r"Required parameter lr of float is not presented"):
        update(nd.ones((2, 2)))
    with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(2 vs. 3\) : Operator "
                                         r"_contrib_group_adagrad_update expects 3 inputs, but got 2 instead.$"):
        update(nd.ones((2, 2)), nd.ones((2, 2)), lr=0.1)
    weight = nd.ones((2, 2))
    update(weight=weight, grad=nd.ones((2, 2)).tostype("row_sparse"), history=nd.zeros((2, 1)), lr=0.5, out=weight)
    assert np.allclose(weight.asnumpy(), 1 - 0.5 / np.sqrt(1 + 1e-5))
