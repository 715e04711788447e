"""mx.base's pure-Python helpers and mx.context's class property, as MXNet 1.9.1 has them."""
import copy
import ctypes
import os
import pickle
import threading
import types

import numpy as np
import pytest

import distnet as mx
from distnet import base
from distnet.base import message_of


def test_ctypes_helpers_build_arrays_as_mxnet():
    assert list(base.c_array(ctypes.c_int, [1, 2, 3])) == [1, 2, 3]
    assert list(base.c_array_buf(ctypes.c_float, np.array([1, 2], dtype=np.float32))) == [1.0, 2.0]
    assert list(base.c_str_array(["ab", "c"])) == [b"ab", b"c"] and base.c_str("x").value == b"x"
    assert len(base.c_handle_array([mx.nd.ones((1,)), mx.nd.ones((1,))])) == 2
    buf = (ctypes.c_char * 4)(*b"abcd")
    assert base.ctypes2buffer(ctypes.cast(buf, ctypes.POINTER(ctypes.c_char)), 4) == bytearray(b"abcd")
    floats = (ctypes.c_float * 4)(1, 2, 3, 4)
    shared = base.ctypes2numpy_shared(ctypes.cast(floats, base.mx_float_p), (2, 2))
    shared[0, 0] = 9
    assert shared.dtype == np.float32 and floats[0] == 9.0           # the memory is shared, not copied


def test_check_call_and_the_missing_library_fail_clearly():
    assert base.check_call(0) is None
    with pytest.raises(base.MXNetError) as failed:
        mx.nd.ones((2,)).reshape((3,))
    with pytest.raises(base.MXNetError) as again:      # the last failed check, as MXNet reads it back
        base.check_call(-1)
    assert str(again.value) == str(failed.value) and again.value is not failed.value
    with pytest.raises(base.MXNetError, match="no native MXNet library"):
        base._LIB.MXGetVersion
    assert base.__version__ == "1.9.1" and base.__all__ == ["MXNetError"]


def test_check_call_with_no_failed_check_fails_reading_the_empty_message(monkeypatch):
    monkeypatch.setattr(base, "_RECENT_ERRORS", [])
    base.MXNetError("a Python-side refusal")
    with pytest.raises(IndexError, match="list index out of range"):
        base.check_call(1)


def test_param_doc_and_op_name_helpers_as_mxnet():
    # measured on MXNet 1.9.1: duplicates and num_args are dropped, descriptions indented
    assert base.build_param_doc(["a", "b", "a", "num_args"], ["int", "float, optional", "x", "int"],
                                ["first", "second", "dup", "n"]) == \
        "Parameters\n----------\na : int\n    first\nb : float, optional\n    second\n"
    assert base._get_op_name_prefix("_contrib_foo") == "_contrib_" and base._get_op_name_prefix("foo") == ""
    assert base._is_np_op("_np_add") and not base._is_np_op("add") and base._output_is_list("_npi_split")
    assert base._get_op_submodule_name("_np__random_uniform", "_np_", base._NP_OP_SUBMODULE_LIST) == "_random_"
    assert base._get_op_submodule_name("_np_random_uniform", "_np_", base._NP_OP_SUBMODULE_LIST) == ""


def test_add_fileline_to_docstring_appends_the_source_line():
    def documented():
        """doc"""
    module = types.ModuleType("m")
    module.documented = documented
    base.add_fileline_to_docstring(module)
    assert documented.__doc__.startswith("doc\n\nFrom:" + os.path.abspath(__file__))
    base.add_fileline_to_docstring(module)
    assert documented.__doc__.count("From:") == 1


def test_class_property_with_a_setter_through_the_metaclass():
    class Holder(metaclass=base._MXClassPropertyMetaClass):
        _value = 3

        @base.classproperty
        def value(cls):
            return cls._value

        @value.setter
        def value(cls, new):
            cls._value = new

        @base.classproperty
        def fixed(cls):
            return 1

    Holder.value = 5
    assert Holder.value == 5 and Holder().value == 5
    with pytest.raises(base.MXNetError):
        Holder.fixed = 2


def test_default_ctx_sets_this_threads_default_context():
    seen = []
    try:
        mx.Context.default_ctx = mx.cpu(2)
        assert mx.current_context() == mx.cpu(2) and mx.cpu(1).default_ctx == mx.cpu(2)
        with mx.cpu(4):
            assert mx.Context.default_ctx == mx.cpu(4)
        thread = threading.Thread(target=lambda: seen.append(mx.current_context()))
        thread.start()
        thread.join(timeout=10)
        assert seen == [mx.cpu(0)] and mx.context.Context._default_ctx.value == mx.cpu(2)
    finally:
        mx.Context.default_ctx = mx.cpu(0)
    with pytest.raises(base.MXNetError, match="Cannot Free space"):
        mx.cpu_pinned(7).empty_cache()           # MXNet 1.9.1: nothing was allocated on that device yet
    mx.nd.zeros((1,), ctx=mx.cpu_pinned(7))
    mx.cpu_pinned(7).empty_cache()


def test_every_cpu_id_empties_the_one_cpu_storage_pool():
    mx.nd.zeros((1,), ctx=mx.cpu(0)).wait_to_read()
    mx.cpu(9).empty_cache()                      # MXNet keeps one pool for all cpu ids
    with pytest.raises(base.MXNetError, match="Cannot Free space"):
        mx.cpu_pinned(9).empty_cache()           # a pinned pool per id: none made on cpu_pinned(9)


def test_with_metaclass_builds_the_subclass_with_the_given_bases_only():
    class Tagging(type):
        def __new__(mcs, name, bases, namespace):
            namespace["tag"] = name
            return super().__new__(mcs, name, bases, namespace)

    class Base:
        pass

    class Derived(base.with_metaclass(Tagging, Base)):
        pass

    assert type(base.with_metaclass(Tagging)).__name__ == "metaclass"
    assert type(Derived) is Tagging and Derived.__mro__ == (Derived, Base, object) and Derived.tag == "Derived"


def test_op_submodule_name_refuses_another_prefix_with_a_bare_assertion():
    with pytest.raises(AssertionError) as caught:
        base._get_op_submodule_name("sum", "_np_", base._NP_OP_SUBMODULE_LIST)
    assert message_of(caught.value) == ""
    assert base._get_op_submodule_name("_np__random_uniform", "_np_", base._NP_OP_SUBMODULE_LIST) == "_random_"


def test_value_text_shows_default_reprs_under_mxnet_module_names():
    metric = mx.metric.MAE()
    text = base.value_text([metric, "distnet.x", mx.gluon.loss.L2Loss])
    assert text == (f"[<mxnet.metric.MAE object at {hex(id(metric))}>, 'distnet.x', "
                    "<class 'mxnet.gluon.loss.L2Loss'>]")
    assert base.value_text(mx.cpu()) == "cpu(0)"


def test_an_object_holding_a_c_handle_refuses_pickle_and_deepcopy_but_shallow_copies():
    class Handle(base.HoldsCHandle):
        def __init__(self):
            self.state = [1]

    held = Handle()
    for refused in (pickle.dumps, copy.deepcopy):
        with pytest.raises(ValueError, match="ctypes objects containing pointers cannot be pickled"):
            refused(held)
    twin = copy.copy(held)
    assert type(twin) is Handle and twin is not held and twin.state is held.state
