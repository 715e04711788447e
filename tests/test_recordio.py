"""RecordIO: byte-compatible with MXNet's files, indexed access, image-record headers."""
import struct

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

# Recorded from MXNet 1.9.1: three packed records, then a record containing unaligned magic numbers.
MXNET_BYTES = bytes.fromhex(
    "0a23d7ce1d00000000000000000000000000000000000000000000000000000068656c6c6f0000000a23d7ce22000000"
    "000000000000803f0100000000000000000000000000000068656c6c6f68656c6c6f00000a23d7ce27000000000000000000"
    "00400200000000000000000000000000000068656c6c6f68656c6c6f68656c6c6f000a23d7ce0f00000061620a23d7ce63"
    "6465660a23d7ce7800")
MAGIC = struct.pack("<I", 0xCED7230A)


def write_sample(rec, idx):
    w = mx.recordio.MXIndexedRecordIO(str(idx), str(rec), "w")
    for i in range(3):
        w.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), b"hello" * (i + 1)))
    w.write_idx(3, b"ab" + MAGIC + b"cdef" + MAGIC + b"x")
    w.close()


def test_written_bytes_match_mxnet(tmp_path):
    write_sample(tmp_path / "a.rec", tmp_path / "a.idx")
    assert (tmp_path / "a.rec").read_bytes() == MXNET_BYTES


def test_indexed_read_back(tmp_path):
    write_sample(tmp_path / "a.rec", tmp_path / "a.idx")
    r = mx.recordio.MXIndexedRecordIO(str(tmp_path / "a.idx"), str(tmp_path / "a.rec"), "r")
    assert r.keys == [0, 1, 2, 3]
    header, payload = mx.recordio.unpack(r.read_idx(2))
    assert (header.label, header.id, payload) == (2.0, 2, b"hello" * 3)
    assert r.read_idx(3) == b"ab" + MAGIC + b"cdef" + MAGIC + b"x"


def test_aligned_magic_is_split_and_rejoined(tmp_path):
    data = b"abcd" + MAGIC + b"efgh" + MAGIC
    w = mx.recordio.MXRecordIO(str(tmp_path / "m.rec"), "w")
    w.write(data)
    w.write(b"next")
    w.close()
    r = mx.recordio.MXRecordIO(str(tmp_path / "m.rec"), "r")
    assert r.read() == data and r.read() == b"next" and r.read() is None


def test_label_arrays_in_headers():
    s = mx.recordio.pack(mx.recordio.IRHeader(0, [1.0, 2.0], 9, 0), b"z")
    header, payload = mx.recordio.unpack(s)
    assert header.flag == 2 and np.array_equal(header.label, [1.0, 2.0]) and payload == b"z"


def test_pack_concatenates_the_payload_as_given():
    header = mx.recordio.IRHeader(0, 1, 2, 0)
    assert mx.recordio.pack(header, bytearray(b"ab")).hex() == "000000000000803f020000000000000000000000000000006162"
    with pytest.raises(TypeError, match="can't concat str to bytes"):
        mx.recordio.pack(header, "ab")
    with pytest.raises(TypeError):        # numpy's UFuncTypeError, as in MXNet
        mx.recordio.pack(header, np.arange(2, dtype=np.uint8))


def test_truncated_file_is_a_clear_error(tmp_path):
    (tmp_path / "t.rec").write_bytes(MXNET_BYTES[:20])
    r = mx.recordio.MXRecordIO(str(tmp_path / "t.rec"), "r")
    with pytest.raises(mx.MXNetError, match=r"Check failed: stream_->Read\(.*\) == upper_align: Invalid RecordIO "
                                            r"File upper_align=\d+$"):
        r.read()


