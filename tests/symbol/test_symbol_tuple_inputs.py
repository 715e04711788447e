"""An operator given a multi-output symbol as an input refuses it with MXNet's composition check: a fixed-input
operator names the input (composed by keyword, the last one first), a variadic one its position."""
import re

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _pair():
    return mx.sym.Group([mx.sym.var("a") * 2, mx.sym.var("b") + 1])


@pytest.mark.parametrize("make, where", [
    (lambda g, p: g * p, "Keyword Argument lhs"),
    (lambda g, p: p * g, "Keyword Argument rhs"),
    (lambda g, p: g * 2, "Keyword Argument data"),
    (lambda g, p: mx.sym.exp(g), "Keyword Argument data"),
    (lambda g, p: mx.sym.elemwise_add(g, g), "Keyword Argument rhs"),
    (lambda g, p: mx.sym.FullyConnected(p, g, g, num_hidden=2), "Keyword Argument bias"),
    (lambda g, p: mx.sym.FullyConnected(data=p, weight=g, num_hidden=2), "Keyword Argument weight"),
    (lambda g, p: mx.sym.broadcast_add(p, rhs=g), "Keyword Argument rhs"),
    (lambda g, p: mx.sym.concat(p, g), "Argument 1"),
    (lambda g, p: mx.sym.add_n(g, p), "Argument 0"),
])
def test_multi_output_input_is_refused_by_name_or_position(make, where):
    check, line = ("kv.second", 317) if where.startswith("Keyword") else ("args[i]", 311)
    with pytest.raises(MXNetError) as err:
        make(_pair(), mx.sym.var("p"))
    logged = re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", message_of(err.value))     # nnvm's log line: time of day first
    assert logged == (f"../3rdparty/tvm/nnvm/src/core/symbolic.cc:{line}: Check failed: {check}->outputs.size() == "
                      f"1U (2 vs. 1) : {where} is a tuple, single value is required\n")


def test_one_output_of_a_group_composes():
    g = _pair()
    assert (g[0] * mx.sym.var("p")).list_arguments() == ["a", "p"]
