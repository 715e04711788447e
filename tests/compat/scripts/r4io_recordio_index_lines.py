# MXIndexedRecordIO index files: extra columns, blank lines, CRLF, spaces, key types.
import os, tempfile
import mxnet as mx

tmp = tempfile.mkdtemp()
rec, idx = os.path.join(tmp, 'a.rec'), os.path.join(tmp, 'a.idx')
writer = mx.recordio.MXRecordIO(rec, 'w')
for i in range(3):
    writer.write(b'rec%d' % i)
writer.close()
for text in ['0\t0\n1\t12\n2\t24\n', '0\t0\n1\t12\n2\t24\n\n', '0\t0\r\n1\t12\r\n', '0 0\n1 12\n', '0\t0\t9\n1\t12\t9\n',
             '5\t12\n3\t0\n', ' 0\t0\n', '0\t0x0c\n', '']:
    with open(idx, 'w') as f:
        f.write(text)
    for key_type in [int, str, float]:
        try:
            reader = mx.recordio.MXIndexedRecordIO(idx, rec, 'r', key_type=key_type)
            print(repr(text), key_type.__name__, reader.keys, [reader.read_idx(k) for k in reader.keys])
        except Exception as e:      # the class is what must match
            print(repr(text), key_type.__name__, type(e).__name__)

packed = mx.recordio.pack(mx.recordio.IRHeader(0, [1.0, 2.0, 3.0], 4, 0), b'xy')
for cut in [len(packed), len(packed) - 2, len(packed) - 6, 26]:
    try:
        header, rest = mx.recordio.unpack(packed[:cut])
        print(cut, header.flag, header.label.tolist(), rest)
    except Exception as e:
        print(cut, type(e).__name__)
