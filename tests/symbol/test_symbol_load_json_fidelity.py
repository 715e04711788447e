"""load_json as MXNet 1.9.1 reads a graph: aliases resolved, attributes checked, listed in the text's order and
written back as spelt; graphs older than 0.9 get their missing inputs. Expected values measured with MXNet."""
import json
import re

import pytest

import distnet as mx
from distnet.base import MXNetError

X = {"op": "null", "name": "x", "inputs": []}


def _graph(nodes, heads, version=10901):
    graph = {"nodes": nodes, "arg_nodes": [i for i, n in enumerate(nodes) if n["op"] == "null"], "heads": heads}
    if version is not None:
        graph["attrs"] = {"mxnet_version": ["int", version]}
    return json.dumps(graph)


def test_an_alias_loads_as_the_operator_it_names():
    y = {"op": "null", "name": "y", "inputs": []}
    sym = mx.sym.load_json(_graph([X, y, {"op": "_Plus", "name": "p", "inputs": [[0, 0, 0], [1, 0, 0]]},
                                   {"op": "Softmax", "name": "sm", "inputs": [[2, 0, 0]]}], [[3, 0, 0]]))
    assert [n["op"] for n in json.loads(sym.tojson())["nodes"]] == ["null", "null", "elemwise_add", "SoftmaxOutput"]
    assert sym.list_arguments() == ["x", "y"]


def test_attributes_keep_the_order_and_spelling_of_the_text():
    conv = {"op": "Convolution", "name": "c", "inputs": [[0, 0, 0]],
            "attrs": {"workspace": "512", "kernel": "(3,3)", "num_filter": "04", "stride": "(1, 1)",
                      "__lr_mult__": "2"}}
    sym = mx.sym.load_json(_graph([X, conv], [[1, 0, 0]]))
    assert list(sym.attr_dict()["c"].items()) == [("__lr_mult__", "2"), ("lr_mult", "2"), ("stride", "(1, 1)"),
                                                  ("num_filter", "04"), ("kernel", "(3,3)"), ("workspace", "512")]
    assert json.loads(sym.tojson())["nodes"][-1]["attrs"] == {
        "__lr_mult__": "2", "kernel": "(3,3)", "num_filter": "04", "stride": "(1, 1)", "workspace": "512"}
    plus = {"op": "_plus_scalar", "name": "p", "attrs": {"scalar": "1.50"}, "inputs": [[0, 0, 0]]}
    loaded = mx.sym.load_json(_graph([X, plus], [[1, 0, 0]]))
    assert json.loads(loaded.tojson())["nodes"][1]["attrs"] == {"scalar": "1.50"}
    assert loaded.eval(x=mx.nd.array([1.0]))[0].asnumpy().tolist() == [2.5]


def test_a_parameter_spelt_with_a_leading_zero_still_counts():
    conv = {"op": "Convolution", "name": "c", "inputs": [[0, 0, 0], [1, 0, 0]],
            "attrs": {"kernel": "(3,3)", "num_filter": "04", "no_bias": "True"}}
    sym = mx.sym.load_json(_graph([X, {"op": "null", "name": "w", "inputs": []}, conv], [[2, 0, 0]]))
    assert sym.infer_shape(x=(1, 2, 5, 5)) == ([(1, 2, 5, 5), (4, 2, 3, 3)], [(1, 4, 3, 3)], [])


@pytest.mark.parametrize("attrs, message", [
    ({"act_type": "nope"}, "Invalid Input: 'nope', valid values are"),
    ({"act_type": "relu", "foo": "1"}, "Cannot find argument 'foo'"),
])
def test_attributes_are_checked_as_the_graph_loads(attrs, message):
    with pytest.raises(MXNetError, match=message):
        mx.sym.load_json(_graph([X, {"op": "Activation", "name": "a", "attrs": attrs, "inputs": [[0, 0, 0]]}],
                                [[1, 0, 0]]))


