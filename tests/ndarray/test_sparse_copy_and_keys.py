"""Sparse copies across storage types need one dtype; sparse keys and copy targets are refused in MXNet's words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

sp = mx.nd.sparse
D = np.array([[0, 1, 0], [2, 0, 3]], dtype="float32")
MISMATCH = r"TBlob.get_with_shape: data type do not match specified type.Expected: {} v.s. given {}$"


@pytest.mark.parametrize("source, target, expected, given", [
    (lambda: sp.csr_matrix(D), lambda: mx.nd.zeros((2, 3), dtype="float64"), "float", "double"),
    (lambda: sp.row_sparse_array(D), lambda: mx.nd.zeros((2, 3), dtype="int32"), "float", "int"),
    (lambda: mx.nd.array(D), lambda: sp.zeros("csr", (2, 3), dtype="float64"), "double", "float"),
    (lambda: mx.nd.array(D), lambda: sp.zeros("row_sparse", (2, 3), dtype="float16"), "half", "float"),
])
def test_copies_between_sparse_and_dense_need_one_dtype(source, target, expected, given):
    copied = source().copyto(target())        # MXNet's copy kernel checks: raised when the target is read
    with pytest.raises(MXNetError, match=MISMATCH.format(expected, given)):
        copied.asnumpy()


def test_copies_within_a_storage_type_cast():
    assert sp.csr_matrix(D).copyto(sp.zeros("csr", (2, 3), dtype="int64")).dtype == np.int64
    assert mx.nd.array(D).copyto(mx.nd.zeros((2, 3), dtype="float16")).dtype == np.float16
    assert sp.row_sparse_array(D).copyto(mx.nd.zeros((2, 3))).asnumpy().tolist() == D.tolist()


def test_copyto_names_the_refused_type_as_python_shows_it():
    with pytest.raises(TypeError, match="copyto does not support type <class 'str'>$"):
        sp.csr_matrix(D).copyto("cpu")


@pytest.mark.parametrize("key", [1, [0, 1], None, Ellipsis, 1.0])
def test_row_sparse_keys_are_undefined_behaviour(key):
    if isinstance(key, int):
        with pytest.raises(Exception, match="__getitem__ with int key is not implemented"):
            sp.row_sparse_array(D)[key]
        return
    with pytest.raises(ValueError, match=f"Undefined behaviour for {key}$".replace("[", r"\[").replace("]", r"\]")):
        sp.row_sparse_array(D)[key]


def test_assignment_keys():
    rsp = sp.row_sparse_array(D)
    with pytest.raises(TypeError, match=r"RowSparseNDArray only supports \[:\] for assignment$"):
        rsp[1] = 1
    with pytest.raises(AssertionError) as info:
        rsp[None] = 1
    assert message_of(info.value) == ""


def test_csr_rows_outside_fail_shape_inference():
    csr = sp.csr_matrix(D)
    assert csr[-2].asnumpy().tolist() == [D[0].tolist()]
    for key in (2, -3, slice(1, 1), slice(5, 9)):     # a csr of no rows, whose dense copy cannot infer its shape
        empty = csr[key]
        assert empty.stype == "csr" and empty.shape == (0, D.shape[1])
        with pytest.raises(MXNetError, match="Operator cast_storage inferring shapes failed.\ninput shapes:\n"):
            empty.asnumpy()
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for begin expect Shape\(tuple\) but "
                                         r"value='True', in operator slice\(name=\"\", "):
        csr[True]


@pytest.mark.parametrize("stype, cls", [("csr", "CSRNDArray"), ("row_sparse", "RowSparseNDArray")])
def test_a_wrong_sparse_method_call_names_the_class_mxnet_defines_it_on(stype, cls):
    a = mx.nd.sparse.zeros(stype, (2, 2))
    for call, message in [(lambda: a.tostype(), f"{cls}.tostype() missing 1 required positional argument: 'stype'"),
                          (lambda: a.copyto(), f"{cls}.copyto() missing 1 required positional argument: 'other'"),
                          (lambda: a.copy(1), "NDArray.copy() takes 1 positional argument but 2 were given"),
                          (lambda: a.asscalar(1), "NDArray.asscalar() takes 1 positional argument but 2 were given"),
                          (lambda: a.check_format(1, 2), "BaseSparseNDArray.check_format() takes from 1 to 2 "
                                                         "positional arguments but 3 were given"),
                          (lambda: a.as_np_ndarray(1), "NDArray.as_np_ndarray() takes 1 positional argument but "
                                                       "2 were given")]:
        with pytest.raises(TypeError) as err:
            call()
        assert message_of(err.value) == message


def test_symbol_as_np_ndarray_is_named_as_a_symbol_method():
    with pytest.raises(TypeError) as err:
        mx.sym.var("x").as_np_ndarray(1)
    assert message_of(err.value) == "Symbol.as_np_ndarray() takes 1 positional argument but 2 were given"


@pytest.mark.parametrize("fn, takes", [(mx.nd.sparse.abs, 3), (mx.nd.sparse.where, 5), (mx.nd.sparse.Embedding, 8),
                                       (mx.nd.image.adjust_lighting, 4)])
def test_too_many_positions_to_a_front_end_function_fail_before_its_input_checks(fn, takes):
    with pytest.raises(TypeError) as err:
        fn(*[1] * (takes + 1))
    assert message_of(err.value) == (f"{fn.__name__}() takes from 0 to {takes} positional arguments but {takes + 1} were "
                              "given")


def test_a_variadic_front_end_function_keeps_its_input_check():
    with pytest.raises(AssertionError):
        mx.nd.sparse.add_n(*[1] * 9)
