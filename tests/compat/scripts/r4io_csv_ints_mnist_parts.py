# CSVIter integer fields (strtoll rules), empty/short files; MNISTIter part bounds; DataDesc.get_list types.
import os, struct, tempfile
import numpy as np
import mxnet as mx

tmp = tempfile.mkdtemp()


def write(name, text):
    path = os.path.join(tmp, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def show(fn):
    try:
        print(fn())
    except Exception as e:      # the class is what must match
        print(type(e).__name__)


lines = ['0.1,2.5,-3e2', '1,nan,3', '1,2,inf', '010,2,3', '08,2,3', '0x1F,2,3', '0x,2,3', '+-3,2,3', '1,2,3,',
         '1,2,3,,', '1,2,3,x', '  ,1,2,3', '1 2,3,4', '99999999999,2,3', '99999999999999999999,2,3',
         '-99999999999999999999,1,2']
for line in lines:
    path = write('z.csv', line + '\n')
    for dtype in ['int32', 'int64', 'float32']:
        show(lambda: (line, dtype, [b.data[0].asnumpy().tolist()
                                    for b in mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=1, dtype=dtype)]))
data = write('d.csv', '1,2,3\n4,5,6\n7,8,9\n')
show(lambda: mx.io.CSVIter(data_csv=write('e.csv', ''), data_shape=(3,), batch_size=2))
show(lambda: mx.io.CSVIter(data_csv=data, label_csv=write('e.csv', ''), data_shape=(3,), batch_size=2))
show(lambda: [b.data[0].asnumpy().tolist() for b in
              mx.io.CSVIter(data_csv=data, label_csv=write('l.csv', '1\n2\n'), data_shape=(3,), batch_size=2)])
show(lambda: [b.label[0].asnumpy().tolist() for b in
              mx.io.CSVIter(data_csv=data, label_csv=write('l.csv', '1\n2\n3\n4\n'), data_shape=(3,), batch_size=2)])

n, h, w = 10, 2, 2
img, lab = os.path.join(tmp, 'img'), os.path.join(tmp, 'lab')
with open(img, 'wb') as f:
    f.write(struct.pack('>IIII', 2051, n, h, w) + (np.arange(n * h * w) % 256).astype(np.uint8).tobytes())
with open(lab, 'wb') as f:
    f.write(struct.pack('>II', 2049, n) + np.arange(n, dtype=np.uint8).tobytes())
for parts in [2, 3, 4, 7]:
    for index in range(parts + 1):
        show(lambda: (parts, index, [b.label[0].asnumpy().tolist() for b in mx.io.MNISTIter(
            image=img, label=lab, batch_size=1, shuffle=False, num_parts=parts, part_index=index, silent=True)]))

show(lambda: mx.io.DataDesc.get_list([('a', (1, 2)), ('b', (2,))], [('a', np.int32)]))
show(lambda: mx.io.DataDesc.get_list([('a', (1, 2)), ('b', (2,))], [('a', np.int32), ('b', 'float16')]))
show(lambda: mx.io.DataDesc.get_list([('a', (1, 2))], None))

# label_shape: a leading 1 gives (batch,) labels of the batch buffer's first numbers; no label_csv gives (batch,) zeros
data = write('d5.csv', ''.join(f'{i},{i},{i}\n' for i in range(5)))
for shape in [(1,), (2,), (1, 1), (1, 2), (1, 3), (2, 1), (1, 2, 2)]:
    n = int(np.prod(shape))
    labels = write('l5.csv', ''.join(','.join(str(i * 10 + k) for k in range(n)) + '\n' for i in range(5)))
    show(lambda: (shape, mx.io.CSVIter(data_csv=data, data_shape=(3,), label_csv=labels, label_shape=shape,
                                       batch_size=2).provide_label,
                  [b.label[0].asnumpy().tolist() for b in mx.io.CSVIter(data_csv=data, data_shape=(3,), label_csv=labels,
                                                                        label_shape=shape, batch_size=2)]))
    show(lambda: (shape, [b.label[0].shape for b in mx.io.CSVIter(data_csv=data, data_shape=(3,), label_shape=shape,
                                                                  batch_size=2)]))

# a UTF-8 byte order mark at the start of the file is skipped
bom = os.path.join(tmp, 'bom.csv')
with open(bom, 'wb') as f:
    f.write(b'\xef\xbb\xbf1,2,3\n4,5,6\n')
for dtype in ['float32', 'int32']:
    show(lambda: [b.data[0].asnumpy().tolist() for b in mx.io.CSVIter(data_csv=bom, data_shape=(3,), batch_size=1,
                                                                      dtype=dtype)])

# MNISTIter reads the idx headers without checking their magic numbers; a truncated image file is an error
count, rows, cols = 6, 2, 3
for magic_image, magic_label, cut in [(2051, 2049, 0), (1234, 2049, 0), (2051, 99, 0), (2051, 2049, 5)]:
    with open(img, 'wb') as f:
        pixels = (np.arange(count * rows * cols) % 256).astype(np.uint8).tobytes()
        body = struct.pack('>IIII', magic_image, count, rows, cols) + pixels + b'extra'
        f.write(body[:len(body) - 5 - cut])
    with open(lab, 'wb') as f:
        f.write(struct.pack('>II', magic_label, count) + np.arange(count, dtype=np.uint8).tobytes() + b'x')
    show(lambda: [(b.label[0].asnumpy().tolist(), float(b.data[0].asnumpy().sum())) for b in mx.io.MNISTIter(
        image=img, label=lab, batch_size=2, shuffle=False, silent=True)])
