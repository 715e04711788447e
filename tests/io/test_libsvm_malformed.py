"""LibSVMIter refuses malformed features and a label_shape that contradicts label_libsvm with MXNetError."""
import pytest

import distnet as mx
from distnet.base import message_of


_ROW_CHECK = r"row_block.h:177: Check failed: offset.back\(\) == value.size\(\) \|\| value.size\(\) == 0: \n\n$"


def _write(tmp_path, text):
    path = tmp_path / "d.libsvm"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("text", ["1 0:2 1\n", "1 0:2:3\n", "1 2 0:1.5\n"])
def test_feature_that_is_not_index_colon_value_is_mxnet_error(tmp_path, text):
    with pytest.raises(mx.MXNetError, match=_ROW_CHECK):
        it = mx.io.LibSVMIter(data_libsvm=_write(tmp_path, text), data_shape=(3,), batch_size=1)
        list(it)


def test_label_shape_is_checked_before_the_file_is_parsed(tmp_path):
    malformed = _write(tmp_path, "1 2 0:1.5\n")
    with pytest.raises(mx.MXNetError, match="label_shape is expected to be \\(1,\\) when param_.label_libsvm is NULL"):
        mx.io.LibSVMIter(data_libsvm=malformed, data_shape=(3,), label_shape=(2,), batch_size=1)


def test_label_with_weight_still_reads(tmp_path):
    it = mx.io.LibSVMIter(data_libsvm=_write(tmp_path, "1:3 0:2\n"), data_shape=(3,), batch_size=1)
    batch = next(it)
    assert batch.data[0].asnumpy().tolist() == [[2.0, 0.0, 0.0]]
    assert batch.label[0].asnumpy().tolist() == [1.0]


@pytest.mark.parametrize("text", ["1,2 0:1\n", "1 0:1\n3,4 2:3\n", "1,2,3 0:1\n"])
def test_a_label_list_fails_the_row_check(tmp_path, text):
    with pytest.raises(mx.MXNetError) as e:
        list(mx.io.LibSVMIter(data_libsvm=_write(tmp_path, text), data_shape=(3,), batch_size=1))
    assert message_of(e.value).endswith("] ../3rdparty/dmlc-core/src/data/./row_block.h:177: Check failed: "
                                        "offset.back() == value.size() || value.size() == 0: \n\n")


def test_a_label_with_a_trailing_comma_is_one_label(tmp_path):
    it = mx.io.LibSVMIter(data_libsvm=_write(tmp_path, "1, 0:1\n2, 1:1\n"), data_shape=(3,), batch_size=2)
    assert it.next().label[0].asnumpy().tolist() == [1.0, 2.0]
