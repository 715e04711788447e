"""Update operators called as NDArray functions fail with MXNet's check words first (no operator name in front,
hints on the next line), LAMB's phases check their shapes as MXNet's shape functions do."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def _first_line(call):
    with pytest.raises(MXNetError) as info:
        call()
    return message_of(info.value).splitlines()[0]


def ones(shape, dtype="float32"):
    return nd.ones(shape, dtype=dtype)


def test_integer_and_mixed_types_read_as_mxnets_checks():
    ints = ones((2,), "int32")
    assert _first_line(lambda: nd.sgd_update(ints, ints, lr=0.1).asnumpy()) == \
        "This operation only support floating point types, not int32"
    assert _first_line(lambda: nd.mp_sgd_update(ones((2,), "float16"), ones((2,), "float16"), ones((2,), "float16"),
                                                lr=0.1)) == "Type inconsistent, Provided = float16, inferred type = float32"
    # float16 is type flag 2, float32 flag 0
    assert _first_line(lambda: nd.multi_sum_sq(ones((2,)), ones((2,), "float16"), num_arrays=2)) == (
        "Check failed: (*in_type)[i] == dtype (2 vs. 0) : This layer requires uniform type. Expected 'float32' v.s. "
        "given 'float16' at 'array_1'")
    assert _first_line(lambda: nd.sgd_update(ones((2,)), ones((2,)), lr=0.1, out=ones((2,), "float16"))) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected float32, got "
        "float16")


def test_group_adagrad_infers_types_before_it_asks_for_an_in_place_update():
    grad = ones((2, 2), "float16").tostype("row_sparse")
    assert _first_line(lambda: nd.contrib.group_adagrad_update(ones((2, 2)), grad, ones((2, 1)), lr=0.1)) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: expected float32, got "
        "float16")
    grad = ones((2, 2)).tostype("row_sparse")       # the kernel's request check: raised when the result is read
    assert _first_line(lambda: nd.contrib.group_adagrad_update(ones((2, 2)), grad, ones((2, 1)), lr=0.1).asnumpy()) == (
        "Check failed: req == kWriteInplace (1 vs. 2) : kWriteInplace is expected for sparse group_adagrad_update")


def test_lamb_phase1_takes_one_shape_for_weight_gradient_and_moments():
    assert _first_line(lambda: nd.lamb_update_phase1(ones((2, 3)), ones((3,)), ones((2, 3)), ones((2, 3)), t=1,
                                                     wd=0.1)) == (
        "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: expected [2,3], got [3]")


def test_lamb_phase2_checks_the_gradient_dimension_by_dimension_before_the_norms():
    r = nd.array([2.0, 1.0])
    assert _first_line(lambda: nd.lamb_update_phase2(ones((2, 3)), ones((3,)), r, r, lr=0.1)) == (
        "Check failed: weight_shape.ndim() == g_shape.ndim() (2 vs. 1) : total no. of dimensions for weights and g "
        "must match")
    assert _first_line(lambda: nd.lamb_update_phase2(ones((2, 3)), ones((2, 4)), r, r, lr=0.1)) == (
        "Check failed: weight_shape[i] == g_shape[i] (3 vs. 4) : weight and g dimension size mismatch at 1-th index")
    assert _first_line(lambda: nd.lamb_update_phase2(ones((2, 3)), ones((2, 3)), nd.ones(1), r, lr=0.1)) == (
        "Check failed: r2_shape[0] == 1U (2 vs. 1) : r2 shape incorrect")


@pytest.mark.parametrize("name,count", [("sgd_update", 2), ("sgd_mom_update", 3), ("adam_update", 4),
                                        ("rmspropalex_update", 5), ("ftml_update", 5), ("signum_update", 3)])
def test_single_weight_updates_take_one_shape_for_all_their_inputs(name, count):
    # no broadcasting: the first input unlike the weight is named (MXNet's elementwise shape inference)
    attrs = {"lr": 0.1, "t": 1} if name == "ftml_update" else {"lr": 0.1}
    for bad in range(count):
        arrays = [ones((2, 3)) for _ in range(count)]
        arrays[bad] = ones((2, 1))
        expected = ("[2,1]", "[2,3]") if bad == 0 else ("[2,3]", "[2,1]")
        assert _first_line(lambda: getattr(nd, name)(*arrays, **attrs)) == (
            f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {max(bad, 1)}-th input: "
            f"expected {expected[0]}, got {expected[1]}")


def test_an_out_array_of_another_type_is_refused_after_the_attributes_are_read():
    w = ones((2,), "float16")
    with pytest.raises(MXNetError, match="Invalid Parameter format for t expect int"):
        nd.mp_lamb_update_phase1(w, w, ones((2,)), ones((2,)), ones((2,)), t=1.5, wd=0.1, out=w)
    assert _first_line(lambda: nd.mp_lamb_update_phase1(w, w, ones((2,)), ones((2,)), ones((2,)), t=1, wd=0.1,
                                                        out=w)) == \
        "Type inconsistent, Provided = float16, inferred type = float32"


def test_adamw_is_named_as_mxnet_registers_it_with_its_parameters_in_declared_order():
    w = ones((2,))
    message = _first_line(lambda: nd.contrib.adamw_update(w, w, w, w, 1.0, lr="abc", eta=1.0))
    assert message.endswith('in operator _adamw_update(name="", eta="1.0", wd="0", epsilon="1e-08", beta2="0.999", '
                            'beta1="0.9", clip_gradient="-1", lr="abc")')


def test_group_adagrad_with_a_non_row_sparse_gradient_beside_sparse_arrays_fails_storage_inference():
    w, h = ones((5, 3)).tostype("row_sparse"), ones((5, 1)).tostype("row_sparse")
    with pytest.raises(MXNetError) as info:
        nd.contrib.group_adagrad_update(w, ones((5, 3)), h, lr=0.1, out=w)
    lines = message_of(info.value).splitlines()
    assert lines[0] == ("Check failed: infer_stype_success: Operator not implemented: operator = "
                        "_contrib_group_adagrad_update")
    assert lines[1] == "input storage types = [row_sparse, default, row_sparse, ]"


def test_sparse_adagrad_infers_one_type_for_weight_grad_and_history_before_refusing_wd():
    # a row_sparse gradient goes to _sparse_adagrad_update, whose type check (the float32 history against a float64
    # weight, the 2nd input) comes before its storage check (which refuses wd)
    for wd in (0.0, 0.1):
        opt = mx.optimizer.AdaGrad(learning_rate=0.1, wd=wd)
        weight = mx.nd.ones((4, 2), dtype="float64")
        grad = mx.nd.sparse.row_sparse_array((np.ones((1, 2)), [1]), shape=(4, 2), dtype="float64")
        with pytest.raises(MXNetError, match="at 2-th input: expected float64, got float32"):
            opt.update(0, weight, grad, opt.create_state(0, weight))
