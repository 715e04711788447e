"""Parameter, Constant and ParameterDict: storage per context, gradients, deferred init, errors."""
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of
from distnet.test_utils import assert_almost_equal


def test_repr_matches_mxnet():
    assert repr(gluon.Parameter("w", shape=(2, 3))) == "Parameter w (shape=(2, 3), dtype=<class 'numpy.float32'>)"
    assert repr(gluon.Parameter("w", shape=3, dtype="float64")) == "Parameter w (shape=(3,), dtype=float64)"
    assert repr(gluon.Constant("c", [[1, 2]])) == "Constant c (shape=(1, 2), dtype=<class 'numpy.float32'>)"


def test_initialize_on_several_contexts_gives_independent_copies():
    p = gluon.Parameter("weight", shape=(2, 2))
    p.initialize(mx.init.Constant(2.0), ctx=[mx.cpu(0), mx.cpu(1)])
    assert p.list_ctx() == [mx.cpu(0), mx.cpu(1)]
    assert p.data(mx.cpu(1)).context == mx.cpu(1)
    p.data(mx.cpu(0))[:] = 5
    assert_almost_equal(p.data(mx.cpu(1)), np.full((2, 2), 2, np.float32))
    with mx.cpu(1):
        assert p.data() is p.list_data()[1]
    with pytest.raises(RuntimeError, match="was not initialized on context cpu"):
        p.data(mx.cpu(2))


def test_set_data_reaches_every_context_and_reduce_averages():
    p = gluon.Parameter("weight", shape=(3,))
    p.initialize(mx.init.Zero(), ctx=[mx.cpu(0), mx.cpu(1)])
    p.set_data(nd.array([1, 2, 3]))
    for d in p.list_data():
        assert_almost_equal(d, np.array([1, 2, 3], np.float32))
    p.list_data()[1][:] = 3
    assert_almost_equal(p._reduce(), np.array([2, 2.5, 3], np.float32))


def test_uninitialized_access_explains_what_to_do():
    p = gluon.Parameter("weight", shape=(2,))
    with pytest.raises(RuntimeError, match="has not been initialized"):
        p.data()
    with pytest.raises(ValueError, match="invalid shape"):
        gluon.Parameter("weight", shape=(0, 2)).initialize()


def test_deferred_initialisation_waits_for_the_shape():
    p = gluon.Parameter("weight", shape=(0, 3), allow_deferred_init=True)
    p.initialize(mx.init.One())
    with pytest.raises(gluon.DeferredInitializationError):
        p.data()
    p.shape = (4, 3)
    p._finish_deferred_init()
    assert_almost_equal(p.data(), np.ones((4, 3), np.float32))
    with pytest.raises(ValueError, match="incompatible"):
        p.shape = (5, 3)


def test_initialize_twice_warns_unless_forced():
    p = gluon.Parameter("weight", shape=(2,), init=mx.init.Zero())
    p.initialize()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        p.initialize()
    assert "already initialized" in str(w[0].message)
    p.initialize(mx.init.One(), force_reinit=True)
    assert_almost_equal(p.data(), np.ones(2, np.float32))


def test_grad_req_write_add_null():
    p = gluon.Parameter("weight", shape=(2,))
    p.initialize(mx.init.One())
    x = nd.array([1, 2])
    for _ in range(2):
        with autograd.record():
            y = p.data() * x
        y.backward()
    assert_almost_equal(p.grad(), np.array([1, 2], np.float32))
    p.grad_req = "add"          # a new, zeroed gradient buffer (as MXNet)
    for _ in range(2):
        with autograd.record():
            y = p.data() * x
        y.backward()
    assert_almost_equal(p.grad(), np.array([2, 4], np.float32))
    p.zero_grad()
    assert_almost_equal(p.grad(), np.zeros(2, np.float32))
    p.grad_req = "null"
    with pytest.raises(RuntimeError, match="grad_req='null'"):
        p.grad()
    with pytest.raises(ValueError, match="grad_req must be one of"):
        p.grad_req = "sometimes"


def test_non_differentiable_parameter_has_no_gradient():
    p = gluon.Parameter("running_mean", shape=(2,), differentiable=False, grad_req="write")
    assert p.grad_req == "null"


