"""SymbolBlock refuses graphs holding row_sparse variables, as MXNet 1.9.1 does."""
import pytest

import distnet as mx
from distnet import gluon


def test_symbol_block_refuses_row_sparse_weight():
    with mx.name.NameManager():
        data = mx.sym.var('data')
        weight = mx.sym.var('weight', stype='row_sparse')
        out = mx.sym.broadcast_add(mx.sym.dot(data, weight), mx.sym.var('bias'))
    with pytest.raises(AssertionError, match="Parameter 'weight' because its storage type is 'row_sparse'"):
        gluon.SymbolBlock(out, data)


def test_symbol_block_accepts_dense_graph():
    with mx.name.NameManager():
        data = mx.sym.var('data', dtype='float32')     # typed: no "cannot decide type" warning
        out = mx.sym.dot(data, mx.sym.var('weight'))
    block = gluon.SymbolBlock(out, data)
    assert sorted(block.collect_params().keys()) == ['weight']
