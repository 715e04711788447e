"""MXNet's optimizers take any hyper-parameter at creation; a bad one fails when an update reads it, with the error
of whatever reads it first (an update operator's parser, or Python's own arithmetic)."""
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def update(opt):
    weight = nd.array([[0.5, -1.0], [2.0, 0.25]])
    opt.update(0, weight, nd.array([[0.1, -0.2], [0.3, 4.0]]), opt.create_state(0, weight))


@pytest.mark.parametrize("name, kwargs, error, message", [
    ("sgd", {"wd": "a"}, MXNetError, "wd"),
    ("sgd", {"momentum": "m"}, TypeError, "'>' not supported between instances of 'str' and 'int'"),
    ("sgld", {"learning_rate": "x"}, TypeError, "bad operand type for unary -: 'str'"),
    ("adagrad", {"clip_gradient": [1]}, TypeError, "bad operand type for unary -: 'list'"),
    ("adam", {"learning_rate": "x"}, TypeError, "can't multiply sequence by non-int of type 'float'"),
    ("adam", {"beta1": "b"}, TypeError, r"unsupported operand type\(s\) for \*\* or pow\(\): 'str' and 'int'"),
    ("adamax", {"learning_rate": "x"}, TypeError, r"unsupported operand type\(s\) for /=: 'str' and 'float'"),
    ("nadam", {"wd": "a"}, TypeError, "type <class 'str'> not supported"),
    ("adadelta", {"rho": None}, TypeError, "type <class 'NoneType'> not supported"),
    ("rmsprop", {"gamma1": "g"}, MXNetError, "gamma1"),
])
def test_a_bad_hyper_parameter_is_accepted_at_creation_and_fails_at_the_update(name, kwargs, error, message):
    opt = mx.optimizer.create(name, **kwargs)
    assert getattr(opt, "lr" if "learning_rate" in kwargs else next(iter(kwargs))) == next(iter(kwargs.values()))
    with pytest.raises(error, match=message):
        update(opt)


def test_sgld_and_test_take_keywords_only():
    for cls in (mx.optimizer.SGLD, mx.optimizer.Test):
        with pytest.raises(TypeError, match="takes 1 positional argument but 2 were given"):
            cls(0.5)


def test_lbsgd_keeps_only_mxnets_keys_in_its_cumulated_gradients():
    opt = mx.optimizer.create("lbsgd")
    update(opt)
    assert sorted(opt.cumgrads[0]) == ["cum_grad", "num_cums"]


def test_param_idx2name_that_is_not_a_dict_is_asserted_with_mxnets_message():
    with pytest.raises(AssertionError, match=r"^param_idx2name should be a dict of param indexes to names\.$"):
        mx.optimizer.create("sgd", param_idx2name=[1])


def test_sgd_with_aggregation_size_zero_still_takes_a_list_of_indices(monkeypatch):
    monkeypatch.setenv("MXNET_OPTIMIZER_AGGREGATION_SIZE", "0")
    opt = mx.optimizer.create("sgd", learning_rate=0.5)
    weights = [nd.array([1.0]), nd.array([2.0])]
    opt.update([0, 1], weights, [nd.array([1.0]), nd.array([-1.0])], [None, None])
    assert [w.asscalar() for w in weights] == [0.5, 2.5] and opt.aggregate_num == 0


def test_lars_with_aggregation_size_zero_fails_in_its_first_empty_fused_update(monkeypatch):
    monkeypatch.setenv("MXNET_OPTIMIZER_AGGREGATION_SIZE", "0")
    opt = mx.optimizer.create("lars", momentum=0.9)
    with pytest.raises(MXNetError, match="dim_size_is_known"):
        update(opt)
    assert opt.num_update == 1


