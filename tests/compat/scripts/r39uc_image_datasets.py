"""Hand-written PNGs decode through imdecode/imread, ImageFolderDataset, ImageRecordDataset, ImageRecordIter and ImageIter (record and list files) to the pixels and labels MXNet gives."""
import mxnet as mx, numpy as np, os, gzip, struct, zlib, tempfile, pickle, tarfile, io
from mxnet import gluon, nd
TMP = tempfile.mkdtemp()
rs = np.random.RandomState(0)
imgs = rs.randint(0, 256, (5, 28, 28)).astype(np.uint8); labs = np.array([3, 1, 4, 1, 5], np.uint8)
def w(name, header, data):
    with gzip.open(os.path.join(TMP, name), 'wb') as f: f.write(header + data.tobytes())
def png(arr):
    h, wd, c = arr.shape
    raw = b''.join(b'\x00' + arr[i].tobytes() for i in range(h))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', wd, h, 8, 2 if c == 3 else 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
root = os.path.join(TMP, 'folder')
for cls in ['cat', 'dog']:
    os.makedirs(os.path.join(root, cls))
    for i in range(2):
        open(os.path.join(root, cls, '%d.png' % i), 'wb').write(png(rs.randint(0, 256, (6, 7, 3)).astype(np.uint8)))
open(os.path.join(root, 'cat', 'notes.txt'), 'w').write('x')
ifd = gluon.data.vision.ImageFolderDataset(root)
print(ifd.synsets, len(ifd), [os.path.relpath(p, root) for p, l in ifd.items], ifd[3][0].shape, ifd[3][1], ifd[3][0][0, 0].asnumpy())
ifd0 = gluon.data.vision.ImageFolderDataset(root, flag=0); print(ifd0[0][0].shape, ifd0[0][0][0, :3, 0].asnumpy())
b = png(rs.randint(0, 256, (4, 5, 3)).astype(np.uint8))
im = mx.image.imdecode(b); print(im.shape, im.dtype, im[0, 0].asnumpy())
print(mx.image.imdecode(b, flag=0).shape, mx.image.imdecode(b, to_rgb=False)[0, 0].asnumpy())
print(mx.image.imread(os.path.join(root, 'dog', '1.png')).shape)
rec = mx.recordio.MXIndexedRecordIO(os.path.join(TMP, 'i.idx'), os.path.join(TMP, 'i.rec'), 'w')
for i in range(3):
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(rs.randint(0, 256, (5, 5, 3)).astype(np.uint8))))
rec.close()
ird = gluon.data.vision.ImageRecordDataset(os.path.join(TMP, 'i.rec'))
print(len(ird), ird[1][0].shape, ird[1][1], ird[2][0][0, 0].asnumpy())
it = mx.io.ImageRecordIter(path_imgrec=os.path.join(TMP, 'i.rec'), path_imgidx=os.path.join(TMP, 'i.idx'), data_shape=(3, 4, 4), batch_size=2, shuffle=False, mean_r=10, scale=0.5)
for bt in it: print(bt.data[0].shape, bt.label[0].asnumpy(), bt.pad, bt.data[0][0, 0, 0].asnumpy())
ii = mx.image.ImageIter(batch_size=2, data_shape=(3, 4, 4), path_imgrec=os.path.join(TMP, 'i.rec'), path_imgidx=os.path.join(TMP, 'i.idx'), aug_list=[mx.image.ForceResizeAug((4, 4))])
for bt in ii: print(bt.data[0].shape, bt.label[0].asnumpy(), bt.pad, bt.data[0][0, 1, 1].asnumpy())
lst = os.path.join(TMP, 'l.lst'); open(lst, 'w').write('0\t1\tcat/0.png\n1\t0\tdog/1.png\n')
ii2 = mx.image.ImageIter(batch_size=1, data_shape=(3, 6, 6), path_imglist=lst, path_root=root, aug_list=[mx.image.CenterCropAug((6, 6))])
for bt in ii2: print(bt.data[0].shape, bt.label[0].asnumpy(), bt.data[0][0, 2, 0].asnumpy())
