"""CSVIter opens both files before parsing either, and reports file and row problems with MXNet's checks."""
import numpy as np
import pytest

import distnet as mx


@pytest.fixture
def files(tmp_path):
    for name, text in {"d.csv": "1,2,3\n4,5,6\n", "bad.csv": "1,2\n", "empty.csv": "", "l1.csv": "0\n"}.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def make(files, data, label="NULL", shape=(3,)):
    return mx.io.CSVIter(data_csv=str(files / data), label_csv=label if label == "NULL" else str(files / label),
                         data_shape=shape, batch_size=2)


def test_missing_label_file_is_found_before_a_bad_data_row(files):
    # a path with a directory part is a pattern matched against the directory's files
    with pytest.raises(mx.MXNetError, match="Cannot find any files that matches the URI pattern .*/nosuch.csv$"):
        make(files, "bad.csv", "nosuch.csv")


def test_a_bare_file_name_is_looked_up_and_a_missing_directory_listed(files, monkeypatch):
    monkeypatch.chdir(files)
    with pytest.raises(mx.MXNetError, match="LocalFileSystem.GetPathInfo: nosuch.csv error: No such file"):
        mx.io.CSVIter(data_csv="nosuch.csv", data_shape=(3,), batch_size=2)
    with pytest.raises(mx.MXNetError, match="LocalFileSystem.ListDirectory nodir error: No such file or directory$"):
        mx.io.CSVIter(data_csv="nodir/d.csv", data_shape=(3,), batch_size=2)
    with pytest.raises(mx.MXNetError, match="Check failed: name_cache.size"):
        mx.io.CSVIter(data_csv="", data_shape=(3,), batch_size=2)


def test_patterns_and_lists_of_files_are_read_one_after_the_other(files):
    (files / "e.csv").write_text("7,8,9")        # no newline at its end: the next file starts a new row
    it = mx.io.CSVIter(data_csv=f"{files}/e.csv;{files}/d.csv", data_shape=(3,), batch_size=3)
    assert next(it).data[0].asnumpy().tolist() == [[7, 8, 9], [1, 2, 3], [4, 5, 6]]
    it = mx.io.CSVIter(data_csv=str(files / "d.cs."), data_shape=(3,), batch_size=2)      # a regular expression
    assert next(it).data[0].asnumpy().tolist() == [[1, 2, 3], [4, 5, 6]]


def test_empty_file_has_nothing_to_read(files):
    with pytest.raises(mx.MXNetError, match=r"files_.size\(\) != 0U \(0 vs. 0\) : Cannot find any files"):
        make(files, "bad.csv", "empty.csv")


@pytest.mark.parametrize("data, shape, values", [("bad.csv", (3,), r"\(2 vs. 3\)"), ("d.csv", (1, 2), r"\(3 vs. 2\)")])
def test_row_length_must_be_the_shape_size(files, data, shape, values):
    with pytest.raises(mx.MXNetError, match=r"row.length == shape.Size\(\) " + values):
        make(files, data, shape=shape)


def test_short_label_file_names_csv(files):
    with pytest.raises(mx.MXNetError, match="Data CSV's row is smaller than the number of rows in label_csv"):
        list(make(files, "d.csv", "l1.csv"))


@pytest.mark.parametrize("batch_size, check", [(-1, r"dim_size_is_known\(\*it\)"), (-3, r"dim_size >= -1 \(-3 vs. -1\)")])
def test_negative_batch_size_fails_the_batch_shape(files, batch_size, check):
    with pytest.raises(mx.MXNetError, match="Check failed: " + check):
        mx.io.CSVIter(data_csv=str(files / "d.csv"), data_shape=(3,), batch_size=batch_size)


def test_a_bad_row_is_found_before_a_negative_batch_size(files):
    with pytest.raises(mx.MXNetError, match=r"row.length == shape.Size\(\)"):
        mx.io.CSVIter(data_csv=str(files / "bad.csv"), data_shape=(3,), batch_size=-1)


def test_dtype_is_read_as_its_text(files):
    it = mx.io.CSVIter(data_csv=str(files / "d.csv"), data_shape=(3,), batch_size=2, dtype=np.dtype("int32"))
    assert it.provide_data[0].dtype is np.int32
    with pytest.raises(mx.MXNetError, match="Invalid Input: '<class 'numpy.float32'>'"):
        mx.io.CSVIter(data_csv=str(files / "d.csv"), data_shape=(3,), batch_size=2, dtype=np.float32)
    with pytest.raises(mx.MXNetError, match="Check failed: false: None is not supported for CSVIter"):
        mx.io.CSVIter(data_csv=str(files / "d.csv"), data_shape=(3,), batch_size=2, dtype=None)


def test_batch_that_cannot_be_filled_names_the_reader(files):
    with pytest.raises(mx.MXNetError, match=r"Check failed: base_->Next\(\): number of input must be bigger"):
        mx.io.CSVIter(data_csv=str(files / "d.csv"), data_shape=(3,), batch_size=5)
