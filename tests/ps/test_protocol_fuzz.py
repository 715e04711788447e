"""decode on random and mutated frames: a message or a ProtocolError, never another exception or a big allocation."""
import msgpack
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from distnet.ps.protocol import FIELDS, KEYED_ARRAYS, VERSION, Msg, ProtocolError, decode, encode
from test_protocol import ARRAYS, EXAMPLES
from distnet.base import message_of

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Every frame of a fuzzed message is at most this long, so any array decode returns is a view of at most this.
MAX_FRAME = 64


def decode_or_protocol_error(frames):
    """decode's result checked for shape, or None if it raised ProtocolError (anything else propagates)."""
    try:
        op, head, arrays = decode(frames)
    except ProtocolError as err:
        assert str(err)
        return None
    assert isinstance(op, Msg) and isinstance(head, dict) and head["v"] == VERSION
    assert len(arrays) == len(frames) - 1
    for array, frame in zip(arrays, frames[1:]):
        assert isinstance(array, np.ndarray) and array.nbytes == len(frame)
        assert array.dtype.kind in "biufc"
    return op, head, arrays


# ---- random frames ----------------------------------------------------------------------------
@FUZZ
@given(st.lists(st.binary(max_size=MAX_FRAME), max_size=5))
def test_random_frames(frames):
    decode_or_protocol_error(frames)


scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2 ** 63, max_value=2 ** 64 - 1),
                    st.floats(allow_nan=True), st.text(max_size=8), st.binary(max_size=8))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=4), inner, max_size=3)),
                      max_leaves=12)
field_names = st.sampled_from(sorted({"v", "op", "id", "arrays", *(n for f in FIELDS.values() for n in f)}))
dims = st.one_of(st.integers(min_value=-3, max_value=5), st.integers(min_value=2 ** 31, max_value=2 ** 64 - 1),
                 st.booleans(), st.text(max_size=2), st.floats())
dtypes = st.one_of(st.sampled_from(["<f4", ">f8", "|u1", "<i8", "|b1", "<c8", "|O", "|V4", "<U2", "|S3", "<M8",
                                    "f4,i4", "(2,)f4", "", "<f3", "float32", "a"]),
                   st.text(max_size=6), st.integers(min_value=-2 ** 63, max_value=2 ** 64 - 1), st.none())
specs = st.one_of(st.tuples(dtypes, st.lists(dims, max_size=40)).map(list), values)


@st.composite
def random_headers(draw):
    """A msgpack map with the protocol's field names (plausible or arbitrary values) and matching-ish frames."""
    head = draw(st.dictionaries(field_names, values, max_size=6))
    if draw(st.booleans()):
        head.update(v=VERSION, op=draw(st.sampled_from(list(Msg)) | st.integers(-1, 40)), id=draw(st.integers(0, 9)))
    if draw(st.booleans()):
        head["arrays"] = draw(st.lists(specs, max_size=3))
    frames = draw(st.lists(st.binary(max_size=MAX_FRAME), max_size=3))
    return [msgpack.packb(head, use_bin_type=True)] + frames


@FUZZ
@given(random_headers())
def test_random_headers(frames):
    decode_or_protocol_error(frames)


