"""mx.viz argument checks with MXNet 1.9.1's error classes."""
import pytest

import distnet as mx


def test_non_symbol_arguments_are_type_errors_as_in_mxnet():
    with pytest.raises(TypeError, match="must be a Symbol"):
        mx.viz.print_summary("x")
    with pytest.raises(TypeError, match="must be a Symbol"):
        mx.viz.plot_network("x")
