"""DataParallelExecutorGroup and Module on several contexts (expected values measured on MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx
from distnet.module.executor_group import DataParallelExecutorGroup, _split_input_slice
from distnet.base import message_of

TWO = [mx.cpu(0), mx.cpu(1)]


def test_split_input_slice_follows_the_workload():
    assert _split_input_slice(10, [1, 2]) == [slice(0, 3), slice(3, 10)]
    assert _split_input_slice(7, [1, 1, 1]) == [slice(0, 2), slice(2, 4), slice(4, 7)]
    assert _split_input_slice(5, [3, 1]) == [slice(0, 4), slice(4, 5)]
    with pytest.raises(ValueError, match="Too many slices"):
        _split_input_slice(2, [1, 1, 1])


def test_two_devices_split_the_batch_and_sum_the_gradients():
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=20, name="fc")
    mod = mx.mod.Module(fc, ("data",), None, context=TWO)
    mod.bind(data_shapes=[("data", (7, 20))])
    mod.init_params()
    mod.init_optimizer(optimizer_params={"learning_rate": 1})
    mod.forward(mx.io.DataBatch(data=[mx.nd.ones((7, 20))], label=None))
    assert [o.shape for o in mod.get_outputs(merge_multi_context=False)[0]] == [(4, 20), (3, 20)]
    mod.backward([mx.nd.ones((7, 20))])
    mod.update()
    # the bias gradient is the batch sum of ones: 7, rescaled by 1/7
    assert (mod.get_params()[0]["fc_bias"].asnumpy() == -1).all()
    assert type(mod._kvstore).__name__ == "KVStore" and mod._update_on_kvstore and mod._updater is None
    mod.reshape(data_shapes=[("data", (14, 20))])
    mod.forward(mx.io.DataBatch(data=[mx.nd.ones((14, 20))], label=None))
    mod.backward([mx.nd.ones((14, 20))])
    mod.update()
    assert mod.get_outputs()[0].shape == (14, 20)
    assert (mod.get_params()[0]["fc_bias"].asnumpy() == -3).all()
    assert mod._exec_group.slices == [slice(0, 7), slice(7, 14)]


def test_input_gradients_and_layouts_on_two_devices():
    a, b, c = (mx.sym.Variable(n, __layout__="NC") for n in "abc")
    net = mx.mod.Module(a + 2 * b + 3 * c, data_names=["b", "c", "a"], label_names=None, context=TWO)
    net.bind(data_shapes=[["b", (5, 5)], ["c", (5, 5)], ["a", (5, 5)]], inputs_need_grad=True)
    net.init_params()
    net.forward(mx.io.DataBatch(data=[mx.nd.ones((5, 5))] * 3))
    net.backward(out_grads=[mx.nd.ones((5, 5))])
    assert [float(g.asnumpy()[0, 0]) for g in net.get_input_grads()] == [2.0, 3.0, 1.0]
    assert [[x.shape for x in g] for g in net.get_input_grads(False)] == [[(2, 5), (3, 5)]] * 3


def test_time_major_layout_splits_axis_one():
    with mx.name.NameManager():
        sym = mx.sym.Activation(data=mx.sym.Variable("data"), act_type="relu", __layout__="TNC")
    mod = mx.mod.Module(sym, ("data",), None, context=TWO)
    mod.bind(data_shapes=[mx.io.DataDesc("data", (3, 8, 7), np.float16, layout="TNC")])
    mod.init_params()
    mod.forward(mx.io.DataBatch(data=[mx.nd.ones((3, 8, 7), dtype=np.float16)], label=None))
    assert [x.shape for x in mod.get_outputs(merge_multi_context=False)[0]] == [(3, 4, 7), (3, 4, 7)]
    assert mod.get_outputs()[0].dtype == np.float16 and mod.output_shapes == [("activation0_output", (3, 8, 7))]


def _mlp(layers):
    data = mx.sym.Variable("data")
    for i in range(layers):
        data = mx.sym.FullyConnected(data, num_hidden=4, name=f"fc{i}")
    return mx.sym.SoftmaxOutput(data, name="softmax")


def test_shared_group_shares_parameters_and_input_arrays():
    shapes = dict(data_shapes=[("data", (6, 3))], label_shapes=[("softmax_label", (6,))])
    first = _mlp(2)
    params = [n for n in first.list_arguments() if n not in ("data", "softmax_label")]
    g1 = DataParallelExecutorGroup(first, TWO, [1, 1], param_names=params, for_training=True,
                                   inputs_need_grad=False, **shapes)
    assert all(sorted(d) == ["data", "softmax_label"] for d in g1.shared_data_arrays)
    g2 = DataParallelExecutorGroup(_mlp(3), TWO, [1, 1], param_names=params, for_training=True,
                                   inputs_need_grad=False, shared_group=g1, **shapes)
    for i in range(2):
        # arguments that are not shared parameters (inputs, the extra layer) live in the shared buffer
        assert sorted(g1.shared_data_arrays[i]) == ["data", "fc2_bias", "fc2_weight", "softmax_label"]
        for name in params:
            assert mx.test_utils.same_array(g1.execs[i].arg_dict[name], g2.execs[i].arg_dict[name])
            assert mx.test_utils.same_array(g1.execs[i].grad_dict[name], g2.execs[i].grad_dict[name])
    assert g2.grad_req["fc2_weight"] == "null" and g2.grad_req["fc0_weight"] == "write"


def test_switching_back_to_a_dropped_bucket_reuses_the_shared_memory():
    def sym_gen(key):
        pooled = mx.sym.sum(mx.sym.Variable("data"), axis=1, keepdims=True)   # parameters independent of key
        out = mx.sym.FullyConnected(pooled, num_hidden=4, name="fc")
        return mx.sym.SoftmaxOutput(out, name="softmax"), ("data",), ("softmax_label",)
    model = mx.mod.BucketingModule(sym_gen, default_bucket_key=10)
    model.bind([("data", (8, 10))], [("softmax_label", (8,))])
    model.init_params()
    model.switch_bucket(5, [("data", (8, 5))], [("softmax_label", (8,))])
    before = model._buckets[10]._total_exec_bytes
    del model._buckets[5]
    model.switch_bucket(5, [("data", (8, 5))], [("softmax_label", (8,))])
    assert model._buckets[10]._total_exec_bytes == before


def _two_groups():
    with mx.AttrScope(ctx_group="dev1"):
        a = mx.sym.Variable("a") * 2
    with mx.AttrScope(ctx_group="dev2"):
        return a + mx.sym.Variable("b")


@pytest.mark.parametrize("contexts, group2ctxs, grad_ctxs", [
    ([mx.cpu(0)], {"dev1": mx.cpu(1), "dev2": mx.cpu(2)}, [mx.cpu(1), mx.cpu(2)]),
    (TWO, [{"dev1": mx.cpu(2), "dev2": mx.cpu(3)}, {"dev1": mx.cpu(4), "dev2": mx.cpu(5)}], None),
    (TWO, {"dev1": [mx.cpu(2), mx.cpu(3)], "dev2": [mx.cpu(4)]}, None),
])
def test_ctx_groups_place_inputs_without_changing_the_numbers(contexts, group2ctxs, grad_ctxs):
    grads = []
    for g2c in (group2ctxs, None):
        mod = mx.mod.Module(_two_groups(), context=contexts, data_names=["a", "b"], label_names=None,
                            group2ctxs=g2c)
        mod.bind(data_shapes=[["a", (2, 5)], ["b", (2, 5)]], inputs_need_grad=True)
        mod.init_params()
        mod.forward(mx.io.DataBatch(data=[mx.nd.ones((2, 5)), mx.nd.ones((2, 5))]), is_train=True)
        mod.backward([mx.nd.ones((2, 5))])
        grads.append(mod.get_input_grads())
    if grad_ctxs is not None:
        assert [g.context for g in grads[0]] == grad_ctxs
    for with_groups, without in zip(*grads):
        assert (with_groups.asnumpy() == without.asnumpy()).all()
    assert (grads[0][0].asnumpy() == 2).all() and (grads[0][1].asnumpy() == 1).all()


def test_ctx_groups_leave_ungrouped_parameters_on_the_module_context():
    fc = mx.sym.FullyConnected(mx.sym.Variable("data"), num_hidden=3, name="fc")
    with mx.AttrScope(ctx_group="dev1"):
        fc2 = mx.sym.FullyConnected(fc, num_hidden=2, name="fc2")
    mod = mx.mod.Module(mx.sym.SoftmaxOutput(fc2, name="softmax"), group2ctxs={"dev1": mx.cpu(1)})
    mod.bind([("data", (4, 5))], [("softmax_label", (4,))])
    mod.init_params(mx.init.One())
    mod.forward(mx.io.DataBatch([mx.nd.ones((4, 5))], [mx.nd.zeros(4)]), is_train=True)
    mod.backward()
    placed = {k: v.context for k, v in mod._exec_group.execs[0].arg_dict.items()}
    assert placed == {"data": mx.cpu(0), "fc_weight": mx.cpu(0), "fc_bias": mx.cpu(0), "fc2_weight": mx.cpu(1),
                      "fc2_bias": mx.cpu(1), "softmax_label": mx.cpu(0)}
    assert mod.get_outputs()[0].context == mx.cpu(1)
    assert np.allclose(mod.get_outputs()[0].asnumpy(), 0.5)


@pytest.mark.parametrize("first_ungrouped, out_ctx", [(True, mx.cpu(0)), (False, mx.cpu(1))])
def test_an_operator_without_a_group_runs_where_its_first_input_lives(first_ungrouped, out_ctx):
    with mx.AttrScope(ctx_group="dev1"):
        r = mx.sym.relu(mx.sym.var("a"), name="r")
    x = mx.sym.var("x")
    net = mx.sym.elemwise_add(x, r) if first_ungrouped else mx.sym.elemwise_add(r, x)
    mod = mx.mod.Module(net, data_names=["x", "a"], label_names=None, group2ctxs={"dev1": mx.cpu(1)})
    mod.bind([("x", (2, 3)), ("a", (2, 3))], for_training=False)
    mod.init_params()
    mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3)), mx.nd.ones((2, 3)) * 2]))
    assert mod.get_outputs()[0].context == out_ctx
    assert (mod.get_outputs()[0].asnumpy() == 3).all()


def test_an_unmapped_ctx_group_fails_binding_with_the_listed_arguments():
    with mx.AttrScope(ctx_group="dev1"):
        fc = mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=2, name="fc")
    mod = mx.mod.Module(fc, label_names=None, group2ctxs={"dev2": mx.cpu(1)})
    with pytest.raises(RuntimeError, match=r"simple_bind error. Arguments:\ndata: \(4, 5\)\nTraceback \(most recent call "
                                           r'last\):\n  File "../3rdparty/tvm/nnvm/src/pass/place_device.cc", line 64\n'
                                           r"MXNetError: Check failed: dit != device_assign_map.end\(\): The device "
                                           r"assignment not found for group dev1$"):
        mod.bind([("data", (4, 5))])


def test_a_gradient_computed_on_another_device_than_its_parameter_fails_binding():
    weight = mx.sym.var("w")           # made outside the group: it stays on the module's context
    with mx.AttrScope(ctx_group="dev1"):
        fc = mx.sym.FullyConnected(mx.sym.relu(mx.sym.var("a")), weight=weight, num_hidden=3, no_bias=True, name="fcz")
    mod = mx.mod.Module(fc, data_names=["a"], label_names=None, group2ctxs={"dev1": mx.cpu(1)})
    with pytest.raises(RuntimeError, match=r'Trying to save gradient to cpu\(0\) while its source node "fcz_backward" '
                                           r"computes it on cpu\(1\)\. Check your ctx in NDArray allocation\.$"):
        mod.bind([("a", (2, 3))])
    inference = mx.mod.Module(fc, data_names=["a"], label_names=None, group2ctxs={"dev1": mx.cpu(1)})
    inference.bind([("a", (2, 3))], for_training=False)       # no gradient, nothing to refuse
    assert inference._exec_group.execs[0].arg_dict["w"].context == mx.cpu(0)


@pytest.mark.parametrize("grad_req, second", [("write", 2), ("add", 4)])
def test_bucketing_grad_req_write_replaces_and_add_accumulates(grad_req, second):
    def sym_gen(_):
        weight = mx.sym.Variable("a", shape=(1,), init=mx.init.One())
        return mx.sym.make_loss(mx.sym.broadcast_mul(mx.sym.Variable("data"), weight)), ("data",), None
    mod = mx.mod.BucketingModule(sym_gen=sym_gen, default_bucket_key=10)
    mod.bind(data_shapes=[["data", (2,)]], for_training=True, grad_req=grad_req)
    mod.init_params()
    batch = mx.io.DataBatch(data=[mx.nd.ones((2,))], label=None, bucket_key=10,
                            provide_data=[mx.io.DataDesc(name="data", shape=(2,), layout="N")])
    mod.forward_backward(batch)
    assert mod._curr_module._exec_group.execs[0].grad_dict["a"].asscalar() == 2
    mod.forward_backward(batch)
    assert mod._curr_module._exec_group.execs[0].grad_dict["a"].asscalar() == second


def test_predict_takes_an_array_as_one_batch():
    mod = mx.mod.Module(mx.sym.Variable("data") * 2, label_names=None)
    mod.bind(data_shapes=[("data", (1, 10))])
    mod.init_params()
    assert (mod.predict(np.ones((3, 10))).asnumpy() == 2).all()
    with pytest.raises(ValueError, match="eval_data must be of type NDArray or DataIter"):
        mod.predict([np.ones((1, 10))])


def test_a_bucket_whose_parameters_differ_from_the_shared_ones_fails_with_mxnets_check():
    def sym_gen(key):
        net = mx.sym.FullyConnected(mx.sym.reshape(mx.sym.var("data"), shape=(0, -1)), num_hidden=3, name="fc")
        return mx.sym.SoftmaxOutput(net, name="softmax"), ("data",), ("softmax_label",)
    mod = mx.mod.BucketingModule(sym_gen, default_bucket_key=4)
    mod.bind(data_shapes=[("data", (2, 4))], label_shapes=[("softmax_label", (2,))])
    mod.init_params(mx.init.Constant(0.1))
    batch = mx.io.DataBatch([mx.nd.ones((2, 6))], [mx.nd.zeros((2,))], bucket_key=6,
                            provide_data=[mx.io.DataDesc("data", (2, 6))],
                            provide_label=[mx.io.DataDesc("softmax_label", (2,))])
    with pytest.raises(RuntimeError) as info:
        mod.forward(batch, is_train=False)
    assert message_of(info.value).endswith(
        "Check failed: inferred_shape == in_arg_nd.shape() ([3,6] vs. [3,4]) : Inferred shape does not match "
        "shared_exec.arg_array's shape Therefore, the allocated memory for shared_exec.arg_array cannot be resued "
        "for creating NDArray of the argument fc_weight for the current executor")
