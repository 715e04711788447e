"""MXNet's NDArray file format: files written by MXNet 1.9.1 (data/*.params) both read and reproduced."""
import os
import struct

import numpy as np
import pytest

from distnet.base import MXNetError, message_of
from distnet.ndarray import serialize
from distnet.ndarray.serialize import load_arrays, load_arrays_from_buffer, save_arrays, save_arrays_to_buffer
from distnet.util import np_shape

from serialize_cases import cases

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
CASES = cases()


def fixture_bytes(name):
    with open(os.path.join(DATA, name + ".params"), "rb") as f:
        return f.read()


def assert_same_arrays(got, expected):
    if isinstance(expected, dict) and expected:
        assert isinstance(got, dict) and list(got) == list(expected)
        got, expected = list(got.values()), list(expected.values())
    assert isinstance(got, list) and len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g.dtype == e.dtype and g.shape == e.shape
        np.testing.assert_array_equal(g, e)


@pytest.mark.parametrize("name", sorted(set(CASES) - {"scalar_legacy"}))
def test_mxnet_written_file_loads_with_dtypes_shapes_and_values(name):
    with np_shape(name.endswith("np_shape")):       # loaded under the shape semantics it was saved with
        assert_same_arrays(load_arrays(os.path.join(DATA, name + ".params")), CASES[name][1])


def test_a_legacy_record_of_a_scalar_reads_as_unknown_shape_and_derails_the_file_as_in_mxnet():
    # ndim 0 is an unknown shape in a V2 record: MXNet reads no more of it, then fails on the next bytes
    with pytest.raises(MXNetError, match="Unknown type enum -107742519$"):
        load_arrays(os.path.join(DATA, "scalar_legacy.params"))


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_bytes_equal_the_mxnet_written_file(name, tmp_path):
    path = tmp_path / "out.params"
    numpy_shaped = name.endswith("np_shape")
    save_arrays(str(path), CASES[name][1], np_shape=numpy_shaped)
    assert path.read_bytes() == fixture_bytes(name)
    assert save_arrays_to_buffer(CASES[name][1], np_shape=numpy_shaped) == fixture_bytes(name)


def test_empty_dict_loads_as_empty_list_like_mxnet():
    assert load_arrays(os.path.join(DATA, "empty_dict.params")) == []


def test_file_with_a_scalar_is_written_as_mxnet_writes_it_under_each_shape_semantics():
    # MXNet 1.x's default V2 record of a 0-d array cannot be read back by MXNet; V3 can.
    data = [np.float32(5.0), np.ones(2, np.float32)]
    assert struct.unpack_from("<I", save_arrays_to_buffer(data), 24)[0] == serialize.V2_MAGIC
    raw = save_arrays_to_buffer(data, np_shape=True)
    expected = save_arrays_to_buffer([np.array(5.0, np.float32), np.zeros((2, 0, 3), np.float32),
                                      np.ones(2, np.float32)], np_shape=True)
    assert expected == fixture_bytes("scalar_np_shape")
    assert save_arrays_to_buffer(CASES["scalar_legacy"][1]) == fixture_bytes("scalar_legacy")
    assert struct.unpack_from("<I", raw, 24)[0] == serialize.V3_MAGIC
    with np_shape(True):
        assert_same_arrays(load_arrays_from_buffer(raw), [np.array(5.0, np.float32), np.ones(2, np.float32)])


def test_roundtrip_of_every_dtype_and_rank(tmp_path):
    rng = np.random.default_rng(0)
    data = {}
    for dtype in serialize.DTYPE_TO_FLAG:
        for ndim in range(6):
            data[f"{dtype.name}_{ndim}"] = (rng.standard_normal(rng.integers(1, 4, ndim)) * 50).astype(dtype)
    save_arrays(str(tmp_path / "a.params"), data, np_shape=True)
    with np_shape(True):        # 0-d arrays need a NumPy-shape file
        assert_same_arrays(load_arrays(str(tmp_path / "a.params")), data)
        raw = save_arrays_to_buffer(list(data.values()), np_shape=True)
        assert_same_arrays(load_arrays_from_buffer(raw), list(data.values()))


