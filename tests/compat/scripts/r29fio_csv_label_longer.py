"""CSVIter with a label CSV of more rows than the data CSV: the extra label rows are never read (a malformed one
there does not fail), the batches and the round_batch restart are the data's; a malformed label row within the data fails."""
# recorded on AVX2
import os
import tempfile

import mxnet as mx

folder = tempfile.mkdtemp()


def write(name, rows):
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write("".join(",".join(str(x) for x in row) + "\n" for row in rows))
    return path


data = write("data.csv", [[i, i + 0.5] for i in range(5)])
labels = {"longer": write("longer.csv", [[i * 10] for i in range(8)]),
          "bad_after_data": write("bad_after.csv", [[i * 10] for i in range(7)] + [[1, 2]]),
          "bad_right_after_data": write("bad_next.csv", [[i * 10] for i in range(5)] + [[1, 2]]),
          "bad_within_data": write("bad_within.csv", [[i * 10] for i in range(3)] + [[1, 2]]),
          "wide_longer": write("wide.csv", [[i * 10, i] for i in range(8)])}
cases = [("longer", (1,)), ("bad_after_data", (1,)), ("bad_right_after_data", (1,)), ("wide_longer", (2,))]
for (label, label_shape) in cases:
    for batch_size in (2, 3, 5):
        for round_batch in (True, False):
            print("==", label, label_shape, batch_size, round_batch)
            it = mx.io.CSVIter(data_csv=data, data_shape=(2,), label_csv=labels[label], label_shape=label_shape,
                               batch_size=batch_size, round_batch=round_batch)
            for epoch in range(2):
                for batch in it:
                    print(epoch, batch.data[0].asnumpy().tolist(), batch.label[0].asnumpy().tolist(), batch.pad,
                          batch.index.tolist())
                it.reset()
for batch_size in (4, 5):
    try:
        mx.io.CSVIter(data_csv=data, data_shape=(2,), label_csv=labels["bad_within_data"], batch_size=batch_size)
        print("created")
    except mx.base.MXNetError as e:
        check = [line.split("] ")[-1] for line in str(e).split("\n") if "Check failed" in line][0]
        print(batch_size, type(e).__name__, check)