# MXNet's words: the attribute the update operator cannot read, then the operator with every attribute the
# optimizer passed it (its rates as Python computes them), in its attribute map's order
@pytest.mark.parametrize("name, kwargs, words", [
    ("sgd", {"wd": None}, "Invalid Parameter format for wds expect tuple of <float> but value='[None]', in operator "
     "multi_sgd_update(name=\"\", rescale_grad=\"1.0\", wds=\"[None]\", lrs=\"[0.01]\", num_weights=\"1\")"),
    ("sgd", {"momentum": 0.9, "rescale_grad": None}, "Invalid Parameter format for rescale_grad expect float but "
     "value='None', in operator multi_sgd_mom_update(name=\"\", rescale_grad=\"None\", momentum=\"0.9\", "
     "wds=\"[0.0]\", lrs=\"[0.01]\", num_weights=\"1\")"),
    ("nag", {"momentum": 0.9, "wd": True}, "Invalid Parameter format for wd expect float but value='True', in "
     "operator nag_mom_update(name=\"\", rescale_grad=\"1.0\", wd=\"True\", momentum=\"0.9\", lr=\"0.01\")"),
    # lr = 0.001 * sqrt(1 - 0.999) / (1 - 0.9) at the first update
    ("adam", {"epsilon": None}, "Invalid Parameter format for epsilon expect float but value='None', in operator "
     "adam_update(name=\"\", wd=\"0.0\", epsilon=\"None\", beta2=\"0.999\", beta1=\"0.9\", lazy_update=\"True\", "
     "rescale_grad=\"1.0\", lr=\"0.0003162277660168381\")"),
    ("rmsprop", {"centered": True, "wd": None}, "Invalid Parameter format for wd expect float but value='None', in "
     "operator rmspropalex_update(name=\"\", rescale_grad=\"1.0\", epsilon=\"1e-08\", gamma2=\"0.9\", "
     "gamma1=\"0.9\", wd=\"None\", lr=\"0.001\")"),
    ("ftrl", {"learning_rate": None}, "Invalid Parameter format for lr expect float but value='None', in operator "
     "ftrl_update(name=\"\", rescale_grad=\"1.0\", beta=\"1\", lamda1=\"0.01\", wd=\"0.0\", lr=\"None\")"),
    ("ftml", {"beta1": -0.1}, "value -0.1 for Parameter beta1 exceed bound [0,1]\nbeta1: Generally close to 0.5., "
     "in operator ftml_update(name=\"\", wd=\"0.0\", t=\"1\", epsilon=\"1e-08\", beta2=\"0.999\", beta1=\"-0.1\", "
     "rescale_grad=\"1.0\", lr=\"0.01\")"),
    ("lamb", {"wd": None}, "Invalid Parameter format for wd expect float but value='None', in operator "
     "lamb_update_phase1(name=\"\", rescale_grad=\"1.0\", wd=\"None\", bias_correction=\"True\", t=\"1\", "
     "epsilon=\"1e-06\", beta2=\"0.999\", beta1=\"0.9\")"),
])
def test_an_unreadable_hyper_parameter_is_worded_as_its_update_operator_and_the_update_is_counted(name, kwargs, words):
    opt = mx.optimizer.create(name, **kwargs)
    with pytest.raises(MXNetError) as info:
        update(opt)
    assert message_of(info.value) == words and type(info.value).__name__ == "MXNetError"
    assert opt.num_update == 1 and opt._index_update_count == {0: 1}


def test_signsgd_refuses_wd_lh_as_an_argument_it_does_not_take():
    opt = mx.optimizer.create("signum", momentum=0.0, wd_lh=-1)
    with pytest.raises(MXNetError) as info:
        update(opt)
    assert message_of(info.value).splitlines()[0] == "Cannot find argument 'wd_lh', Possible Arguments:"
    assert message_of(info.value).endswith(', in operator signsgd_update(name="", rescale_grad="1.0", wd="0.0", lr="0.01", '
                                    'wd_lh="-1")')


def _trainer_step(name, **kwargs):
    params = []
    for i in range(2):
        p = mx.gluon.Parameter(f"p{i}_weight", shape=(2,))
        p.initialize(mx.init.One())
        params.append(p)
    trainer = mx.gluon.Trainer(params, name, kwargs)
    with mx.autograd.record():
        loss = sum((p.data() * 2).sum() for p in params)
    loss.backward()
    trainer.step(1)


def test_a_trainer_multiplies_its_rates_in_place_so_none_fails_naming_the_in_place_operator():
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \*=: 'NoneType' and 'float'$"):
        _trainer_step("sgd", wd=None)


def test_lamb_fused_update_counts_every_weight_before_its_operator_refuses_an_attribute():
    with pytest.raises(MXNetError) as info:
        _trainer_step("lamb", epsilon=None)
    assert message_of(info.value) == (
        "Invalid Parameter format for epsilon expect float but value='None', in operator _multi_lamb_update(name=\"\", "
        "rescale_grad=\"1.0\", bias_correction=\"True\", epsilon=\"None\", beta2=\"0.999\", beta1=\"0.9\", "
        "wds=\"[0.0, 0.0]\", learning_rates=\"[0.001, 0.001]\", step_count=\"[1, 1]\", num_tensors=\"2\")")


@pytest.mark.parametrize("name", ["adagrad", "adadelta", "nadam", "adamax", "dcasgd"])
def test_a_bool_clip_bound_fails_in_nd_clip_where_the_update_clips_with_it(name):
    # MXNet calls clip(grad, -True, True): -True is -1, but clip's a_max reads no 'True'
    with pytest.raises(MXNetError) as info:
        update(mx.optimizer.create(name, clip_gradient=True))
    assert message_of(info.value) == ("Invalid Parameter format for a_max expect float but value='True', in operator "
                               "clip(name=\"\", a_max=\"True\", a_min=\"-1\")")


def test_adam_lazy_update_text_is_refused_with_the_operator_call():
    with pytest.raises(MXNetError) as info:
        update(mx.optimizer.create("adam", lazy_update="x"))
    assert message_of(info.value).endswith('lazy_update="x", rescale_grad="1.0", lr="0.0003162277660168381")')


def test_adadelta_adds_its_epsilon_as_ndarray_arithmetic():
    with pytest.raises(TypeError, match=r"type <class 'NoneType'> not supported$"):
        update(mx.optimizer.create("adadelta", epsilon=None))


