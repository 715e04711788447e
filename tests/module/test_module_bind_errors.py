"""Module and Executor reshape/bind errors as MXNet 1.9.1 raises them (messages measured on MXNet)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

CHANGED = ("Shape of unspecifie arg: fc_weight changed. This can cause the new executor to not share parameters "
           "with the old one. Please check for error in network.If this is intended, set partial_shaping=True to "
           "suppress this warning.")


def _fc():
    return mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='fc')


def test_labels_a_module_does_not_take_fail_at_bind_with_a_key_error():
    mod = mx.mod.Module(_fc(), label_names=None)
    with pytest.warns(UserWarning, match="label_shapes don't match names specified by label_names"):
        with pytest.raises(KeyError, match="softmax_label"):
            mod.bind([('data', (2, 3))], [('softmax_label', (2,))])


def test_a_batch_whose_features_change_the_parameters_is_refused():
    mod = mx.mod.Module(_fc(), label_names=None)
    mod.bind([('data', (2, 3))])
    mod.init_params()
    with pytest.raises(MXNetError) as info:
        mod.forward(mx.io.DataBatch([mx.nd.ones((5, 4))]))
    assert message_of(info.value) == CHANGED
    mod.forward(mx.io.DataBatch([mx.nd.ones((5, 3))]))          # a new batch size is fine
    assert mod.get_outputs()[0].shape == (5, 2)


def test_executor_reshape_messages():
    exe = _fc().simple_bind(mx.cpu(), data=(2, 3))
    with pytest.raises(MXNetError) as info:
        exe.reshape(data=(5, 3))
    assert message_of(info.value) == (
        "Check failed: allow_up_sizing: New shape of arg: data is larger than original.First making a big "
        "executor and then down sizing it is more efficient than the reverse.If you really want to up size, set "
        "allow_up_sizing=True to enable allocation of new arrays.")
    with pytest.raises(MXNetError) as info:
        exe.reshape(data=(1, 2))
    assert message_of(info.value) == CHANGED
    assert exe.reshape(partial_shaping=True, data=(1, 2)).arg_dict['fc_weight'].shape == (2, 2)


def test_inputs_a_module_cannot_shape_are_listed_without_a_warning(recwarn):
    d, h = mx.sym.var('data'), mx.sym.var('h')
    out = mx.sym.FullyConnected(d, num_hidden=3, name='i2h') + mx.sym.FullyConnected(h, num_hidden=3, name='h2h')
    mod = mx.mod.Module(out, label_names=None, state_names=['h'])
    with pytest.raises(RuntimeError) as info:
        mod.bind([('data', (4, 2))], for_training=False)
    assert message_of(info.value) == (
        "simple_bind error. Arguments:\ndata: (4, 2)\nTraceback (most recent call last):\n  File "
        '"../src/executor/../common/exec_utils.h", line 391\nMXNetError: InferShape pass cannot decide shapes for the '
        "following arguments (-1 means unknown dimensions). Please consider providing them as inputs:\n"
        "h: None, h2h_weight: None, h2h_bias: None, \n")
    assert not [w for w in recwarn if "Cannot decide shape" in str(w.message)]


def test_a_given_parameter_of_another_shape_fails_init_params_with_the_copy_check():
    mod = mx.mod.Module(_fc(), label_names=None)
    mod.bind([('data', (2, 3))])
    with pytest.raises(MXNetError, match=r"Incompatible attr in node  at 0-th output: expected \[2,4\], got \[2,3\]"):
        mod.init_params(arg_params={'fc_weight': mx.nd.ones((2, 4)), 'fc_bias': mx.nd.ones((2,))})


def test_copyto_between_shapes_names_both_shapes_as_mxnet():
    with pytest.raises(MXNetError, match=r"expected \[6\], got \[2,3\]$"):
        mx.nd.ones((6,)).copyto(mx.nd.ones((2, 3)))


def test_a_context_that_is_not_a_context_fails_binding_as_simple_bind_does():
    mod = mx.mod.Module(_fc(), label_names=None, context=[mx.cpu(), 'cpu'])
    with pytest.raises(AttributeError, match="'str' object has no attribute 'device_typeid'"):
        mod.bind([('data', (2, 3))])


def test_a_module_sharing_another_needs_every_parameter_in_the_shared_one():
    base = mx.mod.Module(_fc(), label_names=None)
    base.bind([('data', (2, 3))])
    base.init_params()
    other = mx.mod.Module(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=2, name='other'), label_names=None)
    with pytest.raises(RuntimeError,
                       match=r"^simple_bind error. Arguments:\ndata: \(2, 3\)\n_Map_base: :at$"):
        other.bind([('data', (2, 3))], shared_module=base)
    same = mx.mod.Module(_fc(), label_names=None)
    same.bind([('data', (4, 3))], shared_module=base)
    assert same._exec_group.execs[0].arg_dict['fc_weight'] is base._exec_group.execs[0].arg_dict['fc_weight']


def _softmax_net():
    return mx.sym.SoftmaxOutput(_fc(), name='softmax')


def test_an_unknown_grad_req_is_refused_with_the_simple_bind_check():
    mod = mx.mod.Module(_softmax_net())
    with pytest.raises(RuntimeError) as info:
        mod.bind([('data', (2, 3))], [('softmax_label', (2,))], grad_req='foo')
    assert message_of(info.value).splitlines()[-1] == (
        "MXNetError: Check failed: req_map.count(provided_grad_req_types[i]) == 1U (0 vs. 1) : grad_req=foo is not a "
        "valid input in simple_bind; only 'null', 'write', and 'add' are supported")


def test_two_variables_of_one_name_cannot_be_bound_by_a_module():
    twice = mx.sym.Group([_softmax_net(), mx.sym.BlockGrad(mx.sym.var('data') * 2)])
    assert twice.list_arguments().count('data') == 2
    mod = mx.mod.Module(twice)
    with pytest.raises(RuntimeError) as info:
        mod.bind([('data', (2, 3))], [('softmax_label', (2,))])
    assert message_of(info.value).splitlines()[-1] == "MXNetError: Input argument NDArray cannot be un-allocated"


@pytest.mark.parametrize("group2ctxs, message", [
    ([{}, {}], "length of group2ctxs" + " " * 12 + "should be 1"),
    ({'a': [mx.cpu(0), mx.cpu(1), mx.cpu(2)]}, "length of group2ctxs[a]" + " " * 24 + "should be 1 or 1"),
    (3, "group2ctxs should be list of dict of str to context," + " " * 12 + "or dict of str to context or list of context"),
])
def test_group2ctxs_of_the_wrong_form_keeps_mxnet_spacing_in_its_message(group2ctxs, message):
    mod = mx.mod.Module(_softmax_net(), group2ctxs=group2ctxs)
    with pytest.raises(AssertionError) as info:
        mod.bind([('data', (2, 3))], [('softmax_label', (2,))])
    assert message_of(info.value) == message


def test_a_bind_error_lists_label_shapes_the_symbol_does_not_take():
    sym = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=1, name='fc'),
                                        name='lro')
    mod = mx.mod.Module(sym, label_names=['softmax_label'])
    with pytest.raises(RuntimeError) as info:
        mod.bind([('data', (2, 0))], [('softmax_label', (2,))])
    assert message_of(info.value).startswith("simple_bind error. Arguments:\ndata: (2, 0)\nsoftmax_label: (2,)\n")


def test_head_gradients_must_be_ndarrays_as_mxnets_slicing_asserts():
    mod = mx.mod.Module(_fc(), label_names=None)
    mod.bind([('data', (2, 3))], inputs_need_grad=True)
    mod.init_params(mx.init.One())
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3))]), is_train=True)
    with pytest.raises(AssertionError, match=r"^Argument data must have NDArray type, but got \[\[1\. 1\.\]"):
        mod.backward([np.ones((2, 2))])
    mod.backward([mx.nd.ones((2, 2))])
    assert mod.get_input_grads()[0].shape == (2, 3)
