"""RecordIO readers as MXNet 1.9.1: closed files reopen on seek, refuse plain reads, and stay at the end."""
import pickle

import pytest

import distnet as mx


@pytest.fixture
def indexed(tmp_path):
    idx, rec = str(tmp_path / "c.idx"), str(tmp_path / "c.rec")
    w = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    for key in [5, 2, 9]:
        w.write_idx(key, b"item%d" % key)
    w.close()
    return idx, rec


def test_reads_after_the_end_give_none_until_reset(indexed):
    r = mx.recordio.MXIndexedRecordIO(*indexed, "r")
    assert [r.read() for _ in range(4)] == [b"item5", b"item2", b"item9", None]
    assert r.read_idx(5) is None        # MXNet's reader stays at the end after a seek
    assert r.read() is None
    r.reset()
    assert r.read_idx(5) == b"item5" and r.read() == b"item2"


def test_closed_reader_reopens_on_seek_and_refuses_read(indexed):
    r = mx.recordio.MXIndexedRecordIO(*indexed, "r")
    r.close()
    with pytest.raises(RuntimeError, match="multiple processes"):
        r.read()
    assert r.read_idx(9) == b"item9" and r.is_open
    assert r.read() is None


def test_pickling_keeps_both_copies_usable(indexed):
    r = mx.recordio.MXIndexedRecordIO(*indexed, "r")
    copy = pickle.loads(pickle.dumps(r))
    assert not r.is_open and copy.is_open
    assert r.read_idx(2) == b"item2" and r.is_open and r.read() == b"item9"
    r.close()
    closed_copy = pickle.loads(pickle.dumps(r))
    assert not closed_copy.is_open
    assert closed_copy.read_idx(9) == b"item9" and closed_copy.is_open


def test_record_file_dataset_usable_after_pickling(indexed):
    ds = mx.gluon.data.RecordFileDataset(indexed[1])
    copy = pickle.loads(pickle.dumps(ds))
    assert ds[2] == b"item9" and copy[0] == b"item5"


def test_closed_writer_refuses_and_plain_writer_has_no_tell(tmp_path):
    w = mx.recordio.MXRecordIO(str(tmp_path / "d.rec"), "w")
    assert not hasattr(w, "tell")
    w.close()
    with pytest.raises(RuntimeError, match="multiple processes"):
        w.write(b"x")


def test_record_file_dataset_in_worker_processes_reads_every_record(tmp_path):
    idx, rec = str(tmp_path / "w.idx"), str(tmp_path / "w.rec")
    w = mx.recordio.MXIndexedRecordIO(idx, rec, "w")
    for key in range(40):
        w.write_idx(key, b"%03d" % key * (key + 1))     # records of different lengths
    w.close()
    ds = mx.gluon.data.RecordFileDataset(rec).transform(lambda s: int(s[:3]))
    loader = mx.gluon.data.DataLoader(ds, batch_size=4, num_workers=2)
    got = sum((b.asnumpy().astype(int).tolist() for b in loader), [])
    assert got == list(range(40))