# ---- mutated valid messages ---------------------------------------------------------------------
def valid_message(kind, seed=0):
    """encode's frames for ``kind``'s example, with small arrays where the kind carries them."""
    count = ARRAYS.get(kind, 0)
    fields = dict(EXAMPLES[kind])
    if kind in KEYED_ARRAYS:
        fields["keys"] = [[k, 0] for k in range(count // KEYED_ARRAYS[kind])]
    arrays = [np.arange(3 + i, dtype=np.float32) + seed for i in range(count)]
    return [bytes(f) if i == 0 else np.asarray(f).tobytes() for i, f in enumerate(encode(kind, arrays, id=7, **fields))]


@st.composite
def mutated_messages(draw):
    """A valid message with one to three of: byte flips, truncation, a field replaced, frames dropped or added."""
    frames = valid_message(draw(st.sampled_from(list(Msg))))
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["flip", "truncate", "field", "spec", "drop", "add"]))
        if how == "flip" and frames[0]:
            i = draw(st.integers(0, len(frames[0]) - 1))
            frames[0] = frames[0][:i] + bytes([draw(st.integers(0, 255))]) + frames[0][i + 1:]
        elif how == "truncate":
            i = draw(st.integers(0, len(frames) - 1))
            frames[i] = frames[i][:draw(st.integers(0, len(frames[i])))]
        elif how in ("field", "spec"):
            try:
                head = msgpack.unpackb(frames[0], raw=False, strict_map_key=False)
            except (ValueError, TypeError):
                continue
            if not isinstance(head, dict):
                continue
            if how == "field":
                head[draw(field_names)] = draw(values)
            else:
                head["arrays"] = draw(st.lists(specs, max_size=3))
            try:
                frames[0] = msgpack.packb(head, use_bin_type=True)
            except OverflowError:       # an integer msgpack cannot hold: no such header can arrive
                continue
        elif how == "drop" and len(frames) > 1:
            del frames[draw(st.integers(1, len(frames) - 1))]
        elif how == "add":
            frames.append(draw(st.binary(max_size=MAX_FRAME)))
    return frames


@FUZZ
@given(mutated_messages())
def test_mutated_valid_messages(frames):
    decode_or_protocol_error(frames)


@pytest.mark.parametrize("kind", list(Msg), ids=lambda k: k.name)
def test_unmutated_examples_decode(kind):
    assert decode_or_protocol_error(valid_message(kind))[0] is kind


# ---- declared sizes against the frames, before any allocation -----------------------------------
def push_with_shape(shape, frame=b"\0" * 8, dtype="<f4"):
    head = dict(v=VERSION, op=int(Msg.PUSH), id=9, keys=[[1, 0]], sync=True, arrays=[[dtype, shape]])
    return [msgpack.packb(head, use_bin_type=True), frame]


@pytest.mark.parametrize("shape, needle", [
    ([25 * 2 ** 30], "needs 107374182400 bytes"),                  # a 100 GB float32 array, 8 bytes sent
    ([2 ** 32, 2 ** 32], "needs 73786976294838206464 bytes"),       # overflows int64 if multiplied in numpy
    ([2 ** 63, 2], "needs"),
    ([2 ** 64 - 1], "needs"),
    ([1] * 33, "dimensions"),                                      # more than numpy's 32
    ([True, 2], "not [numeric dtype, shape]"),
    ([2, -1], "not [numeric dtype, shape]"),
])
def test_declared_size_not_matching_the_frame_is_refused(shape, needle):
    with pytest.raises(ProtocolError) as info:
        decode(push_with_shape(shape))
    assert needle in message_of(info.value)
    assert info.value.request_id == 9


def test_declared_sizes_are_checked_before_an_array_is_made(monkeypatch):
    made = []
    monkeypatch.setattr(np, "frombuffer", lambda *a, **k: made.append(a) or pytest.fail("array made"))
    with pytest.raises(ProtocolError):
        decode(push_with_shape([25 * 2 ** 30]))
    assert made == []


def test_zero_size_and_exact_frames_decode():
    _, _, (empty,) = decode(push_with_shape([0, 2 ** 40], frame=b""))
    assert empty.shape == (0, 2 ** 40)
    _, _, (two,) = decode(push_with_shape([2]))
    assert two.tolist() == [0.0, 0.0]


@pytest.mark.parametrize("dtype", ["f4,i4", "(2,)f4", "<U2", "|O", "|V8", "<M8", "float32 ", 4, None, ["<f4"]])
def test_non_numeric_or_odd_dtypes_are_refused(dtype):
    with pytest.raises(ProtocolError, match="not \\[numeric dtype, shape\\]"):
        decode(push_with_shape([2], dtype=dtype))


def test_nothing_is_unpickled():
    import pickle
    payload = pickle.dumps(np.ones(2, np.float32))
    for frames in ([payload], [msgpack.packb(dict(v=VERSION, op=int(Msg.REPLY), id=1, arrays=[["|O", [1]]])),
                                payload]):
        with pytest.raises(ProtocolError):
            decode(frames)
