"""The built-in iterators check prefetch_buffer, ctx and dtype first, in the order given, as MXNet's prefetcher."""
import re

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.fixture
def csv(tmp_path):
    path = tmp_path / "d.csv"
    np.savetxt(path, np.arange(12).reshape(4, 3), delimiter=",")
    return str(path)


@pytest.mark.parametrize("ctx", ["tpu", "CPU", " cpu", 3, mx.cpu()])
def test_ctx_outside_cpu_and_gpu_is_refused(csv, ctx):
    with pytest.raises(MXNetError, match=re.escape("Invalid Input: '%s', valid values are: {'cpu', 'gpu'}" % ctx)):
        mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, ctx=ctx)


@pytest.mark.parametrize("ctx", ["cpu", "gpu"])
def test_ctx_cpu_or_gpu_is_accepted(csv, ctx):
    assert mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, ctx=ctx).provide_data[0].shape == (2, 3)


@pytest.mark.parametrize("value", ["x", 2.5, "1e3", True])
def test_prefetch_buffer_must_be_integer_text(csv, value):
    with pytest.raises(MXNetError, match="Invalid Parameter format for prefetch_buffer expect long"):
        mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, prefetch_buffer=value)
    mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, prefetch_buffer=" 3 ")


def test_prefetcher_parameters_come_before_a_missing_batch_size(csv):
    with pytest.raises(MXNetError, match="Invalid Input: 'bool'"):
        mx.io.CSVIter(data_csv=csv, data_shape=(3,), dtype="bool")
    with pytest.raises(MXNetError, match="Invalid Input: 'tpu'"):
        mx.io.CSVIter(data_shape=(3,), batch_size=2, ctx="tpu")
    with pytest.raises(MXNetError, match="Invalid Input: 'tpu'"):
        mx.io.MNISTIter(image="nosuch", label="nosuch", batch_size=0, ctx="tpu")


def test_the_first_bad_prefetcher_parameter_given_is_reported(csv):
    with pytest.raises(MXNetError, match="Invalid Input: 'tpu'"):
        mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, ctx="tpu", dtype="bool")
    with pytest.raises(MXNetError, match="Invalid Input: 'bool'"):
        mx.io.CSVIter(data_csv=csv, data_shape=(3,), batch_size=2, dtype="bool", ctx="tpu")
    with pytest.raises(MXNetError, match="prefetch_buffer"):
        mx.io.LibSVMIter(data_libsvm=csv, data_shape=(3,), batch_size=2, prefetch_buffer="x", ctx="tpu")


@pytest.mark.parametrize("name", ["ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter", "ImageRecordInt8Iter",
                                  "ImageDetRecordIter"])
def test_record_iterators_check_the_prefetcher_parameters_first(name):
    make = getattr(mx.io, name)
    with pytest.raises(MXNetError, match="Invalid Input: 'tpu'"):
        make(path_imgrec="nosuch.rec", batch_size=1, ctx="tpu", rand_crop="x")
    with pytest.raises(MXNetError, match="Invalid Input: 'bool'"):
        make(path_imgrec="nosuch.rec", data_shape=(3, 8, 8), batch_size=1, dtype="bool")
    with pytest.raises(MXNetError, match="prefetch_buffer expect long"):
        make(path_imgrec="nosuch.rec", data_shape=(3, 8, 8), batch_size=1, prefetch_buffer=2.5)
