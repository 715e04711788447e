# image_io notebook variants (mxnet-notebooks): ImageIter over python imglists (label_width 1 and 2), named data and
# label, last_batch_handle, shuffled augmenting iterators, num_parts, and shape errors.
import os
import random
import struct
import zlib
import mxnet as mx
import numpy as np

random.seed(2)
np.random.seed(2)
mx.random.seed(2)
def png_bytes(pixels):
    h, w, _ = pixels.shape
    raw = b''.join(b'\x00' + pixels[r].tobytes() for r in range(h))
    def chunk(tag, body):
        return struct.pack('>I', len(body)) + tag + body + struct.pack('>I', zlib.crc32(tag + body) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
tmp = '/tmp/nb_image_iter_lists'; os.makedirs(tmp, exist_ok=True)
for i in range(5):
    with open('%s/im%d.png' % (tmp, i), 'wb') as f:
        f.write(png_bytes(np.random.randint(0, 256, (6 + i, 7, 3)).astype(np.uint8)))
print(hasattr(mx, 'img'), hasattr(mx, 'image'))
imglist = [[float(i % 2), 'im%d.png' % i] for i in range(5)]
it = mx.image.ImageIter(2, (3, 4, 4), imglist=imglist, path_root=tmp, aug_list=[mx.image.ForceResizeAug((4, 4))])
for b in it:
    print(b.label[0].asnumpy(), b.pad, b.data[0].asnumpy()[:, 0, 0, 0])
imglist2 = [[[1.0, 2.0], 'im%d.png' % i] for i in range(3)]
it = mx.image.ImageIter(3, (3, 4, 4), imglist=imglist2, path_root=tmp, label_width=2, aug_list=[mx.image.ForceResizeAug((4, 4))], data_name='img', label_name='lab')
b = it.next(); print(b.label[0].asnumpy(), it.provide_data, it.provide_label)
for h in ['discard', 'roll_over']:
    it = mx.image.ImageIter(2, (3, 4, 4), imglist=imglist, path_root=tmp, aug_list=[mx.image.ForceResizeAug((4, 4))], last_batch_handle=h)
    for ep in range(2):
        print(h, ep, [(b.label[0].asnumpy().tolist(), b.pad) for b in it])
        it.reset()
it = mx.image.ImageIter(2, (3, 4, 4), imglist=imglist, path_root=tmp, shuffle=True, rand_crop=True, rand_resize=True, rand_mirror=True, brightness=0.2)
print([b.label[0].asnumpy().tolist() for b in it])
it = mx.image.ImageIter(5, (3, 4, 4), imglist=imglist, path_root=tmp, aug_list=[mx.image.ForceResizeAug((4, 4))], num_parts=2, part_index=1)
print([(b.label[0].asnumpy().tolist()[:2], b.pad) for b in it])      # MXNet leaves padded label slots unset
try:
    mx.image.ImageIter(2, (3, 4, 4), imglist=imglist, path_root=tmp, aug_list=[mx.image.ForceResizeAug((5, 5))]).next()
except Exception as e:
    print(type(e).__name__)
try:
    mx.image.ImageIter(2, (4, 4), imglist=imglist, path_root=tmp)
except Exception as e:
    print(type(e).__name__)
