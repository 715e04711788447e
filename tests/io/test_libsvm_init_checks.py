"""LibSVMIter checks its parameters and files in the core's order, with the core's check messages."""
import pytest

import distnet as mx

DATA = "1 0:1.5 2:2\n0 1:3\n2 0:-1 1:1 2:1\n"


@pytest.fixture
def svm(tmp_path):
    path = tmp_path / "d.t"
    path.write_text(DATA)
    return str(path)


def make(path, **kwargs):
    return mx.io.LibSVMIter(**dict(dict(data_libsvm=path, data_shape=(4,), batch_size=2), **kwargs))


@pytest.mark.parametrize("kwargs, message", [
    (dict(data_shape=(2, 2), num_parts=0, data_libsvm="nosuch"), r"data_shape.ndim\(\) == 1 \(2 vs. 1\) : dimension"),
    (dict(data_shape=()), r"data_shape.ndim\(\) == 1 \(0 vs. 1\)"),
    (dict(num_parts=0, label_shape=(2,)), r"param_.num_parts > 0 \(0 vs. 0\) : number of parts should be positive"),
    (dict(part_index=-1), r"param_.part_index >= 0 \(-1 vs. 0\) : part index should be non-negative"),
    (dict(num_parts=2, part_index=2, data_libsvm="nosuch"), "part < nsplit: invalid input parameter"),
    (dict(data_libsvm="nosuch", label_shape=(2,)), "LocalFileSystem.GetPathInfo: nosuch error: No such file"),
    (dict(label_libsvm="nosuch", label_shape=(1,)), "LocalFileSystem.GetPathInfo: nosuch error"),
    (dict(label_shape=(2,), round_batch=False), r"label_shape.Size\(\) == 1 \(2 vs. 1\) : label_shape is expected"),
    (dict(round_batch=False, dtype="float64"), "sparse batch loader doesn't support round_batch == false yet"),
])
def test_first_failing_check_is_reported(svm, kwargs, message):
    with pytest.raises(mx.MXNetError, match=message):
        make(svm, **kwargs)


def test_label_file_needs_a_label_shape_of_more_than_one(svm):
    with pytest.raises(mx.MXNetError, match=r"label_shape.Size\(\) > 1 \(1 vs. 1\) : label_shape is not expected"):
        make(svm, label_libsvm=svm)


def test_label_file_shorter_than_data_names_libsvm(svm, tmp_path):
    short = tmp_path / "l.t"
    short.write_text("0:1\n")
    with pytest.raises(mx.MXNetError, match="Data LibSVM's row is smaller than the number of rows in label_libsvm"):
        list(make(svm, label_libsvm=str(short), label_shape=(2,)))


def test_query_id_after_the_label_is_skipped(tmp_path):
    path = tmp_path / "q.t"
    path.write_text("1 qid:3 0:1\n0 qid:1 1:2 2:3\n")
    batch = next(make(str(path)))
    assert batch.data[0].asnumpy().tolist() == [[1, 0, 0, 0], [0, 2, 3, 0]]
    assert batch.label[0].asnumpy().tolist() == [1, 0]


def test_query_id_elsewhere_is_malformed(tmp_path):
    path = tmp_path / "q.t"
    path.write_text("1 0:1 qid:3 2:1\n")
    with pytest.raises(mx.MXNetError, match="offset.back"):
        make(str(path))


def test_negative_index_fails_the_unsigned_parse(tmp_path):
    path = tmp_path / "n.t"
    path.write_text("1 -1:2\n")
    with pytest.raises(mx.MXNetError, match=r"Check failed: sign == true \(0 vs. 1\)"):
        make(str(path))


def test_negative_batch_size_fails_the_sparse_batch_shape(svm):
    # the sparse buffer holds batch_size times the first sample's entries (two here)
    with pytest.raises(mx.MXNetError, match=r"Check failed: dim_size >= -1 \(-6 vs. -1\)"):
        make(svm, batch_size=-3, dtype="float64")


@pytest.mark.parametrize("dtype, c_type", [("int32", "int"), ("float64", "double"), ("float16", "half"),
                                            ("int64", "long long"), ("uint8", "unsigned char")])
def test_other_dtypes_fail_the_float32_batch_copy_naming_the_c_type(svm, dtype, c_type):
    with pytest.raises(mx.MXNetError, match=r"kFlag == type_flag_: TBlob.get_with_shape: data type do not match "
                                            rf"specified type.Expected: {c_type} v.s. given float\n\n$"):
        make(svm, dtype=dtype)


@pytest.mark.parametrize("label_shape, check", [((3, 1), r"dns->shape_.ndim\(\) == 2 \(3 vs. 2\)"),
                                                ((1, 3), r"storage_type\(\) == kDefaultStorage \(2 vs. 0\)")])
def test_label_shape_of_more_than_one_axis_fails_the_first_batch(svm, tmp_path, label_shape, check):
    labels = tmp_path / "l.t"
    labels.write_text("0 0:1\n0 1:3\n0 2:1\n")
    with pytest.raises(mx.MXNetError, match="Check failed: " + check):
        make(svm, label_libsvm=str(labels), label_shape=label_shape)
    assert make(svm, label_libsvm=str(labels), label_shape=(3,)).provide_label[0].shape == (2, 3)


def test_batch_larger_than_twice_the_data_names_the_sparse_reader(tmp_path):
    path = tmp_path / "one.t"
    path.write_text("3 0:1 1:1\n")
    with pytest.raises(mx.MXNetError, match=r"Check failed: sparse_base_->Next\(\): number of input must be bigger"):
        make(str(path), batch_size=3)
