"""RecordIO misuse fails as MXNet's: bare assertions for the wrong mode, ctypes' messages for a bad buffer."""
import numpy as np
import pytest

import distnet as mx
from distnet import recordio
from distnet.base import message_of


@pytest.fixture
def files(tmp_path):
    idx, rec = str(tmp_path / "a.idx"), str(tmp_path / "a.rec")
    writer = recordio.MXIndexedRecordIO(idx, rec, "w")
    writer.write_idx(0, b"zero")
    writer.close()
    return idx, rec


def test_wrong_mode_is_a_bare_assertion(files):
    idx, rec = files
    reader = recordio.MXIndexedRecordIO(idx, rec, "r")
    writer = recordio.MXIndexedRecordIO(idx + "2", rec + "2", "w")
    for misuse in (lambda: reader.write(b"x"), reader.tell, lambda: reader.write_idx(1, b"x"),
                   writer.read, lambda: writer.seek(0)):
        with pytest.raises(AssertionError) as info:
            misuse()
        assert message_of(info.value) == ""


@pytest.mark.parametrize("buf, message", [
    (5, "object of type 'int' has no len()"),
    (None, "object of type 'NoneType' has no len()"),
    ("x", "bytes or integer address expected instead of str instance"),
    (np.ones(2), "bytes or integer address expected instead of numpy.ndarray instance"),
    (np.float32(1), "bytes or integer address expected instead of numpy.float32 instance"),
    (mx.nd.ones(2), "bytes or integer address expected instead of NDArray instance"),
])
def test_bad_buffer_has_ctypes_message(tmp_path, buf, message):
    writer = recordio.MXRecordIO(str(tmp_path / "b.rec"), "w")
    with pytest.raises(TypeError) as info:
        writer.write(buf)
    assert message_of(info.value) == message


def test_refused_record_leaves_no_index_entry(tmp_path):
    idx = str(tmp_path / "c.idx")
    writer = recordio.MXIndexedRecordIO(idx, str(tmp_path / "c.rec"), "w")
    with pytest.raises(TypeError):
        writer.write_idx(5, "text")
    writer.write_idx(6, b"y")
    writer.close()
    assert writer.keys == [6] and writer.idx == {6: 0}
    with open(idx) as f:
        assert f.read() == "6\t0\n"


@pytest.mark.parametrize("label", [mx.nd.array([1, 2]), mx.np.array([1, 2]), (mx.nd.array([1])[0],),
                                   [mx.nd.array([1]), mx.nd.array([2])]])
def test_label_holding_mxnet_arrays_fails_as_numpy_reads_them_in_mxnet(label):
    with pytest.raises(ValueError, match="exceed the maximum number of dimension of 32"):
        recordio.pack(recordio.IRHeader(0, label, 1, 0), b"x")


def test_label_of_numbers_and_numpy_arrays_packs():
    header, _ = recordio.unpack(recordio.pack(recordio.IRHeader(0, np.array([1.5, 2]), 1, 0), b"x"))
    assert header.flag == 2 and header.label.tolist() == [1.5, 2.0]
    header, _ = recordio.unpack(recordio.pack(recordio.IRHeader(0, mx.nd.array([3.0]).asscalar(), 1, 0), b"x"))
    assert header.flag == 0 and header.label == 3.0