def test_files_load_only_under_the_shape_semantics_they_were_saved_with():
    legacy = save_arrays_to_buffer([np.ones(2, np.float32)])
    numpy_shaped = save_arrays_to_buffer([np.float32(1)], np_shape=True)
    with pytest.raises(MXNetError, match="was saved in np shape semantics"):
        load_arrays_from_buffer(numpy_shaped)
    with np_shape(True), pytest.raises(MXNetError, match="was not saved in np shape semantics"):
        load_arrays_from_buffer(legacy)
    from distnet import util
    try:
        util.set_np_shape(2)        # on in every thread (MXNet's GlobalOn): legacy files load too
        assert_same_arrays(load_arrays_from_buffer(legacy), [np.ones(2, np.float32)])
    finally:
        util.set_np_shape(False)


def test_strided_and_big_endian_inputs_write_the_same_bytes():
    base = np.arange(12, dtype=np.float64).reshape(3, 4)
    assert save_arrays_to_buffer([np.asfortranarray(base)]) == save_arrays_to_buffer([base])
    assert save_arrays_to_buffer([base.astype(">f8")]) == save_arrays_to_buffer([base])
    assert save_arrays_to_buffer([base[:, ::2]]) == save_arrays_to_buffer([base[:, ::2].copy()])


def test_loaded_arrays_are_writable_aligned_and_independent():
    a, b = load_arrays(os.path.join(DATA, "dtypes.params"))[:2]
    assert a.flags.writeable and a.flags.aligned and b.flags.aligned and b.flags.c_contiguous
    a[...] = 0
    assert b[3] == 1e300


def test_single_array_and_tuple_are_saved_as_a_list():
    x = np.arange(3, dtype=np.int32)
    assert save_arrays_to_buffer(x) == save_arrays_to_buffer([x]) == save_arrays_to_buffer((x,))


def test_mxnet_0x_records_load():
    header = struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 2)
    v1 = struct.pack("<IIqq", serialize.V1_MAGIC, 2, 1, 2) + struct.pack("<iii", 1, 0, 4) + struct.pack("<ii", 7, 8)
    v0 = struct.pack("<II", 1, 3) + struct.pack("<iii", 1, 0, 0) + np.array([1, 2, 3], np.float32).tobytes()
    got = load_arrays_from_buffer(header + v1 + v0 + struct.pack("<Q", 0))
    assert_same_arrays(got, [np.array([[7, 8]], np.int32), np.array([1, 2, 3], np.float32)])


# ---- bad files ---------------------------------------------------------------------------

def test_every_truncation_of_a_buffer_fails_memory_stream_check():
    for name in ("dtypes", "named"):
        raw = fixture_bytes(name)
        for cut in range(len(raw)):
            with pytest.raises(MXNetError, match=r"Check failed: curr_ptr_ \+ size <= buffer_size_: $"):
                load_arrays_from_buffer(raw[:cut])


def _section_read_by(raw, cut):
    """The read MXNet's check names when a file of arrays then names ends at ``cut``."""
    names_start = len(raw) - 8 - sum(8 + len(k) for k in ("a", "bb"))
    return "&header" if cut < 8 else "&reserved" if cut < 16 else "data" if cut < names_start else "keys"


def test_every_truncation_of_a_file_names_the_read_that_failed(tmp_path):
    path = str(tmp_path / "cut.params")
    save_arrays(path, {"a": np.arange(3, dtype=np.float32), "bb": np.ones((1, 2), np.int32)})
    raw = open(path, "rb").read()
    for cut in range(len(raw)):
        open(path, "wb").write(raw[:cut])
        with pytest.raises(MXNetError) as info:
            load_arrays(path)
        assert message_of(info.value) == f"Check failed: fi->Read({_section_read_by(raw, cut)}): Invalid NDArray file format"


