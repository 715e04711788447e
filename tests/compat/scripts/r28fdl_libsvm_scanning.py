# LibSVMIter reads its text as MXNet's parser does: it scans for numbers, skipping characters that cannot
# start one (x5:2 is feature 5, "# note" is nothing, a line without a number is no sample), reads a value
# from its first numeric character on (-inf whole), takes a value missing at a line's end from the text
# after it, skips a qid:n after the label, and fails an index left without a value or given a minus sign.
# recorded on AVX2
import os
import tempfile

import mxnet as mx
from _words import words

LINES = [
    "1 abc", "1 x2:5", "1 a1:2", "1 0:b", "1 0:", "1 :1", "1 0 : 2", "1 0: 2", "1 0 :2", "1 1e0:2", "1 2.5:1",
    "1 -1:2", "1 -0:1", "1 +1:2", "1 0:1e1", "1 0:.5", "1 0:-.5e-1", "1 0:1,2", "1 0:nan", "1 0:inf", "1 0:-inf",
    "1 0:-nan", "1 0:+infinity", "1 0:1x", "1 0:x1", "a 0:1", "x", "abc", "1.5e1 0:1", "-inf 0:1", "nan 0:1",
    "1:2 0:1", "1 qid:3 0:1", "1 qid: 3 0:1", "1 qid:x 0:1", "1:2 qid:3 0:1", "1 qid:3:4 0:1", "1 0:1 qid:3",
    "qid:3 0:1", "1 Qid:3 0:1", "1,2 0:1", "1 0:1 # c", "# c", "1 0:1\t1:2", "1 0:1\f1:2", "1   2:3",
    "1 0:1 0:2", "1 2:1 0:3", "1 0x1:2", "1 01:2", "1 1.0:2", "1 0:1 1", "1 1 0:1", "1 0:1 :", "1 0:1 1:",
    "1 e:1", "1 .5:1", "1 +:1", "1 -:1", "1 1e5:1", "1 0:e", "1 0:0x10", "1 0::1", "1 0:1x2:5", "1 0:1-2",
    "1 0:--1", "1 0:1e", "1 0:1e+1", "1 1:-", "1 1:.", "1 1:E", "1:", "1 0:3e38", "1 0:1e39",
]
NEXT = ["2 1:1", "", "\n5 1:1", "-3 1:1", " 7 1:1", "inf 1:1", "x 3"]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "d.libsvm")

    def batches(text, **kwargs):
        with open(path, "w", newline="") as f:
            f.write(text)
        it = mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=1, **kwargs)
        return [(b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist()) for b in it]

    for i, line in enumerate(LINES):
        for after in ([NEXT[0]] if i % 3 else NEXT[:2]):
            text = line + "\n" + (after + "\n" if after else "")
            try:
                print(repr(text), batches(text))
            except (mx.base.MXNetError, StopIteration) as e:
                print(repr(text), words(e))
    for text in ["1 0:\n" + after + "\n" for after in NEXT[2:]] + ["1 0:1\r\n2 1:1\r\n", "1 0:1\r2 1:1\r",
                                                                     "1 1:2 0:", "1 0:\n2 1:1", "1 0:x\n\n\n\n7 1:1\n"]:
        print(repr(text), batches(text))
    text = "1 0:\n2 1:1\n3 2:\n4 0:4\n5 1:\n"
    for parts in (1, 2, 3):
        print(parts, [batches(text, num_parts=parts, part_index=k) for k in range(parts)])
    with open(os.path.join(tmp, "l.libsvm"), "w") as f:
        f.write("0 0:1 x1:2\n# none\n1 qid:7 1:3\n")
    print(batches("1 0:1\n2 1:1\n", label_libsvm=os.path.join(tmp, "l.libsvm"), label_shape=(2,)))
