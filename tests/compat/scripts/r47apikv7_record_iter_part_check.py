"""The image record iterators check part_index < num_parts, both read as unsigned (a part_index of -1 fails), before looking for the file, as MXNet's input split does."""
import os

import mxnet as mx

HERE = os.path.dirname(os.path.abspath(__file__))
REC = os.path.join(HERE, '..', '..', 'image', 'data', 'det.rec')


def attempt(it, kw):
    try:
        it(**dict(dict(batch_size=2, data_shape=(3, 4, 4), verbose=False), **kw))
        return 'OK'
    except mx.base.MXNetError as e:
        return str(e).strip().splitlines()[-1]


for name in ('ImageRecordIter', 'ImageRecordUInt8Iter', 'ImageRecordInt8Iter', 'ImageRecordIter_v1',
             'ImageRecordUInt8Iter_v1', 'ImageDetRecordIter'):
    it = getattr(mx.io, name)
    for path in ('/nonexistent_r47/x.rec', os.path.join(HERE, 'no_such_r47.rec'), REC):
        for kw in (dict(num_parts=0), dict(part_index=3), dict(part_index=-1), dict(num_parts=2, part_index=2)):
            print(name, os.path.basename(path), kw, attempt(it, dict(kw, path_imgrec=path)))
