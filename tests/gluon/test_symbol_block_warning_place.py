"""SymbolBlock's warning for an untyped input points into Gluon's own code, as MXNet 1.9.1's does (block.py,
not the caller), so Python's default filter shows it once however many blocks are built."""
import os
import warnings

import distnet as mx


def test_untyped_input_warning_is_shown_once_from_gluon():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        for _ in range(3):
            x = mx.sym.var("data")
            mx.gluon.SymbolBlock(mx.sym.FullyConnected(x, num_hidden=3, name="fc"), x)
    assert len(caught) == 1
    assert str(caught[0].message) == ("Cannot decide type for the following arguments. Consider providing them "
                                      "as input:\n\tdata: None")
    assert caught[0].filename.endswith(os.path.join("gluon", "block.py"))