def test_constant_ignores_grad_req_and_keeps_value():
    c = gluon.Constant("const", [[1, 2], [3, 4]])
    c.initialize()
    assert_almost_equal(c.data(), np.array([[1, 2], [3, 4]], np.float32))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        c.grad_req = "write"
    assert c.grad_req == "null" and "does not support" in str(w[0].message)


def test_reset_ctx_moves_the_value():
    p = gluon.Parameter("weight", shape=(2,))
    p.initialize(mx.init.Constant(7.0))
    p.reset_ctx([mx.cpu(1), mx.cpu(2)])
    assert p.list_ctx() == [mx.cpu(1), mx.cpu(2)]
    assert_almost_equal(p.data(mx.cpu(2)), np.full(2, 7, np.float32))


def test_var_is_a_symbol_variable_with_attributes():
    p = gluon.Parameter("fc_weight", shape=(2, 3), lr_mult=2.0)
    v = p.var()
    assert v.name == "fc_weight" and p.var() is v
    assert v.list_attr()["__lr_mult__"] == "2.0"


def test_parameter_dict_get_creates_once_and_checks_attributes():
    pd = gluon.ParameterDict("net_")
    w = pd.get("weight", shape=(2, 0))
    assert w.name == "net_weight" and pd.get("weight") is w
    assert pd.get("weight", shape=(2, 5)) is w and w.shape == (2, 5)
    with pytest.raises(MXNetError, match="does not match"):
        pd.get("weight", lr_mult=3.0)
    assert list(pd.keys()) == ["net_weight"]
    assert repr(pd) == "net_ (\n  Parameter net_weight (shape=(2, 5), dtype=<class 'numpy.float32'>)\n)"


def test_parameter_dict_shared_lookup_and_update_conflicts():
    a = gluon.ParameterDict("a_")
    w = a.get("weight", shape=(1,))
    b = gluon.ParameterDict("a_", shared=a)
    assert b.get("weight") is w
    other = gluon.ParameterDict("a_")
    other.get("weight", shape=(1,))
    with pytest.raises(MXNetError, match="different Parameters with the same name"):
        a.update(other)


def test_parameter_dict_setattr_and_get_constant():
    pd = gluon.ParameterDict("p_")
    pd.get("w1", shape=(1,))
    pd.get("w2", shape=(1,))
    pd.setattr("lr_mult", 0.5)
    assert [p.lr_mult for p in pd.values()] == [0.5, 0.5]
    c = pd.get_constant("c", [1.0, 2.0])
    assert pd.get_constant("c") is c
    with pytest.raises(KeyError, match="No constant named"):
        pd.get_constant("missing")


def test_row_sparse_parameter_is_read_through_row_sparse_data_only():
    p = gluon.Parameter("s", shape=(4, 2), stype="row_sparse", grad_stype="row_sparse")
    p.initialize(init="ones")
    with pytest.raises(RuntimeError, match="row_sparse_data"):
        p.data()
    with pytest.raises(RuntimeError, match="no Trainer"):
        p.row_sparse_data(mx.nd.array([0, 2]))


def test_sparse_grad_embedding_shows_a_row_sparse_gradient_of_the_rows_used():
    from distnet.gluon import nn
    emb = nn.Embedding(6, 3, sparse_grad=True)
    emb.initialize(mx.init.One())
    with autograd.record():
        out = emb(mx.nd.array([1, 3, 1]))
    out.backward()
    grad = emb.weight.grad()
    assert grad.stype == "row_sparse"
    assert grad.indices.asnumpy().tolist() == [1, 3]
    assert grad.data.asnumpy().tolist() == [[2.0] * 3, [1.0] * 3]
    emb.collect_params().zero_grad()
    assert emb.weight.grad().indices.asnumpy().tolist() == []


