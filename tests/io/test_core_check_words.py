"""The file iterators' core checks carry exactly MXNet's words: no more than the check itself prints."""
import struct

import pytest

import distnet as mx
from distnet.base import message_of


def _logged(error):
    """The check the core's reading thread logged (its source line and words) in the error it raises."""
    return message_of(error).split("] ")[-1].rstrip("\n ")


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_round_batch_needs_as_many_samples_as_a_batch(tmp_path):
    path = _write(tmp_path, "d.csv", b"1,2,3\n")
    with pytest.raises(mx.MXNetError) as e:
        mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=3)
    assert _logged(e.value) == ("../src/io/./iter_batchloader.h:106: Check failed: base_->Next(): number of input "
                                "must be bigger than batch size")


def test_negative_batch_size_is_a_negative_shape_dim(tmp_path):
    path = _write(tmp_path, "d.csv", b"1,2,3\n")
    with pytest.raises(mx.MXNetError) as e:
        mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=-1)
    assert _logged(e.value) == ("../include/mxnet/./tuple.h:525: Check failed: dim_size_is_known(*it): Shape dim "
                                "size cannot be a negative value -1")


def test_negative_libsvm_index_fails_the_unsigned_parse_without_words(tmp_path):
    path = _write(tmp_path, "d.svm", b"1 -1:1\n")
    with pytest.raises(mx.MXNetError) as e:
        list(mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=1))
    assert _logged(e.value) == "../include/dmlc/./././strtonum.h:398: Check failed: sign == true (0 vs. 1) :"


def test_truncated_mnist_images_fail_the_read_check_without_words(tmp_path):
    images = _write(tmp_path, "im", struct.pack(">IIII", 2051, 7, 3, 2) + bytes(10))
    labels = _write(tmp_path, "lb", struct.pack(">II", 2049, 7) + bytes(7))
    with pytest.raises(mx.MXNetError) as e:
        mx.io.MNISTIter(image=images, label=labels, batch_size=2)
    assert message_of(e.value) == "Check failed: stdimg->Read(&ch, sizeof(ch) != 0): "
