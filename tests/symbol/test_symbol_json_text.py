"""Symbol JSON as MXNet 1.9.1 writes and reads it: dmlc's string escapes, unknown fields, old graphs' upgrades
(expected values recorded from MXNet 1.9.1)."""
import json

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

_BN = ('{"nodes": [{"op":"null","name":"x","inputs":[]}, {"op":"null","name":"g","inputs":[]}, '
       '{"op":"null","name":"b","inputs":[]}, {"op":"null","name":"mm","inputs":[]}, '
       '{"op":"null","name":"mv","attrs":{"__init__":"zeros"},"inputs":[]}, '
       '{"op":"BatchNorm","name":"bn","attrs":{"eps":"0.001"},"inputs":[[0,0,0],[1,0,0],[2,0,0],[3,0,0],[4,0,0]]}], '
       '"arg_nodes":[0,1,2,3,4], "heads":[[5,0,0]]VERSION}')
_PRELU = ('{"nodes": [{"op":"null","name":"x","inputs":[]}, {"op":"null","name":"g","inputs":[]}, '
          '{"op":"LeakyReLU","name":"p","attrs":{"act_type":"prelu"},"inputs":[[0,0,0],[1,0,0]]}], '
          '"arg_nodes":[0,1], "heads":[[2,0,0]]VERSION}')


def _versioned(text, version):
    return text.replace("VERSION", "" if version is None else f', "attrs":{{"mxnet_version":["int",{version}]}}')


def test_names_keep_non_ascii_and_control_characters_unescaped():
    name = "a\x01b\tc\rd\be\f/\u00e9\u20ac"
    text = mx.sym.var(name).tojson()
    assert '"name": "a\x01b\\tc\\rd\be\f/\u00e9\u20ac"' in text
    assert mx.sym.load_json(text).name == name


@pytest.mark.parametrize("version", [None, 800, 900, 903])
def test_graphs_before_0_9_4_get_their_operators_input_initializers(version):
    assert mx.sym.load_json(_versioned(_BN, version)).attr_dict() == {
        "mm": {"__init__": '["zero", {}]'}, "mv": {"__init__": "zeros"}, "bn": {"eps": "0.001"}}
    assert mx.sym.load_json(_versioned(_PRELU, version)).attr_dict() == {
        "g": {"__init__": '["Constant", {"value": 0.25}]'}, "p": {"act_type": "prelu"}}


@pytest.mark.parametrize("version", [904, 10000, 10901])
def test_later_graphs_keep_their_variables_attributes(version):
    assert mx.sym.load_json(_versioned(_BN, version)).attr_dict() == {"mv": {"__init__": "zeros"},
                                                                      "bn": {"eps": "0.001"}}
    assert mx.sym.load_json(_versioned(_PRELU, version)).attr_dict() == {"p": {"act_type": "prelu"}}


def test_an_old_graphs_plain_user_keys_are_hidden():
    graph = ('{"nodes": [{"op":"null","name":"x","attrs":{"lr_mult":"2"},"inputs":[]}, {"op":"_plus_scalar",'
             '"name":"p","attrs":{"scalar":"1.0","ctx_group":"g"},"inputs":[[0,0,0]]}], "arg_nodes":[0], '
             '"heads":[[1,0,0]]}')
    assert mx.sym.load_json(graph).attr_dict() == {"x": {"__lr_mult__": "2", "lr_mult": "2"},
                                                   "p": {"__ctx_group__": "g", "ctx_group": "g", "scalar": "1.0"}}


def test_unknown_fields_are_refused():
    graph = json.loads(mx.sym.var("x").tojson())
    with pytest.raises(MXNetError, match="JSONReader: Unknown field extra, candidates are"):
        mx.sym.load_json(json.dumps(dict(graph, extra=1)))
    graph["nodes"][0]["foo"] = 2
    with pytest.raises(MXNetError, match='Unknown field foo, candidates are: \n"attr"\n"attrs"\n'):
        mx.sym.load_json(json.dumps(graph))


def test_debug_str_of_a_lone_input_less_op_is_mxnets_atomic_functor_line():
    assert mx.sym.zeros((2, 3)).debug_str() == "AtomicFunctor  Op:_zeros\n"
    assert mx.sym.random.normal(shape=(2,)).debug_str() == "AtomicFunctor  Op:_random_normal\n"
    composed = (mx.sym.zeros((2,), name="z") + 1).debug_str()
    assert composed.startswith("Symbol Outputs:\n") and "Op:_zeros, Name=z\n" in composed
    assert mx.sym.Group([mx.sym.zeros((2,)), mx.sym.ones((2,))]).debug_str().startswith("Symbol Outputs:\n")


def test_load_json_names_the_node_in_an_attribute_error():
    graph = {"nodes": [{"op": "null", "name": "x", "inputs": []},
                       {"op": "Activation", "name": "act", "attrs": {"act_type": "nope"}, "inputs": [[0, 0, 0]]}],
             "arg_nodes": [0], "node_row_ptr": [0, 1, 2], "heads": [[1, 0, 0]],
             "attrs": {"mxnet_version": ["int", 10901]}}
    with pytest.raises(mx.base.MXNetError, match=r'in operator Activation\(name="act", act_type="nope"\)'):
        mx.sym.load_json(json.dumps(graph))
    graph["nodes"][1] = {"op": "FullyConnected", "name": "fc", "attrs": {}, "inputs": [[0, 0, 0]]}
    with pytest.raises(mx.base.MXNetError, match=r'num_hidden of int is not presented, in operator '
                                                  r'FullyConnected\(name="fc"\)'):
        mx.sym.load_json(json.dumps(graph))


def test_loading_a_binary_file_as_a_graph_fails_at_its_first_byte(tmp_path):
    path = tmp_path / "weights.params"
    path.write_bytes(b"\x12\x01\x00\x00\xc9\xfa")     # not UTF-8: the reader's context stops at the NUL
    with pytest.raises(MXNetError) as e:
        mx.sym.load(str(path))
    assert message_of(e.value) == "Check failed: ch == '{' (18 vs. {) : Error at Line 0, around ^`\x01`, Expect '{' but get '\x12'"


def test_a_list_attribute_keeps_its_text_through_a_json_round_trip():
    conv = mx.sym.Convolution(mx.sym.var("x"), kernel="[1,1]", num_filter=1, name="c")
    loaded = mx.sym.load_json(conv.tojson())
    assert loaded.list_attr()["kernel"] == "[1,1]"
    assert mx.sym.load_json(loaded.tojson()).tojson() == conv.tojson()
    assert loaded.infer_shape(x=(1, 1, 3, 3))[1] == [(1, 1, 3, 3)]      # still read as the kernel (1, 1)