def test_loading_an_array_of_more_axes_compares_the_leading_axes_only(tmp_path):
    # as MXNet: a fresh (2, 3) weight takes the (2, 3, 3, 3) array as it is; an initialised one refuses it in set_data
    from distnet.gluon import nn
    conv = nn.Conv2D(2, 3, in_channels=3, use_bias=False)
    conv.initialize()
    conv.save_parameters(str(tmp_path / "conv.params"))
    dense = nn.Dense(2, in_units=3, use_bias=False)
    dense.load_parameters(str(tmp_path / "conv.params"))
    assert dense.weight.shape == (2, 3) and dense.weight.data().shape == (2, 3, 3, 3)
    dense = nn.Dense(2, in_units=3, use_bias=False)
    dense.initialize()
    with pytest.raises(AssertionError, match=r"^Expected shape \(2, 3, 3, 3\) is incompatible with given shape \(2, 3\)\.$"):
        dense.load_parameters(str(tmp_path / "conv.params"))
    with pytest.raises(AssertionError, match=r"shape incompatible expected \(2, 3\) vs saved \(3, 3\)"):
        dense.weight._load_init(nd.ones((3, 3)), None)


def test_get_constant_compares_a_new_value_by_its_shape_attribute():
    d = gluon.ParameterDict("a_")
    c = d.get_constant("c", [1, 2])
    assert d.get_constant("c", np.array([1, 2], dtype="float32")) is c
    with pytest.raises(AttributeError, match="'list' object has no attribute 'shape'"):
        d.get_constant("c", [1, 2])       # MXNet reads value.shape of anything but an NDArray


def test_shape_setter_keeps_the_given_shape_and_treats_0_and_minus_1_as_unknown():
    p = gluon.Parameter("w", shape=(2, 3))
    p.shape = [2, 3]
    assert p.shape == [2, 3]            # kept as given (a list here), as MXNet does
    q = gluon.Parameter("w", shape=(-1, 3))
    q.shape = (4, 3)                    # -1 is unknown even outside NumPy shape semantics
    assert q.shape == (4, 3)
    with pytest.raises(AssertionError, match=r"Expected shape \(4, 4\) is incompatible with given shape \(4, 3\)"):
        q.shape = (4, 4)


def test_a_non_numeric_shape_fails_in_the_greater_than_check():
    p = gluon.Parameter("w", shape="a")
    with pytest.raises(TypeError, match="'>' not supported between instances of 'str' and 'int'"):
        p.initialize()


def test_reducing_a_row_sparse_parameter_without_trainer_fails_on_the_missing_trainer():
    p = gluon.Parameter("w", shape=(2, 3), stype="row_sparse")
    p.initialize()
    with pytest.raises(AttributeError, match="^'NoneType' object has no attribute '_row_sparse_pull'$"):
        p.reset_ctx(mx.cpu(1))


def test_set_data_refuses_numpy_arrays_for_legacy_parameters():
    p = gluon.Parameter("w", shape=(2, 3))
    p.initialize(mx.init.One())
    with pytest.raises(TypeError, match="does not support assignment with non-array-like object"):
        p.set_data(mx.np.ones((2, 3)))
    p.set_data(nd.ones((2, 3)) * 2)
    assert p.data().asnumpy().tolist() == [[2, 2, 2]] * 2


def test_var_made_under_numpy_semantics_is_a_numpy_symbol():
    from distnet.symbol.numpy import _Symbol
    mx.npx.set_np()
    try:
        p = gluon.Parameter("w", shape=(2, 3))
        assert type(p.var()) is _Symbol and repr(p.var()) == "<_Symbol w>"
    finally:
        mx.npx.reset_np()
    assert type(gluon.Parameter("v", shape=(2,)).var()) is mx.sym.Symbol


def test_constant_registers_its_initializer_class_as_init():
    c = gluon.Constant("c", [1, 2])
    assert type(mx.init.create(c.init)).__name__ == "Init"


def test_row_sparse_data_reads_the_row_ids_ctx():
    p = gluon.Parameter("w", shape=(2, 2), stype="row_sparse")
    p.initialize(mx.init.One())
    gluon.Trainer([p], "sgd")
    with pytest.raises(AttributeError, match="^'list' object has no attribute 'ctx'$"):
        p.row_sparse_data([0])