def test_a_directory_reads_as_an_empty_file(tmp_path):
    with pytest.raises(MXNetError, match=r"fi->Read\(&header\)"):
        load_arrays(str(tmp_path))


def _one_record(record, names=b"\0" * 8):
    return struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 1) + record + names


BAD_FILES = [
    (b"PK\x03\x04 this is a zip file, not arrays", "header == kMXAPINDArrayListMagic"),
    (struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 2**20), "curr_ptr_"),
    (struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 2**40), "std: :bad_alloc"),
    (struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 2**60), "vector: :_M_default_append"),
    (_one_record(struct.pack("<I", 0xDEADBEEF)), r"ndim cannot be less than -1, received -559038737"),
    (_one_record(struct.pack("<I", 0x7DEADBEE)), "curr_ptr_"),
    (_one_record(struct.pack("<Iii", serialize.V2_MAGIC, 7, 1)), "Unknown storage type7$"),
    (_one_record(struct.pack("<Iiiq", serialize.V2_MAGIC, 0, 1, -1)), "curr_ptr_"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, -1, 1, 0, 0)), "Shape dim size cannot be a negative value -1"),
    (_one_record(struct.pack("<Iiiq", serialize.V2_MAGIC, 0, 1, -3)), r"dim_size >= -1 \(-3 vs. -1\)"),
    (_one_record(struct.pack("<Iii", serialize.V2_MAGIC, 0, -2)), "ndim cannot be less than -1, received -2"),
    (_one_record(struct.pack("<Iii", serialize.V2_MAGIC, 0, -1)), r"Check failed: fi->Read\(data\)"),
    (_one_record(struct.pack("<Iii", serialize.V2_MAGIC, 0, 99)), "curr_ptr_"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 42) + b"\0" * 4), "Unknown type enum 42$"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 9) + b"\0" * 4), "Unknown type enum 9$"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 2**20, 1, 0, 0)), "curr_ptr_"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 2**40, 1, 0, 0)), "Failed to allocate CPU Memory"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 3) + b"\1",
                 struct.pack("<QQ", 2, 1) + b"a" + struct.pack("<Q", 1) + b"b"), r"keys->size\(\) == 0 \|\|"),
    (_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 3) + b"\1",
                 struct.pack("<QQ", 1, 2**62)), "basic_string: :resize"),
]


@pytest.mark.parametrize("raw, why", BAD_FILES, ids=[why for _, why in BAD_FILES])
def test_bad_file_raises_mxnet_error_saying_why(raw, why):
    with pytest.raises(MXNetError, match=why):
        load_arrays_from_buffer(raw)


def test_a_bfloat16_record_reads_as_mxnet_stand_in_dtype():
    one = struct.pack("<H", 0x3F80)          # 1.0 in bfloat16
    [a] = load_arrays_from_buffer(_one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 12) + one))
    assert a.dtype == serialize.BFLOAT16 and a.view(np.uint16).tolist() == [0x3F80]


def test_missing_file_raises_mxnet_error_naming_it(tmp_path):
    with pytest.raises(MXNetError, match='Open "[^"]*nope.params": No such file'):
        load_arrays(str(tmp_path / "nope.params"))


@pytest.mark.parametrize("data, error, why", [
    ({1: np.ones(1)}, TypeError, "dict keys must be str"),
    ([np.ones(1), [1.0]], TypeError, "item 1 is a list"),
    ("weights", TypeError, "got str"),
    ([np.ones(1, np.int16)], MXNetError, "dtype int16"),
    ([np.ones(1, np.complex64)], MXNetError, "astype"),
])
def test_unsavable_data_is_refused_with_a_reason(data, error, why):
    with pytest.raises(error, match=why):
        save_arrays_to_buffer(data)


