"""Composition replacing auxiliary states, variadic ops filled up to num_args, Group of an iterator
(behaviour recorded from MXNet 1.9.1)."""
import pytest

import distnet as mx
from distnet.base import MXNetError


def test_compose_replaces_an_auxiliary_state_by_a_variable():
    bn = mx.sym.BatchNorm(mx.sym.var("x"), name="bn")
    out = bn(bn_moving_mean=mx.sym.var("mm"), x=mx.sym.var("q"))
    assert out.list_arguments() == ["q", "bn_gamma", "bn_beta"]
    assert out.list_auxiliary_states() == ["mm", "bn_moving_var"]
    assert out.attr_dict() == {"bn_moving_var": {"__init__": '["one", {}]'}}


def test_compose_refuses_an_auxiliary_state_computed_by_an_op():
    bn = mx.sym.BatchNorm(mx.sym.var("x"), name="bn")
    with pytest.raises(MXNetError, match="Mutation target can only be Variable"):
        bn(bn_moving_mean=mx.sym.var("mm") + 1)


def test_a_variadic_op_gets_variables_up_to_its_num_args():
    concat = mx.sym.Concat(mx.sym.var("p"), num_args=3, name="c", dim=0)
    assert concat.list_arguments() == ["p", "c_arg1", "c_arg2"]
    assert concat.attr_dict() == {"c_arg1": {"num_args": "3", "dim": "0"}, "c_arg2": {"num_args": "3", "dim": "0"},
                                  "c": {"num_args": "3", "dim": "0"}}
    assert concat.infer_shape(p=(1, 2), c_arg1=(3, 2), c_arg2=(1, 2))[1] == [(5, 2)]
    assert mx.sym.add_n(num_args=2, name="s").list_arguments() == ["s_arg0", "s_arg1"]


def test_a_variadic_op_refuses_more_inputs_than_num_args():
    with pytest.raises(MXNetError, match="Incorrect number of arguments, requires 2, provided 3"):
        mx.sym.Concat(mx.sym.var("p"), mx.sym.var("q"), mx.sym.var("r"), num_args=2)


def test_group_of_an_iterator_is_refused():
    with pytest.raises(TypeError, match="object of type 'generator' has no len()"):
        mx.sym.Group(mx.sym.var("x") for _ in range(2))


@pytest.mark.parametrize("make, attrs", [
    (lambda a, b: mx.sym.multi_all_finite(a, b, num_arrays=2), {"num_arrays": "2"}),
    (lambda a, b: mx.sym.multi_sum_sq(a, b, num_arrays=2), {"num_arrays": "2"}),
    (lambda a, b: mx.sym.preloaded_multi_sgd_update(a, b, mx.sym.var("c"), mx.sym.var("d"), num_weights=1),
     {"num_weights": "1"}),
])
def test_multi_array_ops_counted_by_their_own_parameter_list_no_num_args(make, attrs):
    assert make(mx.sym.var("a"), mx.sym.var("b")).list_attr() == attrs


def test_multi_all_finite_still_evaluates():
    sym = mx.sym.multi_all_finite(mx.sym.var("a"), mx.sym.var("b"), num_arrays=2)
    out = sym.eval(a=mx.nd.array([1.0, 2.0]), b=mx.nd.array([3.0, float("inf")]))[0]
    assert out.asnumpy().tolist() == [0.0]


def test_bilinear_upsampling_takes_data_and_weight_whatever_num_args():
    d = mx.sym.var("d")
    up = dict(scale=2, sample_type="bilinear", num_filter=3, name="n")
    assert mx.sym.UpSampling(d, num_args=2, **up).list_arguments() == ["d", "n_weight"]
    assert mx.sym.UpSampling(num_args=2, **up).list_arguments() == ["n_data", "n_weight"]
    assert mx.sym.UpSampling(d, d, num_args=1, **up).list_arguments() == ["d"]
    with pytest.raises(MXNetError, match=r"requires 2, provided 3"):
        mx.sym.UpSampling(d, d, d, num_args=2, **up)
    nearest = mx.sym.UpSampling(d, scale=2, sample_type="nearest", num_args=3, name="n")
    assert nearest.list_arguments() == ["d", "n_arg1", "n_arg2"]