def test_parameter_zero_grad_runs_the_legacy_operator_but_the_dict_zeroes_numpy_gradients():
    mx.npx.set_np()
    try:
        d = gluon.ParameterDict("n_")
        p = d.get("w", shape=(2, 3))
        d.initialize(mx.init.One())
        with autograd.record():
            y = (p.data() * 2).sum()
        y.backward()
        with pytest.raises(TypeError, match="Operator `zeros_like` .* can only accept legacy ndarrays"):
            p.zero_grad()
        d.zero_grad()
        assert p.grad().asnumpy().tolist() == [[0, 0, 0]] * 2
    finally:
        mx.npx.reset_np()


def test_constant_of_a_legacy_value_cannot_fill_a_numpy_parameter():
    mx.npx.set_np()
    try:
        c = gluon.Constant("c", nd.array([1, 2]))
        with pytest.raises(TypeError, match="Operator `_copyto` .* can only write to legacy ndarrays"):
            c.initialize()
        c = gluon.Constant("c", [1, 2])
        c.initialize()
        assert c.data().asnumpy().tolist() == [1, 2]
    finally:
        mx.npx.reset_np()


@pytest.mark.parametrize("stored, desired, merged", [
    ((0, 3), (4, 0), (4, 3)),
    ((0, 3), (4, -1), (4, 3)),      # -1 is unknown too, whatever the shape semantics
    ((2, 3), (-1, -1), (2, 3)),
    ((-1, 3), (4, 0), (4, 3)),
])
def test_parameter_dict_get_merges_unknown_sizes_as_mxnet(stored, desired, merged):
    pd = gluon.ParameterDict("n_")
    pd.get("w", shape=stored)
    assert pd.get("w", shape=desired).shape == merged


def test_parameter_dict_get_refuses_two_different_known_sizes():
    pd = gluon.ParameterDict("n_")
    pd.get("w", shape=(2, 3))
    with pytest.raises(AssertionError, match="desired '\\(2, 4\\)' vs stored '\\(2, 3\\)'"):
        pd.get("w", shape=(2, 4))


def test_numpy_semantics_refuse_a_sparse_parameter_in_mxnets_words():
    mx.npx.set_np()
    try:
        p = gluon.Parameter("w", shape=(2, 3), stype="row_sparse")
        with pytest.raises(ValueError) as e:
            p.initialize()
        assert message_of(e.value).split("\n")[0] == "mxnet.numpy.zeros does not support stype = row_sparse"
    finally:
        mx.npx.reset_np()


def test_a_parameter_with_two_bad_storage_types_names_the_gradient_one_first():
    with pytest.raises(AssertionError, match="grad_stype for Parameter 'w' .* but got 'z'"):
        gluon.Parameter("w", stype="y", grad_stype="z")
    with pytest.raises(AssertionError, match="^stype for Parameter 'w' .* but got 'y'"):
        gluon.Parameter("w", stype="y")


def test_numpy_semantics_make_parameter_arrays_with_mx_np_zeros_and_its_checks():
    mx.npx.set_np()
    try:
        p = gluon.Parameter("w", shape=(2,), dtype="float64")
        p.initialize(init="ones")
        assert isinstance(p.data(), mx.np.ndarray) and p.data().dtype == np.float64
        assert p.data().asnumpy().tolist() == [1.0, 1.0]
        with pytest.raises(ValueError, match=r"don't know how to convert type <class 'float'> to node$"):
            q = gluon.Parameter("q", shape=(2.5,))
            q.initialize()
    finally:
        mx.npx.reset_np()


def test_parameter_dict_save_strips_a_prefix_and_refuses_an_uninitialized_parameter_before_a_foreign_name(tmp_path):
    net = gluon.nn.Dense(2, in_units=3, prefix="model_")
    with pytest.raises(RuntimeError, match="has not been initialized"):
        net.collect_params().save(str(tmp_path / "a.params"), strip_prefix="other_")
    net.initialize(mx.init.One())
    with pytest.raises(ValueError, match="Prefix 'other_' is to be striped before saving"):
        net.collect_params().save(str(tmp_path / "a.params"), strip_prefix="other_")
    net.collect_params().save(str(tmp_path / "a.params"), strip_prefix="model_")
    assert sorted(nd.load(str(tmp_path / "a.params"))) == ["bias", "weight"]