@pytest.mark.parametrize("text, message", [
    (json.dumps({"nodes": [X], "heads": [[0, 0, 0]]}), 'Missing field "arg_nodes"'),
    (_graph([X, {"op": "relu", "name": "r", "inputs": [[3, 0, 0]]}], [[1, 0, 0]]), "e.node_id < jgraph.nodes.size"),
    (_graph([X], [[2, 0, 0]]), "e.node_id < jgraph.nodes.size"),
])
def test_a_graph_without_its_fields_or_with_dangling_links_is_refused(text, message):
    with pytest.raises(MXNetError, match=message):
        mx.sym.load_json(text)


@pytest.mark.parametrize("version, arguments, states", [
    (None, ["x", "fc_weight", "fc_bias"], ["bn_moving_mean", "bn_moving_var"]),
    (899, ["x", "fc_weight", "fc_bias"], ["bn_moving_mean", "bn_moving_var"]),
    (900, ["x"], []),
    (10901, ["x"], []),
])
def test_graphs_older_than_0_9_get_the_inputs_they_leave_out(version, arguments, states):
    fc = {"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": "2"}, "inputs": [[0, 0, 0]]}
    assert mx.sym.load_json(_graph([X, fc], [[1, 0, 0]], version)).list_arguments() == arguments
    bn = {"op": "BatchNorm", "name": "bn", "attrs": {}, "inputs": [[0, 0, 0]]}
    assert mx.sym.load_json(_graph([X, bn], [[1, 0, 0]], version)).list_auxiliary_states() == states


def test_a_created_input_copies_its_nodes_attributes():
    fc = {"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": "2", "no_bias": "True"}, "inputs": [[0, 0, 0]]}
    sym = mx.sym.load_json(_graph([X, fc], [[1, 0, 0]], None))
    assert sym.attr_dict() == {"fc_weight": {"no_bias": "True", "num_hidden": "2"},
                               "fc": {"no_bias": "True", "num_hidden": "2"}}


def test_pre_0_9_attributes_list_parameters_then_user_keys_each_in_their_maps_order():
    old = {"nodes": [{"op": "null", "param": {}, "name": "x", "inputs": [], "backward_source_id": -1},
                     {"op": "Convolution", "name": "c",
                      "param": {"kernel": "(3, 3)", "num_filter": "4", "no_bias": "True"},
                      "attr": {"lr_mult": "2", "ctx_group": "g", "wd_mult": "0"}, "inputs": [[0, 0], [1, 0]],
                      "backward_source_id": -1}, ],
           "arg_nodes": [0], "heads": [[1, 0]]}
    old["nodes"].insert(1, {"op": "null", "param": {}, "name": "w", "inputs": [], "backward_source_id": -1})
    old["arg_nodes"], old["heads"] = [0, 1], [[2, 0]]
    assert list(mx.sym.load_json(json.dumps(old)).attr_dict()["c"]) == [
        "__lr_mult__", "lr_mult", "__ctx_group__", "ctx_group", "__wd_mult__", "wd_mult", "kernel", "no_bias",
        "num_filter"]


def test_a_value_kept_with_its_text_survives_copies_and_pickles():
    import copy
    import pickle
    from distnet.symbol.graph import attr_from_str, attr_to_str
    for text, value in [("04", 4), ("1.50", 1.5), ("(3,3)", (3, 3))]:
        read = attr_from_str(text)
        assert read == value
        assert attr_to_str(copy.deepcopy(read)) == text and attr_to_str(pickle.loads(pickle.dumps(read))) == text


def test_arg_nodes_must_name_variables():
    graph = ('{"nodes": [{"op": "null", "name": "x", "inputs": []}, {"op": "relu", "name": "r", '
             '"inputs": [[0, 0, 0]]}], "arg_nodes": [1], "heads": [[1, 0, 0]]}')
    with pytest.raises(MXNetError, match=re.escape("Check failed: jgraph.nodes[nid].node->is_variable(): ")):
        mx.sym.load_json(graph)
    assert mx.sym.load_json(graph.replace('"arg_nodes": [1]', '"arg_nodes": [0]')).list_arguments() == ["x"]
