"""Image record iterators' batch index and short last batch (MXNet 1.9.1's values): the v1 and detection
iterators report each record's header id and keep the previous rows in a short batch's padded slots."""
import pathlib

import pytest

import distnet as mx

DATA = pathlib.Path(__file__).parent / "data"


def _write(path, labels):
    writer = mx.recordio.MXRecordIO(str(path), "w")
    for i, label in enumerate(labels):
        header = mx.recordio.IRHeader(0, label, 100 + 7 * i, 0)
        writer.write(mx.recordio.pack(header, (DATA / "rgb8.png").read_bytes()))
    writer.close()
    return str(path)


@pytest.fixture(scope="module")
def recs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ids")
    return {"plain": _write(folder / "a.rec", [float(i) for i in range(5)]),
            "det": _write(folder / "d.rec", [[2, 5, i, .1, .2, .5, .6] for i in range(5)])}


def _batches(recs, name, **kwargs):
    path = recs["det" if name == "ImageDetRecordIter" else "plain"]
    it = getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=3, **kwargs)
    column = 6 if name == "ImageDetRecordIter" else slice(None)
    return [(b.index.tolist(), b.pad, b.label[0].asnumpy()[:, column].tolist() if name == "ImageDetRecordIter"
             else b.label[0].asnumpy().tolist()) for b in it]


@pytest.mark.parametrize("name", ["ImageRecordIter_v1", "ImageRecordUInt8Iter_v1", "ImageDetRecordIter"])
def test_batch_loader_iterators_index_by_header_id(recs, name):
    assert _batches(recs, name) == [([100, 107, 114], 0, [0.0, 1.0, 2.0]), ([121, 128, 100], 1, [3.0, 4.0, 0.0])]
    # a short last batch keeps the previous batch's row in its padded slot
    assert _batches(recs, name, round_batch=False) == [([100, 107, 114], 0, [0.0, 1.0, 2.0]),
                                                        ([121, 128, 114], 1, [3.0, 4.0, 2.0])]


@pytest.mark.parametrize("name, want", [
    ("ImageRecordIter_v1", [([107, 128, 121], 0, [1.0, 4.0, 3.0]), ([114, 100, 121], 1, [2.0, 0.0, 3.0])]),
    ("ImageDetRecordIter", [([128, 121, 100], 0, [4.0, 3.0, 0.0]), ([114, 107, 100], 1, [2.0, 1.0, 0.0])])])
def test_shuffled_batches_carry_their_records_ids(recs, name, want):
    assert _batches(recs, name, shuffle=True, seed=1) == want


def test_image_record_iter_reports_zero_ids_and_no_padding_when_not_rounding(recs):
    assert _batches(recs, "ImageRecordIter") == [([0, 0, 0], 0, [0.0, 1.0, 2.0]), ([0, 0, 0], 1, [3.0, 4.0, 0.0])]
    got = _batches(recs, "ImageRecordIter", round_batch=False)
    assert [(index, pad) for index, pad, _ in got] == [([0, 0, 0], 0), ([0, 0, 0], 0)]
