"""load_json of malformed or cut-short graph text fails where MXNet's JSON reader fails and with its words (line,
what follows, what it expected); text that reader accepts, such as a graph cut short after its heads, loads."""
import json
import re

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
from distnet.symbol import json_reader

G = '{"nodes": [{"op": "null", "name": "x", "inputs": []}], "arg_nodes": [0], "heads": '


@pytest.mark.parametrize("text, message", [       # each message as MXNet 1.9.1 words it
    ('{\n  "nodes": [\n    {\n      "op" "null"}]}',
     """Check failed: ch == ': ' (34 vs. :) : Error at Line 3, around ^`null"}]}`, Expect ':' but get '"'"""),
    ('{"nodes": [{"op": "null" "name": "x"}]}',
     """Check failed: ch == ',' (34 vs. ,) : Error at Line 0, around ^`name": "x"}]}`, JSON object expect '}' or ',' '"'"""),
    ('{"nodes": [{"op": "null", "name": "x", "inputs": []} {}]}',
     "Check failed: ch == ',' (123 vs. ,) : Error at Line 0, around ^`}]}`, JSON array expect ']' or ','. Get '{' instead"),
    ('{"nodes": {}}', "Check failed: ch == '[' (123 vs. [) : Error at Line 0, around ^`}}`, Expect '[' but get '{'"),
    ("{'nodes': []}", """Check failed: ch == '\\"' (39 vs. ") : Error at Line 0, around ^`nodes': []}`, """
                      """Expect '"' but get '''"""),
    (G + '[[0,0,0]], "attrs": {"mxnet_version": ["int", 10901.5]}}',
     "Check failed: ch == ',' (46 vs. ,) : Error at Line 0, around ^`5]}}`, JSON array expect ']' or ','. Get '.' instead"),
    ('{"arg_nodes": [\n0,\n x]}', "Check failed: !is_->fail(): Error at Line 1, around ^``, Expect number"),
    ('{"nodes": [{"op": "null", "name": "x\\/", "inputs": []}]}', "unknown string escape \\/"),
    ('{"nodes": [{"op": "null", "name": "x\ny"}]}', """Error at Line 0, around ^`y"}]}`, Expect '"' but reach end of line """),
    ('{"nodes": [], "arg_nodes": []', 'JSONReader: Check failed: visited.count(it->first) != 0U (0 vs. 0) : '
                                      'Missing field "heads"\n At  Line 0, around ^``\n'),
    (G + '[[0,0,0]], "attrs": {"v": ["float", 1.5]}}', "Check failed: it != tmap.end() && it->first == type_name: "
                                                       "Typename float has not been registered via DMLC_JSON_ENABLE_ANY"),
    (G + "[[0]]}", "Check failed: reader->NextArrayItem(): invalid json format"),
    (G + "[[0, 0, 0, 0]]}", "Check failed: !reader->NextArrayItem(): invalid json format"),
    (G + '[[0,0,0]], "attrs": {"mxnet_version": ["str", "1"]}}',
     "Check failed: *(type_->ptype_info) == typeid(T): The stored type mismatch stored=Ss requested=i"),
])
def test_a_graph_mxnets_reader_refuses_fails_with_its_words(text, message):
    with pytest.raises(MXNetError) as info:
        mx.sym.load_json(text)
    assert message_of(info.value) == message


@pytest.mark.parametrize("text", [G + "[[0,0,0]]", G + "[[0,0,0]", G + "[[0,0", G + '[[0,0,0]], "node_row_ptr": [0, 1]'])
def test_a_graph_cut_short_after_its_heads_loads(text):
    assert mx.sym.load_json(text).list_outputs() == ["x"]


def test_an_argument_outside_the_node_list_is_refused_before_the_heads():
    with pytest.raises(MXNetError, match=r"Check failed: nid < jgraph.nodes.size\(\): "):
        mx.sym.load_json('{"nodes": [{"op": "null", "name": "x", "inputs": []}], "arg_nodes": [3], "heads": [[7, 0]]}')


def test_a_link_with_a_minus_sign_is_read_as_unsigned():
    text = G + "[[0, 0, -1]]}"
    assert json_reader.read_graph(text)["heads"] == [[0, 0, 2 ** 32 - 1]]
    assert mx.sym.load_json(text).list_outputs() == ["x"]


def test_ordinary_graphs_are_read_by_python_json_alone():
    text = mx.sym.FullyConnected(mx.sym.var("x"), num_hidden=2, name="fc").tojson()
    assert json_reader.well_typed(json.loads(text)) and not json_reader.needs_reading(text)
    assert not json_reader.well_typed(json.loads(G + "[[0, 0.5, 0]]}"))
    assert json_reader.needs_reading('{"name": "\\u0041"}') and not json_reader.needs_reading('{"name": "a\\\\u"}')


def test_an_unknown_operator_is_refused_before_the_argument_list_is_checked():
    text = '{"nodes": [{"op": "nul", "name": "x", "inputs": []}], "arg_nodes": [0], "heads": [[0, 0, 0]]}'
    with pytest.raises(MXNetError) as info:
        mx.sym.load_json(text)
    assert re.fullmatch(r"MXNetError: Failed loading Op x of type nul: \[\d\d:\d\d:\d\d\] ../3rdparty/tvm/nnvm/src/"
                        r"core/op.cc:73: Check failed: op != nullptr: Operator nul is not registered", str(info.value))


@pytest.mark.parametrize("text, message", [
    ("-", "Invalid Parameter format for num_hidden expect int but value='-', in operator FullyConnected(name=\"fc\", "
          "num_hidden=\"-\")"),
    ("1e2", "Invalid Parameter format for num_hidden expect int but value='1e2', in operator FullyConnected(name=\"fc\", "
            "num_hidden=\"1e2\")"),
    ("-3", "value -3 for Parameter num_hidden should be greater equal to 1\nnum_hidden: Number of hidden nodes of the "
           "output., in operator FullyConnected(name=\"fc\", num_hidden=\"-3\")"),
])
def test_a_loaded_attribute_is_parsed_from_its_text_as_at_creation(text, message):
    node = {"op": "FullyConnected", "name": "fc", "attrs": {"num_hidden": text}, "inputs": [[0, 0, 0]]}
    graph = {"nodes": [{"op": "null", "name": "x", "inputs": []}, node], "arg_nodes": [0], "heads": [[1, 0, 0]],
             "attrs": {"mxnet_version": ["int", 10901]}}
    with pytest.raises(MXNetError) as info:
        mx.sym.load_json(json.dumps(graph))
    assert message_of(info.value) == message
