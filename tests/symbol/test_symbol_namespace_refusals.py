"""mx.sym.random.randint checks its bounds as the other samplers do, and the contrib namespaces refuse an unknown
name as a module does (behaviour recorded from MXNet 1.9.1)."""
import numpy as np
import pytest

import distnet as mx


def test_randint_refuses_a_symbol_and_a_number():
    with pytest.raises(AssertionError, match=r"must all have the same type, but got both <class '.*Symbol'> "
                                             r"and <class 'int'>\."):
        mx.sym.random.randint(mx.sym.var("a"), 5)


def test_randint_of_two_symbols_has_no_sampler():
    with pytest.raises(TypeError, match="'NoneType' object is not callable"):
        mx.sym.random.randint(mx.sym.var("a"), mx.sym.var("b"))


@pytest.mark.parametrize("low, kind", [("a", "str"), (None, "NoneType")])
def test_randint_refuses_a_bound_neither_symbol_nor_number(low, kind):
    with pytest.raises(ValueError, match=f"must be either Symbol or numbers, but got <class '{kind}'>"):
        mx.sym.random.randint(low, 3)


def test_randint_of_numpy_integers_builds_the_op():
    node = mx.sym.random.randint(np.int64(1), np.int64(3), shape=(2,))
    assert node.list_attr() == {"high": "3", "low": "1", "shape": "(2,)"}


@pytest.mark.parametrize("module, where", [(mx.sym.contrib, "symbol.contrib"), (mx.nd.contrib, "ndarray.contrib")])
def test_unknown_contrib_name_is_a_missing_module_attribute(module, where):
    with pytest.raises(AttributeError, match=rf"module '\w+\.{where}' has no attribute 'zzz'"):
        module.zzz
