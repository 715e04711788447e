"""mx.viz argument checks with MXNet 1.9.1's error classes and words."""
import pytest

import distnet as mx


def test_non_symbol_arguments_are_refused_with_mxnets_messages():
    with pytest.raises(TypeError, match="^symbol must be Symbol$"):
        mx.viz.print_summary("x")
    with pytest.raises(TypeError, match="^symbol must be a Symbol$"):
        mx.viz.plot_network("x")
