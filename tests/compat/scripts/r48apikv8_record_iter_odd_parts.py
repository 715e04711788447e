"""ImageRecordIter reads num_parts and part_index as unsigned input-split numbers cutting the file in 4-byte aligned steps, so num_parts=-1 and many small parts read a record or none, as MXNet does."""
import os
import mxnet as mx

REC = os.path.join("..", "..", "image", "data", "small.rec")
print(os.path.getsize(REC))
CASES = [(1, 0), (2, 1), (3, 2), (-1, 0), (-2, 0), (-3, 1), (-1, 3), (-1, 5), (7, 6), (11, 10), (100, 99)]
for parts, index in CASES + [(9, i) for i in range(9)] + [(20, i) for i in range(20)]:
    try:
        it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, num_parts=parts,
                                   part_index=index, verbose=False)
        seen = []
        for epoch in range(2):
            for batch in it:
                seen.append((batch.label[0].asnumpy().tolist(), batch.pad))
            it.reset()
        print(parts, index, seen)
    except StopIteration:
        print(parts, index, "StopIteration")
    except mx.base.MXNetError as err:
        print(parts, index, "MXNetError", str(err).splitlines()[0])
