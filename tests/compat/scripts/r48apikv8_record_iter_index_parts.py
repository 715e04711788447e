"""ImageRecordIter given path_imgidx cuts its parts by index entries (ceil(entries / parts) each, an entry reaching to the next offset), so a partial index reads from its first offset on, and a missing index file fails, as MXNet's indexed input split does."""
import os
import tempfile
import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
REC, IDX = os.path.join(DATA, "small.rec"), os.path.join(DATA, "small.idx")


def show(what, index, parts=1, part=0, shuffle=False, **kwargs):
    try:
        it = mx.io.ImageRecordIter(path_imgrec=REC, path_imgidx=index, data_shape=(3, 8, 8), batch_size=2,
                                   num_parts=parts, part_index=part, shuffle=shuffle, seed=1, verbose=False, **kwargs)
        seen = []
        for epoch in range(2):
            for batch in it:
                seen.append((batch.label[0].asnumpy().tolist(), batch.pad))
            it.reset()
        print(what, parts, part, shuffle, seen)
    except StopIteration:
        print(what, parts, part, shuffle, "StopIteration")
    except mx.base.MXNetError as err:
        print(what, parts, part, shuffle, "MXNetError", str(err).splitlines()[-1])


for shuffle in (False, True):
    for parts, part in [(1, 0), (2, 0), (2, 1), (3, 2), (4, 3), (7, 6), (-1, 0), (9, 8), (20, 3)]:
        show("full", IDX, parts, part, shuffle)
with open(IDX) as f:
    offsets = [line.split()[1] for line in f if line.strip()]
with tempfile.TemporaryDirectory() as tmp:
    partial = os.path.join(tmp, "partial.idx")
    with open(partial, "w") as f:       # records 2 and 5 only, out of order: each reaches to the next offset
        f.write(f"9\t{offsets[5]}\n4\t{offsets[2]}\n")
    for parts, part in [(1, 0), (2, 0), (2, 1)]:
        show("partial", partial, parts, part)
    show("uint8", partial, 2, 1, dtype="uint8")
    show("missing", os.path.join(tmp, "nope.idx"))
    show("missing part", os.path.join(tmp, "nope.idx"), 2, 2)
