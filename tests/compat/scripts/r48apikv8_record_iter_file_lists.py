"""ImageRecordIter reads the .rec files of a ';' list (or a directory) as one stream its parts cut in bytes, a record belonging to the part its start falls in, as MXNet's input split does."""
import os
import shutil
import tempfile
import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
SMALL = os.path.join(DATA, "small.rec")

with tempfile.TemporaryDirectory() as tmp:
    for name in ("a.rec", "b.rec"):
        shutil.copy(SMALL, os.path.join(tmp, name))
    for path in [SMALL + ";" + SMALL, os.path.join(tmp, "b.rec") + ";" + SMALL, tmp]:
        shown = path.replace(tmp, "TMP").replace(DATA, "DATA")
        for parts, part in [(1, 0), (2, 0), (2, 1), (3, 1), (3, 2), (5, 2), (-1, 0)]:
            try:
                it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 8, 8), batch_size=4, num_parts=parts,
                                           part_index=part, verbose=False)
                print(shown, parts, part, [(b.label[0].asnumpy().tolist(), b.pad) for b in it])
            except StopIteration:
                print(shown, parts, part, "StopIteration")
            except mx.base.MXNetError as err:
                print(shown, parts, part, "MXNetError", [line for line in str(err).splitlines() if line][-1][-70:])
