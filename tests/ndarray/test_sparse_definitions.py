"""csr_matrix/row_sparse_array from their parts follow MXNet's Python rules: shape inference, 'invalid shape',
float index NDArrays, and arrays holding indices beyond their shape."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

sp = mx.nd.sparse


def test_row_sparse_shape_is_inferred_from_the_last_index():
    a = sp.row_sparse_array(([[1, 2], [3, 4]], [2, 0]))
    assert a.shape == (1, 2)
    assert a.asnumpy().tolist() == [[3.0, 4.0]]      # the row beyond the shape is not written


def test_csr_column_outside_the_row_lands_in_the_next_row_as_mxnet_writes_it():
    a = sp.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 1, 3, 3]), shape=(3, 2))
    assert a.asnumpy().tolist() == [[0, 1], [2, 0], [3, 0]]


def test_csr_rows_are_walked_between_their_pointers():
    a = sp.csr_matrix(([1, 2, 3], [1, 0, 2], [0, 3, 1, 3]), shape=(3, 3))
    assert a.asnumpy().tolist() == [[2, 1, 3], [0, 0, 0], [2, 0, 3]]


@pytest.mark.parametrize("make", [
    lambda: sp.csr_matrix((mx.nd.array([1, 2]), mx.nd.array([1, 0]), mx.nd.array([0, 1, 2]))),
    lambda: sp.row_sparse_array((mx.nd.array([[1, 2]]), mx.nd.array([1], dtype="float64"))),
    lambda: sp.csr_matrix(([1], [1], [0, 1]), shape=(1, np.float32(2))),
])
def test_a_float_size_is_no_size(make):
    with pytest.raises(TypeError, match=r"'numpy\.float(32|64)' object cannot be interpreted as an integer"):
        make()


def test_integer_index_ndarrays_give_a_shape():
    a = sp.row_sparse_array((mx.nd.array([[1, 2]]), mx.nd.array([1], dtype="int32")))
    assert a.shape == (2, 2)
    assert sp.csr_matrix(([1], [1.0], [0.0, 1.0])).shape == (1, 2)     # lists are converted to int64 first


@pytest.mark.parametrize("make", [
    lambda: sp.csr_matrix(([[1]], [1], [0, 1]), shape=(1, 2)),
    lambda: sp.csr_matrix(([1], [[1]], [0, 1]), shape=(1, 2)),
    lambda: sp.csr_matrix(([1], [1], []), shape=(1, 2)),
    lambda: sp.csr_matrix(([1], [1], [0, 1]), shape=(1, 2, 3)),
    lambda: sp.row_sparse_array(([1, 2], [0, 1]), shape=(3, 2)),
    lambda: sp.row_sparse_array(([[1, 2]], [[0]]), shape=(3, 2)),
    lambda: sp.row_sparse_array((np.zeros((1, 0)), [0]), shape=(3, 0)),
    lambda: sp.row_sparse_array(([], []), shape=(2, 3)),
])
def test_parts_of_the_wrong_rank_are_an_invalid_shape(make):
    with pytest.raises(ValueError, match="invalid shape$"):
        make()


def test_parts_that_are_not_arrays():
    with pytest.raises(TypeError, match="values must be array like object"):
        sp.csr_matrix(([1, [2]], [1, 0], [0, 2]), shape=(1, 2))


def test_a_zero_size_inferred_shape_fails_when_read():
    a = sp.row_sparse_array(([[1, 2]], [-1]))
    assert a.shape == (0, 2)
    with pytest.raises(MXNetError, match="Operator cast_storage inferring shapes failed"):
        a.asnumpy()


def test_bool_arrays_cannot_change_storage():
    made = mx.nd.array([[1, 0]], dtype="bool").tostype("csr")     # made; its storage kernel fails when read
    with pytest.raises(MXNetError, match="Unknown type enum 7$"):
        made.asnumpy()


@pytest.mark.parametrize("source, message", [
    (np.ones((2, 2)), "Please use mx.nd.array to create an NDArray with source_array of type "),
    ([[1, 2]], "Unexpected source_array type: "),
])
def test_sparse_array_refuses_dense_sources_with_the_type_as_a_second_part(source, message):
    with pytest.raises(ValueError) as info:
        sp.array(source)
    assert info.value.args == (message, type(source))


def test_sparse_zeros_refuse_out_and_negative_sizes_as_mxnets_front_end():
    with pytest.raises(TypeError, match=r"ndarray._zeros\(\) got multiple values for keyword argument 'out'$"):
        sp.zeros("row_sparse", (2, 3), out=sp.zeros("row_sparse", (2, 3)))
    with pytest.raises(OverflowError, match="can't convert negative value to unsigned int$"):
        sp.zeros("csr", (2, -3))
    assert mx.nd.zeros((2, 3), stype="row_sparse", dtype="float64").dtype == np.float64


def test_an_unknown_dtype_is_numpys_type_error():
    with pytest.raises(TypeError, match="data type 'bogus' not understood"):
        sp.csr_matrix(np.ones((2, 2)), dtype="bogus")


def test_a_list_source_that_numpy_cannot_read_with_the_dtype_is_no_array():
    with pytest.raises(TypeError, match="source_array must be array like object$"):
        sp.csr_matrix([[1, 0], [0, 2]], dtype="bogus")


def test_sparse_zeros_reads_its_shape_and_dtype_as_mxnets_allocation():
    with pytest.raises(TypeError, match="cannot use a str to initialize an array with typecode 'I'"):
        mx.nd.sparse.zeros("csr", "ab", dtype="a")             # the shape first
    with pytest.raises(TypeError, match="'float' object cannot be interpreted as an integer"):
        mx.nd.sparse.zeros("row_sparse", (2.5, 2))
    with pytest.raises(KeyError):
        mx.nd.sparse.zeros("csr", (), dtype="int16")           # a type without a number, before the shape check
    with pytest.raises(MXNetError, match="expect Shape\\(tuple\\) but value='\\(True, 2\\)'"):
        mx.nd.sparse.zeros("row_sparse", (True, 2))             # the operator reads the shape's text
    with pytest.raises(MXNetError) as err:
        mx.nd.sparse.zeros("csr", [])
    assert message_of(err.value) == ("Operator _zeros inferring shapes failed.\ninput shapes:\noutput shapes:\nNone\noperator "
                              "attributes:\ndtype : float32\nctx : cpu(0)\nshape : []\n\n")


def test_sparse_zeros_reads_the_shape_before_the_context():
    with pytest.raises(TypeError, match="'NoneType' object is not iterable"):
        mx.nd.sparse.zeros("csr", None, ctx="a")
    with pytest.raises(AttributeError, match="'str' object has no attribute 'device_typeid'"):
        mx.nd.sparse.zeros("csr", (2, 2), ctx="a", dtype="a")   # the context before the type
