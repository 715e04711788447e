"""CSVIter's and MNISTIter's integer parameters as the core reads them: each within its C++ type (int,
unsigned int, unsigned long; a negative number wraps around in an unsigned one), and the whole text of the
range and part checks."""
# recorded on AVX2
import os
import re
import struct
import tempfile

import mxnet as mx

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("a.csv", "w") as f:
    f.write("1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n")
with open("img", "wb") as f:
    f.write(struct.pack(">iiii", 2051, 13, 3, 2) + bytes((i * 7) % 256 for i in range(78)))
with open("lab", "wb") as f:
    f.write(struct.pack(">ii", 2049, 13) + bytes(i % 10 for i in range(13)))


def text(e):
    """The message without the C++ trace and source locations, its lines joined."""
    lines = [line for line in str(e).splitlines() if line.strip() and not line.startswith(("Traceback", "  File"))]
    lines = [re.sub(r"^(MXNetError: )?(\[\d\d:\d\d:\d\d\] \S+:\d+: )?", "", line) for line in lines]
    return " | ".join(lines)


MAKERS = {"CSVIter": lambda **kw: mx.io.CSVIter(**dict(dict(data_csv="a.csv", data_shape=(3,), batch_size=2), **kw)),
          "MNISTIter": lambda **kw: mx.io.MNISTIter(**dict(dict(image="img", label="lab", batch_size=4, shuffle=False),
                                                         **kw))}
VALUES = [2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -1, -2 ** 31, -2 ** 31 - 1, -2 ** 32]
CASES = [("CSVIter", "batch_size", [2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 63, 2 ** 64, -1, -2 ** 31, -2 ** 32, 0]),
         ("CSVIter", "prefetch_buffer", VALUES),
         ("MNISTIter", "batch_size", [2 ** 32, 2 ** 63, -1, 0, -2 ** 31, -2 ** 31 - 1, " -3 "]),
         ("MNISTIter", "seed", VALUES),
         ("MNISTIter", "num_parts", VALUES + [0, 13, 14]),
         ("MNISTIter", "part_index", VALUES + [0, 1]),
         ("MNISTIter", "prefetch_buffer", [2 ** 64 - 1, 2 ** 64, -2 ** 64])]
for name, key, values in CASES:
    for value in values:
        try:
            it = MAKERS[name](**{key: value})
            shown = [(b.pad, b.label[0].asnumpy().astype(int).tolist()) for b in it]
        except StopIteration:
            shown = "StopIteration"
        except mx.base.MXNetError as e:
            shown = "MXNetError: " + text(e)
        print(name, key, repr(value), shown)
