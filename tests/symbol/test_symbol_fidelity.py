"""MXNet 1.9.1 behaviours of symbols and executors, with values measured from MXNet."""
import json
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of
from distnet.symbol.attr_order import iteration_order, string_hash


# (insertion order, the order MXNet lists them) measured with MXNet 1.9.1
ORDERS = [
    (["x1", "x2", "x3"], ["x2", "x3", "x1"]),
    (["x3", "x2", "x1"], ["x2", "x1", "x3"]),
    (["x1", "x2", "x3", "x4", "x5"], ["x5", "x4", "x2", "x3", "x1"]),
    (["zz", "aa", "mm", "bb", "cc", "dd"], ["cc", "bb", "mm", "dd", "aa", "zz"]),
    (["kernel", "pad", "num_filter"], ["num_filter", "pad", "kernel"]),
    (["__k__", "__lr_mult__", "act_type"], ["act_type", "__lr_mult__", "__k__"]),
    ([f"k{i}" for i in range(14)], ["k13", "k12", "k11", "k0", "k1", "k3", "k4", "k5", "k9", "k7", "k2", "k6",
                                    "k8", "k10"]),       # 14 keys: the map grew past 11 buckets
]


@pytest.mark.parametrize("keys, listed", ORDERS)
def test_attributes_listed_in_mxnets_hash_map_order(keys, listed):
    assert iteration_order(keys) == listed


def test_string_hash_is_libstdcxx_murmur():
    assert string_hash("x1") == 16024457808843710972
    assert string_hash("") != string_hash("a")


def test_variable_attributes_as_mxnet_lists_them():
    a = mx.sym.var("a", shape=(2, 3), lr_mult=0.5, wd_mult=2, dtype="float16")
    assert list(a.list_attr().items()) == [("__dtype__", "2"), ("__wd_mult__", "2"), ("wd_mult", "2"),
                                           ("__lr_mult__", "0.5"), ("lr_mult", "0.5"), ("__shape__", "(2, 3)")]
    assert a.attr("lr_mult") == "0.5"
    with mx.AttrScope(ctx_group="dev1"):
        fc = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=3, name="fc")
    assert fc.list_attr() == {"num_hidden": "3", "__ctx_group__": "dev1", "ctx_group": "dev1"}
    assert json.loads(fc.tojson())["nodes"][-1]["attrs"] == {"__ctx_group__": "dev1", "num_hidden": "3"}


def test_batchnorm_statistics_get_their_initializers():
    bn = mx.sym.BatchNorm(mx.sym.var("x"), name="bn")
    assert bn.attr_dict() == {"bn_moving_mean": {"__init__": '["zero", {}]'},
                              "bn_moving_var": {"__init__": '["one", {}]'}}


def test_op_parameters_checked_when_created():
    x = mx.sym.var("x")
    with pytest.raises(MXNetError, match="foo"):
        mx.sym.FullyConnected(x, num_hidden=3, foo=1)
    with pytest.raises(MXNetError, match="num_hidden"):
        mx.sym.FullyConnected(x)
    with pytest.raises(MXNetError, match="mood"):
        mx.sym.Activation(x, act_type="relu", attr={"mood": "x"})


def test_scalar_op_names_follow_mxnet():
    x = mx.sym.var("x")
    with mx.name.NameManager():          # fresh counters whatever ran before
        names = [s.name for s in (x + 1, x == 1, 2 ** x, mx.sym.power(2, x), x > 1)]
    assert names == \
        ["_plusscalar0", "_equal_scalar0", "_rpower_scalar0", "_rpowerscalar0", "_greater_scalar0"]
    assert mx.sym.power(2, x).eval(x=nd.array([3.0]))[0].asnumpy().tolist() == [8.0]
    with pytest.raises(TypeError):
        x + "a"


def test_infer_shape_unknown_gives_none_and_errors_print_arguments(capsys):
    a, b = mx.sym.var("a"), mx.sym.var("b")
    with pytest.warns(UserWarning, match="b"):
        assert mx.sym.Group([a + 1, b * 2]).infer_shape(a=(2,)) == (None, None, None)
    with pytest.raises(MXNetError, match="Incompatible"):
        (a + b).infer_shape(a=(2, 3), b=(3, 3))
    assert capsys.readouterr().out == "infer_shape error. Arguments:\n  a: (2, 3)\n  b: (3, 3)\n"
    fc = mx.sym.FullyConnected(a, num_hidden=3)
    assert fc.infer_shape_partial(a=(0, 4))[1] == [(0, 3)]


def test_infer_type_spreads_across_ops():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    assert mx.sym.concat(a, b * 2).infer_type(a="float16")[0] == [np.float16, np.float16]
    bn = mx.sym.BatchNorm(a)
    assert bn.infer_type(a="float16") == ([np.float16, np.float32, np.float32], [np.float16],
                                          [np.float32, np.float32])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert (a + 1).infer_type() == (None, None, None)


def test_executor_needs_head_gradients_for_non_loss_outputs():
    x = mx.sym.var("x")
    ex = mx.sym.sum(x * x).simple_bind(mx.cpu(), x=(2,))
    ex.arg_dict["x"][:] = nd.array([1.0, 2.0])
    ex.forward(is_train=True)
    with pytest.raises(MXNetError, match="head_gradient is required"):
        ex.backward()
    ex.backward(nd.ones(1))
    assert ex.grad_dict["x"].asnumpy().tolist() == [2.0, 4.0]
    loss = mx.sym.MakeLoss(mx.sym.sum(x * x)).simple_bind(mx.cpu(), x=(2,))
    loss.arg_dict["x"][:] = nd.array([3.0, -1.0])
    loss.forward(is_train=True)
    loss.backward()
    assert loss.grad_dict["x"].asnumpy().tolist() == [6.0, -2.0]


def test_executor_checks_like_mxnet():
    x, w = mx.sym.var("x"), mx.sym.var("w")
    y = x * w
    with pytest.raises(ValueError, match="missing"):
        y.bind(mx.cpu(), {"x": nd.ones(2)})
    with pytest.raises(RuntimeError, match="simple_bind error"):
        y.simple_bind(mx.cpu(), x=(2,), w=(3,))
    ex = y.bind(mx.cpu(), {"x": nd.ones(2), "w": nd.ones(2)})
    assert ex.grad_arrays is None and isinstance(ex.arg_dict, dict)
    with pytest.raises(TypeError, match="zz"):
        ex.forward(zz=nd.ones(2))
    with pytest.raises(ValueError, match="Shape not match"):
        ex.forward(x=nd.ones(3))


def test_symbol_gradient_is_not_implemented_in_mxnets_words():
    with pytest.raises(mx.base.MXNetError) as info:
        mx.sym.relu(mx.sym.var("x")).gradient(["x"])
    assert message_of(info.value).splitlines()[0] == "not implemented"
