"""LibSVMIter over a ';' list of files cuts parts across the files' bytes as one stream: a part starting exactly at a file's start keeps that file's first line, and a last line without a line break ends with its file, as MXNet's input split does."""
import os
import tempfile
import mxnet as mx

FILES = {"s1.svm": "".join("%d 0:%d 2:%d.5\n" % (i, i, i) for i in range(5)),
         "s3.svm": "9 0:1",                                   # no final line break
         "s2.svm": "".join("%d 1:%d\n" % (i, i) for i in range(5, 9)),
         "crlf.svm": "".join("%d 2:%d\r\n" % (i, i) for i in range(10, 14))}
with tempfile.TemporaryDirectory() as tmp:
    for name, text in FILES.items():
        with open(os.path.join(tmp, name), "w", newline="") as f:
            f.write(text)
    lists = [["s1.svm", "s2.svm"], ["s1.svm", "s3.svm", "s2.svm"], ["s3.svm", "crlf.svm", "s1.svm"]]
    for names in lists:
        path = ";".join(os.path.join(tmp, name) for name in names)
        for parts, part in [(1, 0), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2), (4, 3), (5, 1), (5, 4)]:
            try:
                it = mx.io.LibSVMIter(data_libsvm=path, data_shape=(3,), batch_size=3, num_parts=parts, part_index=part)
                print(names, parts, part, [(b.label[0].asnumpy().tolist(), b.pad) for b in it])
            except StopIteration:
                print(names, parts, part, "StopIteration")
            except mx.base.MXNetError as err:       # (its message holds a time of day: only the check is shown)
                print(names, parts, part, "MXNetError", str(err).partition("Check failed:")[2].strip())
