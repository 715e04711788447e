"""Generated functions' signatures are built when first read, and read as the eager ones would."""
import copy
import inspect

import distnet as mx
from distnet.ndarray.registry import OPS, LazySignature, generated_signature


def test_lazy_signature_becomes_a_plain_one_on_first_read():
    made = []
    lazy = LazySignature(lambda: made.append(1) or inspect.Signature([inspect.Parameter("x", 1)]))
    assert not made
    assert str(lazy) == "(x)" and made == [1]
    assert type(lazy) is inspect.Signature
    assert str(lazy) == "(x)" and made == [1]        # built once


def test_generated_signatures_match_their_eager_build():
    for name in ("FullyConnected", "Convolution", "Activation", "add_n", "_plus_scalar"):
        op = OPS[name]
        for trailing in (("out", "name"), ("name", "attr", "out")):
            lazy, eager = op.mxnet_signature(trailing), op._mxnet_signature(trailing)
            assert repr(lazy) == repr(eager) and type(lazy) is inspect.Signature
    sig = inspect.signature(mx.sym.FullyConnected)
    assert copy.copy(sig).parameters.keys() == sig.parameters.keys()


def test_generated_signature_reads_its_arguments_as_given():
    inputs, attributes = ["data"], ["axis"]
    sig = generated_signature(inputs, attributes, ("out", "name"))
    inputs.append("late")       # (taken when called, not when first read)
    assert str(sig) == "(data=None, axis=_Null, out=None, name=None, **kwargs)"
    assert str(generated_signature((), ("a", "b"), ("name",), order=("b", "a"))) == "(b=_Null, a=_Null, name=None, **kwargs)"


def test_symbol_functions_refuse_extra_positional_arguments():
    try:
        mx.sym.FullyConnected(*range(12))
    except TypeError as e:
        assert str(e) == "FullyConnected() takes from 0 to 9 positional arguments but 12 were given"
    else:
        raise AssertionError("no refusal")
