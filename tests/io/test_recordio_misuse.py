"""RecordIO misuse fails as MXNet's: bare assertions for the wrong mode, ctypes' messages for a bad buffer."""
import numpy as np
import pytest

import distnet as mx
from distnet import recordio


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
        assert str(info.value) == ""


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
    assert str(info.value) == message


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