# nd.save([csr [[0, 1.5], [2, 0]], row_sparse [[0, 0], [1, 2]]]) as written by MXNet 1.9.1
MXNET_SPARSE_FILE = bytes.fromhex(
    "120100000000000000000000000000000200000000000000c9fa93f902000000010000000200000000000000020000000200"
    "0000000000000200000000000000010000000000000000000000060000000100000003000000000000000600000001000000"
    "02000000000000000000c03f0000004000000000000000000100000000000000020000000000000001000000000000000000"
    "000000000000c9fa93f901000000020000000000000000000000020000000000000002000000020000000000000002000000"
    "00000000010000000000000000000000060000000100000001000000000000000000803f0000004001000000000000000000"
    "000000000000")


def test_sparse_records_load_as_dense_arrays():
    csr, rsp = load_arrays_from_buffer(MXNET_SPARSE_FILE)
    assert csr.dtype == np.float32 and csr.tolist() == [[0, 1.5], [2, 0]]
    assert rsp.tolist() == [[0, 0], [1, 2]]


def test_loaded_arrays_have_plain_native_dtypes(tmp_path):
    import distnet as mx
    path = str(tmp_path / "a.params")
    mx.nd.save(path, {"w": mx.nd.ones(2), "i": mx.nd.array([1], dtype="int64")})
    for arr in mx.nd.load(path).values():
        assert arr.asnumpy().dtype.byteorder in ("=", "|")
    mx.npx.set_np()
    try:
        mx.npx.save(path, {"w": mx.np.ones(2), "i": mx.np.array([1], dtype="int64")})
        loaded = mx.npx.load(path)
        assert repr(loaded["w"].dtype) == "dtype('float32')"
        assert repr(loaded["i"].dtype) == "dtype('int64')"
    finally:
        mx.npx.reset_np()


@pytest.mark.parametrize("head", [struct.pack("<I", 0), struct.pack("<II", serialize.V1_MAGIC, 0)],
                         ids=["MXNet 0.x", "V1"])
def test_a_legacy_record_of_rank_0_holds_one_element(head):
    record = head + struct.pack("<iii", 1, 0, 0) + np.float32([7.0]).tobytes()
    out, = load_arrays_from_buffer(_one_record(record))
    assert out.shape == () and out.dtype == np.float32 and out == 7.0


@pytest.mark.parametrize("record", [struct.pack("<II", 1, 1) + struct.pack("<iii", 1, 0, 0) + b"\0" * 4,
                                    struct.pack("<IIq", serialize.V1_MAGIC, 1, 1) + struct.pack("<iii", 1, 0, 0) + b"\0" * 4,
                                    struct.pack("<I", 0x77FA93F9) + b"\0" * 16],
                         ids=["MXNet 0.x", "V1", "no magic"])
def test_a_record_without_numpy_shape_semantics_is_refused_under_them_before_it_is_read(record):
    with np_shape(True), pytest.raises(MXNetError, match="ndarray was not saved in np shape semantics"):
        load_arrays_from_buffer(_one_record(record))


def test_an_array_count_past_the_records_fails_where_the_records_run_out():
    record = struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 0) + np.float32([1]).tobytes()
    raw = struct.pack("<QQQ", serialize.LIST_MAGIC, 0, 0x77) + record + struct.pack("<Q", 0)
    with np_shape(True), pytest.raises(MXNetError, match="ndarray was not saved in np shape semantics"):
        load_arrays_from_buffer(raw)       # (the first record is read, and refused, before the count runs out)
    with pytest.raises(MXNetError, match="curr_ptr_"):
        load_arrays_from_buffer(raw)


def test_a_name_is_a_c_string_decoded_strictly():
    record = _one_record(struct.pack("<Iiiqiii", serialize.V2_MAGIC, 0, 1, 1, 1, 0, 3) + b"\1",
                         struct.pack("<QQ", 1, 3) + b"a\0b")
    assert list(load_arrays_from_buffer(record)) == ["a"]
    with pytest.raises(UnicodeDecodeError):
        load_arrays_from_buffer(record[:-3] + b"\xff\0\0")