@pytest.mark.parametrize("data, words", [
    (b"\x0a\x23\xd7", "Check failed: nread == sizeof(header): Inavlid RecordIO File"),        # MXNet's spelling
    (b"\0" * 12, "Check failed: header[0] == RecordIOWriter: :kMagic: Invalid RecordIO File"),
    (b"\x0a\x23\xd7\xce\x03\0\0\0abc", "Check failed: stream_->Read(BeginPtr(*out_rec) + size, upper_align) == "
                                       "upper_align: Invalid RecordIO File upper_align=4"),      # padding missing
])
def test_damaged_records_fail_in_the_readers_words(tmp_path, data, words):
    (tmp_path / "d.rec").write_bytes(data)
    with pytest.raises(mx.MXNetError) as e:
        mx.recordio.MXRecordIO(str(tmp_path / "d.rec"), "r").read()
    assert message_of(e.value) == words


def test_a_file_ending_inside_a_split_record_just_ends(tmp_path):
    (tmp_path / "s.rec").write_bytes(b"\x0a\x23\xd7\xce" + (1 << 29 | 3).to_bytes(4, "little") + b"abc\0")
    assert mx.recordio.MXRecordIO(str(tmp_path / "s.rec"), "r").read() is None


def test_a_missing_file_is_an_mxnet_error_naming_it(tmp_path):
    missing = str(tmp_path / "nope" / "data.rec")
    with pytest.raises(MXNetError, match="nope/data.rec"):
        mx.recordio.MXRecordIO(missing, "r")
    with pytest.raises(ValueError, match="Invalid flag"):
        mx.recordio.MXRecordIO(missing, "a")


def test_pack_with_a_number_label_stores_flag_zero_as_mxnet():
    header, payload = mx.recordio.unpack(mx.recordio.pack((5, 2.0, 7, 1), b"xyz"))
    assert tuple(header) == (0, 2.0, 7, 1) and payload == b"xyz"


def test_pickled_record_file_reopens_by_path_and_closes_the_original(tmp_path):
    import pickle
    idx, rec = str(tmp_path / "a.idx"), str(tmp_path / "a.rec")
    w = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    for i in range(3):
        w.write_idx(i, b"rec%d" % i)
    w.close()
    r = mx.recordio.MXIndexedRecordIO(idx, rec, "r")
    copy = pickle.loads(pickle.dumps(r))
    assert r.is_open is False                       # MXNet closes the pickled object
    assert copy.is_open and copy.keys == [0, 1, 2] and copy.read_idx(1) == b"rec1" and copy.read() == b"rec2"
    copy.close()
    assert pickle.loads(pickle.dumps(copy)).is_open is False
    with pytest.raises(FileNotFoundError):
        mx.recordio.MXIndexedRecordIO(str(tmp_path / "missing.idx"), rec, "r")


def test_write_takes_bytes_only_as_mxnets_ctypes_call(tmp_path):
    writer = mx.recordio.MXRecordIO(str(tmp_path / "a.rec"), "w")
    for bad in (bytearray(b"ab"), "text"):
        with pytest.raises(TypeError, match="bytes or integer address expected"):
            writer.write(bad)
    writer.close()


def test_index_file_keeps_one_line_per_write_idx(tmp_path):
    idx, rec = str(tmp_path / "k.idx"), str(tmp_path / "k.rec")
    writer = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    writer.write_idx(3, b"abc")
    writer.write_idx(3, b"def")
    writer.close()
    assert open(idx).read() == "3\t0\n3\t12\n"          # as MXNet writes it
    reader = mx.recordio.MXIndexedRecordIO(idx, rec, "r")
    assert reader.keys == [3, 3] and reader.read_idx(3) == b"def"


def test_index_file_is_open_beside_the_record_file(tmp_path):
    idx, rec = str(tmp_path / "f.idx"), str(tmp_path / "f.rec")
    writer = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    assert writer.fidx.mode == "w" and open(idx).read() == ""      # created (empty) when opened, as MXNet
    writer.write_idx(0, b"abc")
    writer.fidx.flush()
    assert open(idx).read() == "0\t0\n"
    writer.close()
    assert writer.fidx.closed
    reader = mx.recordio.MXIndexedRecordIO(idx, rec, "r")
    assert reader.fidx.mode == "r" and not reader.fidx.closed and reader.read_idx(0) == b"abc"