@pytest.mark.parametrize("name, kwargs, counted", [
    ("adam", {"beta1": None}, True),        # Python's beta1 ** t, after the count
    ("adam", {"learning_rate": "x"}, True),
    ("lamb", {"learning_rate": "fast"}, True),
    ("test", {"rescale_grad": None}, False),       # the Test optimizer counts nothing
])
def test_the_update_is_counted_before_a_hyper_parameter_fails_as_in_mxnet(name, kwargs, counted):
    opt = mx.optimizer.create(name, **kwargs)
    with pytest.raises((TypeError, MXNetError)):
        update(opt)
    assert opt._index_update_count == ({0: 1} if counted else {})


def test_lamb_reads_its_learning_rate_in_its_second_phase():
    with pytest.raises(MXNetError) as info:
        update(mx.optimizer.create("lamb", learning_rate="fast"))
    assert message_of(info.value) == ("Some trailing characters could not be parsed: 'ast', in operator "
                               "lamb_update_phase2(name=\"\", lr=\"fast\")")


def test_a_parameter_multiplier_of_none_is_multiplied_in_not_skipped():
    # MXNet multiplies the rate by the Parameter's lr_mult whatever it holds: None fails there
    param = mx.gluon.Parameter("p_weight", shape=(2,))
    param.initialize(mx.init.One())
    param.lr_mult = None
    trainer = mx.gluon.Trainer([param], "sgd", {"learning_rate": 1.0})
    with mx.autograd.record():
        loss = (param.data() * 2).sum()
    loss.backward()
    with pytest.raises(TypeError, match=r"unsupported operand type\(s\) for \*=: 'float' and 'NoneType'$"):
        trainer.step(1)
    assert param.data().asnumpy().tolist() == [1.0, 1.0]


def test_a_batch_size_array_makes_rescale_grad_an_array_that_update_operators_cannot_read():
    param = mx.gluon.Parameter("p_weight", shape=(2,))
    param.initialize(mx.init.One())
    trainer = mx.gluon.Trainer([param], "sgd", {"learning_rate": 1.0})
    with mx.autograd.record():
        loss = (param.data() * 2).sum()
    loss.backward()
    with pytest.raises(MXNetError) as info:
        trainer.step(nd.array([2.0]))
    text = "\n[0.5]\n<NDArray 1 @cpu(0)>"
    assert message_of(info.value) == (f"Some trailing characters could not be parsed: '{text.lstrip()}', in operator "
                               f"multi_sgd_update(name=\"\", rescale_grad=\"{text}\", wds=\"[0.0]\", lrs=\"[1.0]\", "
                               "num_weights=\"1\")")


@pytest.mark.parametrize("kwargs, error, message", [
    ({"wd": None}, AssertionError, "^Weight decay is not supported for GroupAdaGrad$"),
    ({"rescale_grad": None}, TypeError, "^type <class 'NoneType'> not supported$"),
    ({"learning_rate": "0.1"}, TypeError, "^type <class 'str'> not supported$"),
])
def test_group_adagrad_meets_bad_hyper_parameters_where_mxnet_does(kwargs, error, message):
    opt = mx.optimizer.contrib.GroupAdaGrad(**kwargs)
    weight = nd.ones((2, 2))
    state = opt.create_state(0, weight)
    with pytest.raises(error, match=message):
        opt.update(0, weight, nd.ones((2, 2)), state)
    # the learning rate is read after the history changed, as MXNet's NDArray arithmetic orders it
    assert state.asnumpy().ravel().tolist() == ([1.0, 1.0] if "learning_rate" in kwargs else [0.0, 0.0])


def test_a_zero_dim_np_batch_size_gives_a_rescale_grad_the_operators_read():
    # the text of a 0-d mx.np array is a number; a 1-element one is refused
    mx.npx.set_np()
    try:
        for batch, refused in [(mx.np.array(2.0), False), (mx.np.array([2.0]), True)]:
            param = mx.gluon.Parameter("p_weight", shape=(2,))
            param.initialize(mx.init.One())
            trainer = mx.gluon.Trainer([param], "sgd", {"learning_rate": 1.0})
            with mx.autograd.record():
                loss = (param.data() * 2).sum()
            loss.backward()
            if refused:
                with pytest.raises(MXNetError, match=r"Invalid Parameter format for rescale_grad expect float but "
                                                     r"value='\[0.5\]', in operator multi_sgd_update"):
                    trainer.step(batch)
            else:
                trainer.step(batch)
                assert param.data().asnumpy().tolist() == [0.0, 0.0]
    finally:
        mx.npx.reset_np()


def test_adagrad_multiplies_the_gradient_by_an_ndarray_rescale_grad_elementwise():
    import numpy as np
    opt = mx.optimizer.AdaGrad(learning_rate=0.1, rescale_grad=nd.array([0.5, 2.0]))
    weight, grad = nd.ones((2,)), nd.array([1.0, 2.0])
    opt.update(0, weight, grad, opt.create_state(0, weight))
    g = np.array([0.5, 4.0], np.float32)
    expected = 1 - np.float32(0.1) * (g / np.sqrt(g * g + np.float32(1e-7)))
    np.testing.assert_allclose(weight.asnumpy(), expected, rtol=1e-6)
